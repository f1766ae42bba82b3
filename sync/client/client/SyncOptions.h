// The sync engine's tunables. The app and maqa-cli use the defaults; tests shrink the delays so retries happen
// within a test's lifetime, and the benchmark varies the upload window.
#pragma once

#include "client/Backoff.h"

#include <QString>

#include <chrono>

namespace maqa::client {

/** How the engine behaves. */
struct SyncOptions
{
    BackoffPolicy backoff;                               //!< retry timing for kinds and outbox items
    std::chrono::milliseconds requestTimeout{30'000};    //!< a request with no bytes moving this long fails
    std::chrono::milliseconds pollInterval{15 * 60'000}; //!< a full pass this often while attached (0: never)
    std::chrono::milliseconds outboxSettle{200};         //!< wait after an outbox change before sending
    int uploadWindow = 4;                                //!< PUTs in flight at once (1..6, Qt's connections/host)
    bool watchNetwork = true;                            //!< consult QNetworkInformation
    QString appVersion;                                  //!< written into returns; "" → the library's version
};

} // namespace maqa::client
