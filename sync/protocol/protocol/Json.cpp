// Strict JSON reading (see Json.h): a nesting pre-scan before parsing, then field-by-field checks.
// Messages name the field with its path so a client developer sees at once which part of a message was refused.
#include "protocol/Json.h"

#include "protocol/Limits.h"

#include "core/crypto/Sodium.h"
#include "core/util/Error.h"
#include "core/util/Uuid.h"

#include <chrono>
#include <ctime>

namespace maqa::protocol {

using core::Error;
using core::ErrorKind;

namespace {

bool isDigits(std::string_view text, std::size_t from, std::size_t count)
{
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
    }
    return true;
}

int number(std::string_view text, std::size_t from, std::size_t count)
{
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

bool isDate(std::string_view t)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-' || !isDigits(t, 0, 4) || !isDigits(t, 5, 2) ||
        !isDigits(t, 8, 2)) {
        return false;
    }
    const int month = number(t, 5, 2);
    const int day = number(t, 8, 2);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool isTimestamp(std::string_view t)
{
    // 2026-11-26T14:30:00Z or 2026-11-26T14:30:00.123Z
    if (t.size() != 20 && t.size() != 24) {
        return false;
    }
    if (!isDate(t.substr(0, 10)) || t[10] != 'T' || t[13] != ':' || t[16] != ':' || !isDigits(t, 11, 2) ||
        !isDigits(t, 14, 2) || !isDigits(t, 17, 2) || t.back() != 'Z') {
        return false;
    }
    if (t.size() == 24 && (t[19] != '.' || !isDigits(t, 20, 3))) {
        return false;
    }
    return number(t, 11, 2) < 24 && number(t, 14, 2) < 60 && number(t, 17, 2) < 61;
}

bool allOf(std::string_view text, bool (*accept)(char))
{
    for (char c : text) {
        if (!accept(c)) {
            return false;
        }
    }
    return true;
}

bool isLowerHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

bool isCaseCodeChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

bool isBase64(std::string_view text)
{
    try {
        core::fromBase64(text);
        return true;
    } catch (const Error &) {
        return false; // the caller reports the field by name
    }
}

std::string formatDescription(TextFormat format)
{
    switch (format) {
    case TextFormat::Any:
        return "text without control characters";
    case TextFormat::Line:
        return "one line of text";
    case TextFormat::Slug:
        return "a slug (lower-case letters, digits, '_' or '-', starting with a letter)";
    case TextFormat::Uuid:
        return "a lower-case UUID";
    case TextFormat::Timestamp:
        return "a UTC time like 2026-11-26T14:30:00Z";
    case TextFormat::Date:
        return "a date like 2026-11-26";
    case TextFormat::CaseCode:
        return "a case code (letters, digits, '-' or '_')";
    case TextFormat::KeyId:
        return "a key id (16 lower-case hex characters)";
    case TextFormat::Sha256:
        return "a SHA-256 digest (64 lower-case hex characters)";
    case TextFormat::Base64:
        return "standard base64";
    }
    return "text";
}

std::string_view typeName(const nlohmann::json &value)
{
    return value.type_name();
}

} // namespace

