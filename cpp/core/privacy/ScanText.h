// Internal to the identifier scan: ASCII character classes and word matching shared by the scanners, and the
// scanners for NHS numbers and postcodes (CodeScan.cpp). Include IdentifierScan.h instead.
#pragma once

#include "core/privacy/IdentifierScan.h"

#include <string_view>
#include <utility>
#include <vector>

namespace maqa::core::scan {

// ASCII-only classification: fast, locale-free, and UTF-8 bytes (>= 0x80) count as letters where words matter.
inline bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
inline bool isWordChar(char c)
{
    return isAlpha(c) || isDigit(c) || static_cast<unsigned char>(c) >= 0x80;
}
inline char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
inline char upper(char c)
{
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}
// True at the start of a word: the cheap test every scanner makes before trying its cues.
inline bool wordStart(std::string_view text, std::size_t at)
{
    return isAlpha(text[at]) && (at == 0 || !isWordChar(text[at - 1]));
}

// True when @p word (lower case) starts at @p at with word boundaries on both sides.
inline bool wordAt(std::string_view text, std::size_t at, std::string_view word)
{
    if (at + word.size() > text.size() || (at > 0 && isWordChar(text[at - 1]))) {
        return false;
    }
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (lower(text[at + i]) != word[i]) {
            return false;
        }
    }
    const std::size_t end = at + word.size();
    return end == text.size() || !isWordChar(text[end]) || !isAlpha(word.back());
}

inline std::size_t skipSpaces(std::string_view text, std::size_t at)
{
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n')) {
        ++at;
    }
    return at;
}

// Reads up to @p most (at most 18) digits at @p at; returns the count read and the value (wide enough for 18 digits).
inline std::pair<std::size_t, long long> digitsAt(std::string_view text, std::size_t at, std::size_t most)
{
    std::size_t n = 0;
    long long value = 0;
    while (at + n < text.size() && n < most && isDigit(text[at + n])) {
        value = value * 10 + (text[at + n] - '0');
        ++n;
    }
    return {n, value};
}

/** Appends hints for ten-digit (or 3-3-4) runs shaped like NHS numbers. */
void scanNhsNumbers(std::string_view text, std::vector<IdentifierHint> &out);
/** Appends hints for UK postcodes (upper case, or any case after an address cue). */
void scanPostcodes(std::string_view text, std::vector<IdentifierHint> &out);

} // namespace maqa::core::scan
