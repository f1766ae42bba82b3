// Strict JSON reading for every wire message: parse with a nesting limit, then read each field by name, type and
// format, and refuse unknown fields. Every failure is Error(Invalid) with a sentence that names the field.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace maqa::protocol {

/** The shapes a text field may be required to have. */
enum class TextFormat {
    Any,       //!< any text without control characters other than tab and newline
    Line,      //!< one line: no control characters at all
    Slug,      //!< 1-64 of a-z, 0-9, '_' or '-', starting with a letter (template ids, agencies)
    Uuid,      //!< canonical lower-case UUID
    Timestamp, //!< UTC "2026-11-26T14:30:00Z" (optionally with milliseconds)
    Date,      //!< "2026-11-26"
    CaseCode,  //!< 1-32 of A-Z, a-z, 0-9, '-' or '_'
    KeyId,     //!< 16 lower-case hex characters
    Sha256,    //!< 64 lower-case hex characters
    Base64,    //!< standard base64 with padding
};

/** True when @p text has the shape @p format asks for. */
bool hasFormat(std::string_view text, TextFormat format);

/**
 * Parses @p text as JSON for the message called @p what ("the envelope"); throws Error(Invalid) on a syntax error,
 * nesting deeper than kMaxJsonDepth, or when the top level is not an object.
 */
nlohmann::json parseObject(std::string_view text, const std::string &what);

/**
 * Reads the fields of one JSON object. Each accessor throws Error(Invalid) naming the field when it is missing,
 * of the wrong type or format, or out of range; `finish()` throws when the object has a field nobody read.
 */
class FieldReader
{
public:
    /** Reads @p object, part of the message @p what, found at @p path ("" for the top level, "cases[2]"). */
    FieldReader(const nlohmann::json &object, std::string what, std::string path = {});

    /** A required text field of at most @p maxLength bytes; empty only when @p allowEmpty. */
    std::string text(const std::string &key, std::size_t maxLength, TextFormat format = TextFormat::Line,
                     bool allowEmpty = false);
    /** An optional text field: nullopt when absent or null. */
    std::optional<std::string> optionalText(const std::string &key, std::size_t maxLength,
                                            TextFormat format = TextFormat::Line);
    /** A required integer in [min, max]. */
    std::int64_t integer(const std::string &key, std::int64_t min, std::int64_t max);
    /** An optional integer in [min, max]: nullopt when absent or null. */
    std::optional<std::int64_t> optionalInteger(const std::string &key, std::int64_t min, std::int64_t max);
    /** A required boolean. */
    bool boolean(const std::string &key);
    /** A required array of at most @p maxItems items. */
    const nlohmann::json &array(const std::string &key, std::size_t maxItems);
    /** A required object. */
    const nlohmann::json &object(const std::string &key);
    /** The path of a child field, for nested readers: "policy", "cases[2]". */
    std::string childPath(const std::string &key, std::optional<std::size_t> index = std::nullopt) const;
    /** The message name this reader reports in its errors. */
    const std::string &what() const { return m_what; }
    /** Throws Error(Invalid) naming the first field that was not read. */
    void finish() const;
    /** Throws Error(Invalid) saying that @p key has a bad value, with @p rule explaining what is expected. */
    [[noreturn]] void fail(const std::string &key, const std::string &rule) const;

private:
    const nlohmann::json *find(const std::string &key);

    const nlohmann::json &m_object;
    std::string m_what;
    std::string m_path;
    std::set<std::string> m_read;
};

/** The current time as a UTC timestamp in TextFormat::Timestamp form, whole seconds. */
std::string nowTimestamp();
/** Unix seconds as a UTC timestamp in TextFormat::Timestamp form. */
std::string formatTimestamp(std::int64_t unixSeconds);
/** Unix seconds of a TextFormat::Timestamp; throws Error(Invalid) when it is not one. */
std::int64_t parseTimestamp(std::string_view text);

} // namespace maqa::protocol
