// Random (version 4) UUIDs for client-made records: returns, outbox entries, repeat entries.
// Drawn from libsodium's CSPRNG so two tablets offline never collide in practice.
#pragma once

#include <string>
#include <string_view>

namespace maqa::core {

/** A new random UUID in canonical lower-case 8-4-4-4-12 form. */
std::string newUuid();
/** True when @p text is a canonical lower-case UUID of any version. */
bool isUuid(std::string_view text);

} // namespace maqa::core
