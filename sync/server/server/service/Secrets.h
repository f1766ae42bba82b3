// The server's secrets: bearer tokens (256-bit random) and enrolment codes (16 symbols, about 79 bits), made from
// libsodium's CSPRNG and stored only as SHA-256. Nothing here ever logs or keeps the plain value.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace maqa::server {

/** A new device bearer token: "md1." followed by 64 hex characters. */
std::string newDeviceToken();
/** A new office bearer token: "mo1." followed by 64 hex characters. */
std::string newOfficeToken();
/** The SHA-256 (hex) a token is stored and looked up by. */
std::string tokenHash(std::string_view token);
/** A new enrolment code in canonical "ABCD-EFGH-JKMN-PQRS" form, drawn uniformly from the code alphabet. */
std::string newEnrolmentCode();
/** The SHA-256 (hex) an enrolment code is stored by; @p canonicalCode comes from normaliseEnrolmentCode. */
std::string enrolmentCodeHash(std::string_view canonicalCode);

/** Seconds since the epoch. */
std::int64_t nowSeconds();
/** Milliseconds since the epoch. */
std::int64_t nowMillis();

} // namespace maqa::server
