// Where the office's sync talks to and with what: the server, the CA to trust and the office token, kept in the
// office's encrypted store (settings in client/office/OfficeSettingKeys.h) with the store's role, "office".
#pragma once

#include <string>

namespace maqa::store {
class Store;
}

namespace maqa::client {

/** The office's connection to its server. The token is a secret: it lives only in the store and in memory. */
struct OfficeConnection
{
    std::string serverUrl; //!< e.g. "https://maqa.example.org" (checked by ServerAddress)
    std::string caFile;    //!< PEM file of the CA to trust instead of the system's, or ""
    std::string token;     //!< the office token, "mo1.…"
    std::string setUpAt;   //!< UTC timestamp

    /** True when @p store's role is "office". */
    static bool isOfficeStore(store::Store &store);
    /** True when @p store holds an office connection. */
    static bool exists(store::Store &store);
    /** Reads the connection; throws Error(NotFound) when there is none, Error(Corrupt) when it is damaged. */
    static OfficeConnection load(store::Store &store);
    /**
     * Writes the role, the connection and the token in one transaction. Throws Error(Refused) when @p store is a
     * practitioner's enrolled device store (one store is never both), Error(Invalid) for an unusable address or a
     * token that is not an office token.
     */
    void save(store::Store &store) const;
};

} // namespace maqa::client
