// libsodium initialisation, locked secret buffers and byte encodings (see Sodium.h).
// Everything delegates to libsodium; the only logic here is ownership and error reporting.
#include "core/crypto/Sodium.h"

#include "core/util/Error.h"

#include <sodium.h>

#include <mutex>
#include <utility>

namespace maqa::core {

void ensureSodium()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    if (!ok) {
        throw Error(ErrorKind::Internal, "The cryptography library could not start.");
    }
}

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size)
{
    ensureSodium();
    if (size == 0) {
        return;
    }
    m_data = static_cast<std::uint8_t *>(sodium_malloc(size));
    if (!m_data) {
        m_size = 0;
        throw Error(ErrorKind::Internal, "Could not allocate protected memory for key material.");
    }
    sodium_memzero(m_data, size);
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes out(size);
    if (size) {
        randombytes_buf(out.m_data, size);
    }
    return out;
}

SecureBytes SecureBytes::copyOf(std::span<const std::uint8_t> bytes)
{
    SecureBytes out(bytes.size());
    if (!bytes.empty()) {
        std::copy(bytes.begin(), bytes.end(), out.m_data);
    }
    return out;
}

void SecureBytes::wipe() noexcept
{
    if (m_data) {
        sodium_memzero(m_data, m_size);
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

Bytes randomBytes(std::size_t size)
{
    ensureSodium();
    Bytes out(size);
    if (size) {
        randombytes_buf(out.data(), size);
    }
    return out;
}

std::string toHex(std::span<const std::uint8_t> bytes)
{
    std::string out(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), bytes.data(), bytes.size());
    out.pop_back();
    return out;
}

Bytes fromHex(std::string_view hex)
{
    ensureSodium();
    Bytes out(hex.size() / 2);
    std::size_t written = 0;
    const char *end = nullptr;
    if (hex.size() % 2 != 0 ||
        sodium_hex2bin(out.data(), out.size(), hex.data(), hex.size(), nullptr, &written, &end) != 0 ||
        written != out.size() || end != hex.data() + hex.size()) {
        throw Error(ErrorKind::Invalid, "Malformed hexadecimal text.");
    }
    return out;
}

std::string toBase64(std::span<const std::uint8_t> bytes)
{
    ensureSodium();
    const auto variant = sodium_base64_VARIANT_ORIGINAL;
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), variant), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), variant);
    out.resize(out.size() - 1); // drop the terminating NUL
    return out;
}

Bytes fromBase64(std::string_view text)
{
    ensureSodium();
    Bytes out(text.size() / 4 * 3 + 3);
    std::size_t written = 0;
    const char *end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &written, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size()) {
        throw Error(ErrorKind::Invalid, "Malformed base64 text.");
    }
    out.resize(written);
    return out;
}

std::string sha256Hex(std::span<const std::uint8_t> bytes)
{
    ensureSodium();
    std::uint8_t digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, bytes.data(), bytes.size());
    return toHex(digest);
}

std::string sha256Hex(std::string_view text)
{
    return sha256Hex(asBytes(text));
}

void wipeString(std::string &text) noexcept
{
    if (!text.empty()) {
        sodium_memzero(text.data(), text.size());
    }
    text.clear();
}

bool constantTimeEqual(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) noexcept
{
    return a.size() == b.size() && (a.empty() || sodium_memcmp(a.data(), b.data(), a.size()) == 0);
}

} // namespace maqa::core
