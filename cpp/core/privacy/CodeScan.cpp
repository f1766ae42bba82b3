// The scanners for NHS-number-shaped digit runs (with the mod-11 check digit) and UK postcodes.
// Both insist on exact shapes and word boundaries, so reference numbers and phone numbers in prose stay quiet.
#include "core/privacy/ScanText.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace maqa::core::scan {

namespace {

// --- NHS numbers -----------------------------------------------------------------------------------------------

bool nhsCheckDigitValid(const std::string &digits)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        sum += (digits[static_cast<std::size_t>(i)] - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
        check = 0;
    }
    return check != 10 && check == digits[9] - '0';
}

} // namespace

void scanNhsNumbers(std::string_view text, std::vector<IdentifierHint> &out)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isDigit(text[i]) || (i > 0 && (isWordChar(text[i - 1]) || text[i - 1] == '.'))) {
            continue;
        }
        std::string digits;
        std::size_t end = i;
        const auto [run, unused] = digitsAt(text, i, 11);
        if (run == 10) {
            digits = std::string(text.substr(i, 10));
            end = i + 10;
        } else if (run == 3 && i + 12 <= text.size() && (text[i + 3] == ' ' || text[i + 3] == '-') &&
                   text[i + 7] == text[i + 3] && digitsAt(text, i + 4, 4).first == 3 &&
                   digitsAt(text, i + 8, 5).first == 4) {
            digits = std::string(text.substr(i, 3)) + std::string(text.substr(i + 4, 3)) +
                     std::string(text.substr(i + 8, 4));
            end = i + 12;
        }
        if (digits.empty() ||
            (end < text.size() &&
             (isWordChar(text[end]) || (text[end] == '.' && end + 1 < text.size() && isDigit(text[end + 1]))))) {
            i += run;
            continue;
        }
        const bool valid = nhsCheckDigitValid(digits);
        out.push_back({IdentifierKind::NhsNumber, i, end - i,
                       valid ? "This looks like an NHS number. Leave it out: the case code is enough."
                             : "A ten-digit number like this could be an NHS number. Leave it out if it is one.",
                       valid});
        i = end;
    }
}

// --- postcodes ------------------------------------------------------------------------------------------------

namespace {

bool inSet(char c, std::string_view set)
{
    return set.find(upper(c)) != std::string_view::npos;
}

// The end of a UK postcode at @p at (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA; space optional).
std::optional<std::size_t> postcodeAt(std::string_view text, std::size_t at)
{
    constexpr std::string_view first = "ABCDEFGHIJKLMNOPRSTUWYZ", second = "ABCDEFGHKLMNOPQRSTUVWXY",
                               third = "ABCDEFGHJKPSTUW", fourth = "ABEHMNPRVWXY", inward = "ABDEFGHJLNPQRSTUWXYZ";
    const auto at_ = [&](std::size_t k) { return at + k < text.size() ? text[at + k] : '\0'; };
    std::size_t p = 0;
    if (!inSet(at_(0), first)) {
        return std::nullopt;
    }
    if (isDigit(at_(1))) { // A9, A99, A9A
        p = 2;
        if (isDigit(at_(2))) {
            p = 3;
        } else if (inSet(at_(2), third) && isAlpha(at_(2))) {
            p = 3;
        }
    } else if (inSet(at_(1), second) && isAlpha(at_(1)) && isDigit(at_(2))) { // AA9, AA99, AA9A
        p = 3;
        if (isDigit(at_(3))) {
            p = 4;
        } else if (inSet(at_(3), fourth) && isAlpha(at_(3))) {
            p = 4;
        }
    } else {
        return std::nullopt;
    }
    if (at_(p) == ' ') {
        ++p;
    }
    if (isDigit(at_(p)) && inSet(at_(p + 1), inward) && isAlpha(at_(p + 1)) && inSet(at_(p + 2), inward) &&
        isAlpha(at_(p + 2)) && !isWordChar(at_(p + 3))) {
        return at + p + 3;
    }
    return std::nullopt;
}

} // namespace

void scanPostcodes(std::string_view text, std::vector<IdentifierHint> &out)
{
    static constexpr std::array<std::string_view, 5> cues{"postcode", "post code", "address", "lives at", "living at"};
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isAlpha(text[i]) || (i > 0 && isWordChar(text[i - 1]))) {
            continue;
        }
        const auto end = postcodeAt(text, i);
        if (!end) {
            continue;
        }
        const std::string_view found = text.substr(i, *end - i);
        const bool upper = std::none_of(found.begin(), found.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        bool cued = false;
        for (std::size_t back = i > 40 ? i - 40 : 0; back < i && !cued; ++back) {
            cued = std::any_of(cues.begin(), cues.end(), [&](std::string_view cue) { return wordAt(text, back, cue); });
        }
        if (upper || cued) {
            out.push_back({IdentifierKind::Postcode, i, *end - i,
                           "This looks like a postcode. Maqa never records where a family lives.", cued});
            i = *end;
        }
    }
}

} // namespace maqa::core::scan
