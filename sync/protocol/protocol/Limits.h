// The size limits of the wire format, shared by the client (which refuses to build an oversized message) and the
// server (which refuses to accept one). Changing one is a protocol change: document it in docs/api/openapi.yaml.
#pragma once

#include <cstddef>
#include <cstdint>

namespace maqa::protocol {

inline constexpr std::size_t kMaxPayloadBytes = 4 * 1024 * 1024;  //!< a return's plain payload (answers and metadata)
inline constexpr std::size_t kMaxEnvelopeBytes = 6 * 1024 * 1024; //!< an envelope's JSON text as sent
inline constexpr std::size_t kMaxJsonDepth = 32;                  //!< nesting of arrays and objects in any message
inline constexpr std::size_t kMaxShortText = 200;                 //!< titles, names, periods
inline constexpr std::size_t kMaxCommentText = 4000;              //!< review comments and notes
inline constexpr std::size_t kMaxSlug = 64;                       //!< template ids, agency slugs, audit ids
inline constexpr std::size_t kMaxCaseCode = 32;                   //!< pseudonymous case codes
inline constexpr std::size_t kMaxCasesPerAudit = 200;             //!< case sample of one audit
inline constexpr std::size_t kMaxAgenciesPerAudit = 64;           //!< agencies taking part in one audit
inline constexpr std::size_t kMaxListItems = 1000;                //!< items in any page or list message
inline constexpr std::int64_t kMaxRevision = 1000000;             //!< revisions of one return
inline constexpr std::int64_t kMaxTemplateVersion = 1000000;      //!< versions of one template

} // namespace maqa::protocol