bool hasFormat(std::string_view text, TextFormat format)
{
    switch (format) {
    case TextFormat::Any:
        return allOf(text, [](char c) { return static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t'; });
    case TextFormat::Line:
        return allOf(text, [](char c) { return static_cast<unsigned char>(c) >= 0x20 && c != 0x7f; });
    case TextFormat::Slug:
        return !text.empty() && text.size() <= kMaxSlug && text[0] >= 'a' && text[0] <= 'z' && allOf(text, [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        });
    case TextFormat::Uuid:
        return core::isUuid(text);
    case TextFormat::Timestamp:
        return isTimestamp(text);
    case TextFormat::Date:
        return isDate(text);
    case TextFormat::CaseCode:
        return !text.empty() && text.size() <= kMaxCaseCode && allOf(text, isCaseCodeChar);
    case TextFormat::KeyId:
        return text.size() == 16 && allOf(text, isLowerHex);
    case TextFormat::Sha256:
        return text.size() == 64 && allOf(text, isLowerHex);
    case TextFormat::Base64:
        return isBase64(text);
    }
    return false;
}

nlohmann::json parseObject(std::string_view text, const std::string &what)
{
    // nlohmann/json nests without a limit; hostile input must not get to choose our stack depth.
    std::size_t depth = 0;
    bool inString = false;
    bool escaped = false;
    for (char c : text) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) {
                throw Error(ErrorKind::Invalid,
                            "The " + what + " is nested more than " + std::to_string(kMaxJsonDepth) + " levels deep.");
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    nlohmann::json value = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (value.is_discarded()) {
        throw Error(ErrorKind::Invalid, "The " + what + " is not valid JSON.");
    }
    if (!value.is_object()) {
        throw Error(ErrorKind::Invalid, "The " + what + " must be a JSON object.");
    }
    return value;
}

FieldReader::FieldReader(const nlohmann::json &object, std::string what, std::string path)
    : m_object(object)
    , m_what(std::move(what))
    , m_path(std::move(path))
{
    if (!m_object.is_object()) {
        throw Error(ErrorKind::Invalid,
                    "The " + m_what + " is not valid: " + (m_path.empty() ? std::string("it") : "\"" + m_path + "\"") +
                        " must be a JSON object.");
    }
}

std::string FieldReader::childPath(const std::string &key, std::optional<std::size_t> index) const
{
    std::string path = m_path.empty() ? key : m_path + "." + key;
    if (index) {
        path += "[" + std::to_string(*index) + "]";
    }
    return path;
}

void FieldReader::fail(const std::string &key, const std::string &rule) const
{
    throw Error(ErrorKind::Invalid,
                "The " + m_what + " is not valid: the field \"" + childPath(key) + "\" " + rule + ".");
}

const nlohmann::json *FieldReader::find(const std::string &key)
{
    m_read.insert(key);
    const auto it = m_object.find(key);
    if (it == m_object.end() || it->is_null()) {
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> FieldReader::optionalText(const std::string &key, std::size_t maxLength, TextFormat format)
{
    const nlohmann::json *value = find(key);
    if (!value) {
        return std::nullopt;
    }
    if (!value->is_string()) {
        fail(key, "must be a string, not " + std::string(typeName(*value)));
    }
    const auto &text = value->get_ref<const std::string &>();
    if (text.size() > maxLength) {
        fail(key, "is longer than " + std::to_string(maxLength) + " bytes");
    }
    if (!text.empty() && !hasFormat(text, format)) {
        fail(key, "must be " + formatDescription(format));
    }
    return text;
}

std::string FieldReader::text(const std::string &key, std::size_t maxLength, TextFormat format, bool allowEmpty)
{
    std::optional<std::string> value = optionalText(key, maxLength, format);
    if (!value) {
        fail(key, "is missing");
    }
    if (value->empty() && !allowEmpty) {
        fail(key, "must not be empty");
    }
    return *value;
}

std::optional<std::int64_t> FieldReader::optionalInteger(const std::string &key, std::int64_t min, std::int64_t max)
{
    const nlohmann::json *value = find(key);
    if (!value) {
        return std::nullopt;
    }
    const std::string range = "must be an integer from " + std::to_string(min) + " to " + std::to_string(max);
    if (value->is_number_unsigned()) {
        const auto n = value->get<std::uint64_t>();
        if (n > static_cast<std::uint64_t>(max) || static_cast<std::int64_t>(n) < min) {
            fail(key, range);
        }
        return static_cast<std::int64_t>(n);
    }
    if (!value->is_number_integer()) {
        fail(key, range);
    }
    const auto n = value->get<std::int64_t>();
    if (n < min || n > max) {
        fail(key, range);
    }
    return n;
}

std::int64_t FieldReader::integer(const std::string &key, std::int64_t min, std::int64_t max)
{
    std::optional<std::int64_t> value = optionalInteger(key, min, max);
    if (!value) {
        fail(key, "is missing");
    }
    return *value;
}

bool FieldReader::boolean(const std::string &key)
{
    const nlohmann::json *value = find(key);
    if (!value) {
        fail(key, "is missing");
    }
    if (!value->is_boolean()) {
        fail(key, "must be true or false");
    }
    return value->get<bool>();
}

const nlohmann::json &FieldReader::array(const std::string &key, std::size_t maxItems)
{
    const nlohmann::json *value = find(key);
    if (!value) {
        fail(key, "is missing");
    }
    if (!value->is_array()) {
        fail(key, "must be an array, not " + std::string(typeName(*value)));
    }
    if (value->size() > maxItems) {
        fail(key, "has more than " + std::to_string(maxItems) + " items");
    }
    return *value;
}

const nlohmann::json &FieldReader::object(const std::string &key)
{
    const nlohmann::json *value = find(key);
    if (!value) {
        fail(key, "is missing");
    }
    if (!value->is_object()) {
        fail(key, "must be an object, not " + std::string(typeName(*value)));
    }
    return *value;
}

void FieldReader::finish() const
{
    for (const auto &item : m_object.items()) {
        if (!m_read.count(item.key())) {
            fail(item.key(), "is not part of this message");
        }
    }
}

std::string formatTimestamp(std::int64_t unixSeconds)
{
    const std::time_t t = static_cast<std::time_t>(unixSeconds);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::string nowTimestamp()
{
    const auto now = std::chrono::system_clock::now();
    return formatTimestamp(std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count());
}

std::int64_t parseTimestamp(std::string_view text)
{
    if (!isTimestamp(text)) {
        throw Error(ErrorKind::Invalid, "\"" + std::string(text) + "\" is not a UTC time like 2026-11-26T14:30:00Z.");
    }
    std::tm utc{};
    utc.tm_year = number(text, 0, 4) - 1900;
    utc.tm_mon = number(text, 5, 2) - 1;
    utc.tm_mday = number(text, 8, 2);
    utc.tm_hour = number(text, 11, 2);
    utc.tm_min = number(text, 14, 2);
    utc.tm_sec = number(text, 17, 2);
    return static_cast<std::int64_t>(timegm(&utc));
}

} // namespace maqa::protocol
