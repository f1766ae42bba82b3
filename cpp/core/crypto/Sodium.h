// libsodium initialisation and the small byte helpers every layer shares: locked secret buffers, random bytes,
// hex/base64 and SHA-256. All cryptography in Maqa goes through libsodium; nothing here hand-rolls a primitive.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace maqa::core {

using Bytes = std::vector<std::uint8_t>;

/** Initialises libsodium once; throws Error(Internal) when it cannot. Safe to call from any thread, any number of
 * times. */
void ensureSodium();

/**
 * A fixed-size secret held in sodium_malloc memory: guarded pages, mlock()ed where the OS allows, wiped with
 * sodium_memzero and freed on destruction. Move-only, so no stray copy of key material is ever made.
 */
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes();

    /** A secret of @p size random bytes. */
    static SecureBytes random(std::size_t size);
    /** Copies @p bytes into locked memory (the caller wipes its own copy). */
    static SecureBytes copyOf(std::span<const std::uint8_t> bytes);

    std::uint8_t *data() noexcept { return m_data; }
    const std::uint8_t *data() const noexcept { return m_data; }
    std::size_t size() const noexcept { return m_size; }
    bool empty() const noexcept { return m_size == 0; }
    std::span<const std::uint8_t> span() const noexcept { return {m_data, m_size}; }
    /** Wipes and releases the memory now; the object becomes empty. */
    void wipe() noexcept;

private:
    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
};

/** @p size bytes from the OS's CSPRNG. */
Bytes randomBytes(std::size_t size);
/** Lower-case hex of @p bytes. */
std::string toHex(std::span<const std::uint8_t> bytes);
/** Decodes hex; throws Error(Invalid) on odd length or a non-hex character. */
Bytes fromHex(std::string_view hex);
/** Standard base64 with padding. */
std::string toBase64(std::span<const std::uint8_t> bytes);
/** Decodes standard base64; throws Error(Invalid) on malformed input. */
Bytes fromBase64(std::string_view text);
/** SHA-256 of @p bytes as lower-case hex. */
std::string sha256Hex(std::span<const std::uint8_t> bytes);
/** SHA-256 of a string's bytes as lower-case hex. */
std::string sha256Hex(std::string_view text);
/** Wipes a string's characters in place (for passphrases held in std::string). */
void wipeString(std::string &text) noexcept;
/** Constant-time comparison of two equal-length byte ranges; false when lengths differ. */
bool constantTimeEqual(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) noexcept;

/** View a string's bytes without copying. */
inline std::span<const std::uint8_t> asBytes(std::string_view text) noexcept
{
    return {reinterpret_cast<const std::uint8_t *>(text.data()), text.size()};
}

} // namespace maqa::core
