// Passphrase strength (see PassphraseRules.h). Length is what matters most against offline guessing once Argon2id
// makes each guess expensive; distinct characters and a small deny-list stop the trivially guessable long ones.
#include "store/keys/PassphraseRules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace maqa::store {

namespace {
constexpr std::array<std::string_view, 12> kCommon{
    "password123", "password1234", "1234567890", "0123456789",   "qwertyuiop", "iloveyou123",
    "abcdefghij",  "passw0rd123",  "letmein123", "safeguarding", "welcome123", "changeme123",
};

int codePoints(std::string_view text)
{
    return static_cast<int>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string lowered(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}
} // namespace

PassphraseAssessment assessPassphrase(std::string_view passphrase)
{
    const int length = codePoints(passphrase);
    const std::set<char> distinct(passphrase.begin(), passphrase.end());
    const std::string lower = lowered(passphrase);
    PassphraseAssessment a;
    if (length < kMinPassphraseLength) {
        a.hint = "Use at least " + std::to_string(kMinPassphraseLength) + " characters (" +
                 std::to_string(kMinPassphraseLength - length) + " more); a few unrelated words work well.";
        a.score = length >= 6 ? 1 : 0;
        return a;
    }
    if (std::find(kCommon.begin(), kCommon.end(), lower) != kCommon.end()) {
        a.hint = "That passphrase is one of the first that anyone would try; choose another.";
        return a;
    }
    if (distinct.size() < 5) {
        a.hint = "Use more different characters; repeated ones are easy to guess.";
        a.score = 1;
        return a;
    }
    a.acceptable = true;
    a.score = length >= 20 ? 4 : length >= 14 ? 3 : 2;
    a.hint = a.score >= 3 ? "Strong passphrase." : "Acceptable; a longer passphrase is stronger.";
    return a;
}

} // namespace maqa::store
