// Token and code generation (see Secrets.h). Codes use the same 31-symbol alphabet the protocol normalises to, and
// randombytes_uniform so no symbol is likelier than another.
#include "server/service/Secrets.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <chrono>

namespace maqa::server {

namespace {
constexpr std::string_view kCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

std::string newToken(std::string_view prefix)
{
    return std::string(prefix) + core::toHex(core::randomBytes(32));
}
} // namespace

std::string newDeviceToken()
{
    return newToken("md1.");
}

std::string newOfficeToken()
{
    return newToken("mo1.");
}

std::string tokenHash(std::string_view token)
{
    return core::sha256Hex(token);
}

std::string newEnrolmentCode()
{
    core::ensureSodium();
    std::string code;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0) {
            code += '-';
        }
        code += kCodeAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kCodeAlphabet.size()))];
    }
    return code;
}

std::string enrolmentCodeHash(std::string_view canonicalCode)
{
    return core::sha256Hex("maqa-enrolment-code:" + std::string(canonicalCode));
}

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::int64_t nowMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace maqa::server
