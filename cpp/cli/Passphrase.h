// How maqa-cli obtains passphrases: from an environment variable or, when it is unset, from standard input
// (without echo on a terminal). Never from argv, where other users could read it in the process list.
#pragma once

#include <string>

namespace maqa::cli {

/**
 * The passphrase from @p envVar, else one line of stdin (prompting with @p prompt and hiding input on a terminal).
 * Throws Error(Refused) when neither gives one.
 */
std::string readPassphrase(const char *envVar, const std::string &prompt);

/** The store passphrase: MAQA_PASSPHRASE or stdin. */
inline std::string readStorePassphrase()
{
    return readPassphrase("MAQA_PASSPHRASE", "Passphrase: ");
}

} // namespace maqa::cli
