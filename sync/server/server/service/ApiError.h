// A refusal with its HTTP status and machine-readable code. Services throw it; the HTTP layer turns it into the
// error body, and the admin CLI prints its message and exits 1. It is still a core::Error, so nothing special-cases.
#pragma once

#include "core/util/Error.h"

#include <string>

namespace maqa::server {

/** A refusal the client can act on: status, error code, sentence, and the wipe directive. */
class ApiError : public core::Error
{
public:
    /** A refusal with HTTP @p status, error @p code (see docs/api/openapi.yaml) and a sentence for people. */
    ApiError(int status, std::string code, const std::string &message, bool wipe = false, int retryAfter = 0)
        : core::Error(kindFor(status), message)
        , m_status(status)
        , m_code(std::move(code))
        , m_wipe(wipe)
        , m_retryAfter(retryAfter)
    {}
    /** The HTTP status. */
    int status() const noexcept { return m_status; }
    /** The error code of the error body. */
    const std::string &code() const noexcept { return m_code; }
    /** True for a revoked device: the client must wipe its store. */
    bool wipe() const noexcept { return m_wipe; }
    /** Seconds for the Retry-After header (429), 0 for none. */
    int retryAfter() const noexcept { return m_retryAfter; }

private:
    static core::ErrorKind kindFor(int status)
    {
        if (status == 404) {
            return core::ErrorKind::NotFound;
        }
        if (status == 400 || status == 411 || status == 413 || status == 415) {
            return core::ErrorKind::Invalid;
        }
        return status >= 500 ? core::ErrorKind::Io : core::ErrorKind::Refused;
    }

    int m_status;
    std::string m_code;
    bool m_wipe;
    int m_retryAfter;
};

} // namespace maqa::server
