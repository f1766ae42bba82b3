// Hand-written scanners (no regex engine, so long text stays linear) for the identifier hints of IdentifierScan.h.
// Dates and ten-digit numbers alone are common in audits, so dates need a birth cue and digits need exact shape.
#include "core/privacy/IdentifierScan.h"

#include "core/privacy/ScanText.h"

#include <algorithm>
#include <array>
#include <optional>

namespace maqa::core {

using namespace scan;

namespace {

// --- names ---------------------------------------------------------------------------------------------------

constexpr std::array<std::string_view, 62> kNotNames{
    "the",        "a",       "an",        "i",      "it",      "he",        "she",      "they",     "we",
    "you",        "him",     "her",       "them",   "me",      "us",        "this",     "that",     "his",
    "their",      "our",     "my",        "your",   "on",      "in",        "at",       "for",      "police",
    "children's", "social",  "services",  "mum",    "dad",     "mother",    "father",   "nan",      "gran",
    "grandma",    "grandad", "early",     "help",   "team",    "school",    "nursery",  "health",   "visitor",
    "ambulance",  "duty",    "emergency", "monday", "tuesday", "wednesday", "thursday", "friday",   "saturday",
    "sunday",     "baby",    "child",     "doctor", "nurse",   "teacher",   "midwife",  "hospital",
};

bool looksLikeName(std::string_view word)
{
    if (word.size() < 2 || !(word[0] >= 'A' && word[0] <= 'Z')) {
        return false;
    }
    if (std::all_of(word.begin(), word.end(), [](char c) { return !isAlpha(c) || (c >= 'A' && c <= 'Z'); })) {
        return false; // CSC, GP, MASH: agencies, not people
    }
    std::string lowered;
    for (char c : word) {
        lowered += lower(c);
    }
    return std::find(kNotNames.begin(), kNotNames.end(), lowered) == kNotNames.end();
}

std::size_t wordEnd(std::string_view text, std::size_t at)
{
    while (at < text.size() &&
           (isAlpha(text[at]) || static_cast<unsigned char>(text[at]) >= 0x80 ||
            ((text[at] == '\'' || text[at] == '-') && at + 1 < text.size() && isAlpha(text[at + 1])))) {
        ++at;
    }
    return at;
}

void scanNames(std::string_view text, std::vector<IdentifierHint> &out)
{
    static constexpr std::array<std::string_view, 4> cues{"called", "named", "known as", "nicknamed"};
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!wordStart(text, i)) {
            continue;
        }
        for (std::string_view cue : cues) {
            if (!wordAt(text, i, cue)) {
                continue;
            }
            std::size_t start = skipSpaces(text, i + cue.size());
            if (start < text.size() && (text[start] == '"' || text[start] == '\'')) {
                ++start;
            }
            std::size_t end = start;
            for (std::size_t w = start;;) {
                const std::size_t e = wordEnd(text, w);
                if (e == w || !looksLikeName(text.substr(w, e - w))) {
                    break;
                }
                end = e; // take "Jayden" and "Jayden Smith"
                if (e >= text.size() || text[e] != ' ') {
                    break;
                }
                w = e + 1;
            }
            if (end > start) {
                out.push_back({IdentifierKind::Name, start, end - start,
                               "This looks like a name after \u201c" + std::string(cue) +
                                   "\u201d. Write the case code or a role (for example \u201cthe older sibling\u201d) "
                                   "instead.",
                               false});
            }
        }
    }
}

// --- dates of birth ------------------------------------------------------------------------------------------

constexpr std::array<std::string_view, 12> kMonths{"january",   "february", "march",    "april",
                                                   "may",       "june",     "july",     "august",
                                                   "september", "october",  "november", "december"};

std::optional<std::size_t> monthAt(std::string_view text, std::size_t at)
{
    for (std::string_view month : kMonths) {
        if (wordAt(text, at, month)) {
            return at + month.size();
        }
        const std::string_view shortName = month.substr(0, 3);
        if (wordAt(text, at, shortName)) {
            return at + 3 + (at + 3 < text.size() && text[at + 3] == '.');
        }
        if (month == "september" && wordAt(text, at, "sept")) {
            return at + 4;
        }
    }
    return std::nullopt;
}

std::size_t skipOrdinal(std::string_view text, std::size_t at)
{
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
        if (at + 2 <= text.size() && lower(text[at]) == suffix[0] && lower(text[at + 1]) == suffix[1]) {
            return at + 2;
        }
    }
    return at;
}

