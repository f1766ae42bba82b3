// One simulated device for the load benchmark: enrolled through the real enrolment route with its own Ed25519 keys
// and token, it runs sync passes as the engine does (config, manifest, a sealed return PUT) on its own connection.
#pragma once

#include "client/DeviceEnrolment.h"

#include <atomic>
#include <string>
#include <vector>

namespace maqa::test {

/** What one device measured. */
struct LoadTally
{
    std::vector<double> latenciesMs; //!< one per request
    int errors = 0;                  //!< transport failures and unexpected statuses
    int stored = 0;                  //!< returns the server acknowledged (201, or 200 for a resent PUT it held)
    int resent = 0;                  //!< requests resent once after the server closed an idle kept-alive connection
    std::string firstError;
};

/** A device: enrol() once, then passes until told to stop. */
class LoadDevice
{
public:
    /** Enrols with @p code issued by the office of the server at @p url. Throws when the server refuses. */
    LoadDevice(const std::string &url, const std::string &code, int number);

    /** Sync passes on fresh connections until @p stop; each PUTs a new return of @p auditId. */
    LoadTally run(const std::string &auditId, const std::atomic<bool> &stop);

private:
    client::DeviceEnrolment m_enrolment;
    int m_number;
};

} // namespace maqa::test
