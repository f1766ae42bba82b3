// The minimum strength of a store passphrase and the hint shown while typing one.
// Rule: at least 10 characters, at least 5 different ones, and not one of the passwords everyone tries first.
#pragma once

#include <string>
#include <string_view>

namespace maqa::store {

/** How strong a candidate passphrase is, and what to tell the person typing it. */
struct PassphraseAssessment
{
    bool acceptable = false; //!< meets the minimum; stores refuse anything else
    int score = 0;           //!< 0 (unusable) .. 4 (strong), for a strength bar
    std::string hint;        //!< one sentence: what is missing, or why it is good
};

/** The minimum length in characters (Unicode code points). */
constexpr int kMinPassphraseLength = 10;

/** Judges @p passphrase (UTF-8). Length counts code points, so non-Latin scripts are not penalised. */
PassphraseAssessment assessPassphrase(std::string_view passphrase);

} // namespace maqa::store