std::size_t optionalYear(std::string_view text, std::size_t at)
{
    std::size_t p = at;
    if (p < text.size() && text[p] == ',') {
        ++p;
    }
    p = skipSpaces(text, p);
    const auto [n, year] = digitsAt(text, p, 4);
    return n == 4 && (p + 4 == text.size() || !isDigit(text[p + 4])) ? p + 4 : at;
}

// The end of a date starting at @p at: 12/03/2015, 12-3-15, 12.03.2015, 2015-03-12, 12th March 2015, March 12, 2015.
std::optional<std::size_t> dateAt(std::string_view text, std::size_t at)
{
    const auto [n1, v1] = digitsAt(text, at, 4);
    if (n1 == 4 && at + 10 <= text.size() && text[at + 4] == '-') {
        const auto [n2, v2] = digitsAt(text, at + 5, 2);
        const auto [n3, v3] = digitsAt(text, at + 8, 2);
        if (n2 == 2 && text[at + 7] == '-' && n3 == 2 && v2 >= 1 && v2 <= 12 && v3 >= 1 && v3 <= 31) {
            return at + 10;
        }
        return std::nullopt;
    }
    if (n1 >= 1 && n1 <= 2 && v1 >= 1 && v1 <= 31) {
        std::size_t p = at + n1;
        if (p < text.size() && (text[p] == '/' || text[p] == '-' || text[p] == '.')) {
            const char sep = text[p];
            const auto [n2, v2] = digitsAt(text, p + 1, 2);
            const std::size_t q = p + 1 + n2;
            if (n2 >= 1 && v2 >= 1 && v2 <= 12 && q < text.size() && text[q] == sep) {
                const auto [n3, v3] = digitsAt(text, q + 1, 4);
                if ((n3 == 2 || n3 == 4) && (q + 1 + n3 == text.size() || !isDigit(text[q + 1 + n3]))) {
                    return q + 1 + n3;
                }
            }
            return std::nullopt;
        }
        p = skipSpaces(text, skipOrdinal(text, p));
        if (wordAt(text, p, "of")) {
            p = skipSpaces(text, p + 2);
        }
        if (const auto monthEnd = monthAt(text, p)) {
            return optionalYear(text, *monthEnd);
        }
        return std::nullopt;
    }
    if (const auto monthEnd = monthAt(text, at)) {
        const std::size_t p = skipSpaces(text, *monthEnd);
        const auto [n, day] = digitsAt(text, p, 2);
        if (n >= 1 && day >= 1 && day <= 31) {
            return optionalYear(text, skipOrdinal(text, p + n));
        }
    }
    return std::nullopt;
}

void scanDatesOfBirth(std::string_view text, std::vector<IdentifierHint> &out)
{
    static constexpr std::array<std::string_view, 8> cues{"date of birth", "d.o.b.",    "d.o.b",    "dob",
                                                          "birth date",    "birthdate", "birthday", "born"};
    static constexpr std::array<std::string_view, 8> fillers{"on", "the", "is", "was", "of", "in", "at", "date"};
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!wordStart(text, i)) {
            continue;
        }
        for (std::string_view cue : cues) {
            if (!wordAt(text, i, cue)) {
                continue;
            }
            std::size_t p = i + cue.size();
            for (int skipped = 0; skipped < 5; ++skipped) {
                while (p < text.size() &&
                       (text[p] == ' ' || text[p] == ':' || text[p] == '-' || text[p] == '(' || text[p] == ',')) {
                    ++p;
                }
                const auto filler = std::find_if(fillers.begin(), fillers.end(),
                                                 [&](std::string_view f) { return wordAt(text, p, f); });
                if (filler == fillers.end()) {
                    break;
                }
                p += filler->size();
            }
            if (const auto end = dateAt(text, p)) {
                out.push_back({IdentifierKind::DateOfBirth, i, *end - i,
                               "This looks like a date of birth. Maqa records an age band, never a birth date.", true});
                i = *end;
            }
            break;
        }
    }
}

} // namespace

std::vector<IdentifierHint> scanForIdentifiers(std::string_view text)
{
    std::vector<IdentifierHint> hints;
    scanNames(text, hints);
    scanDatesOfBirth(text, hints);
    scanNhsNumbers(text, hints);
    scanPostcodes(text, hints);
    std::stable_sort(hints.begin(), hints.end(),
                     [](const IdentifierHint &a, const IdentifierHint &b) { return a.offset < b.offset; });
    return hints;
}

} // namespace maqa::core
