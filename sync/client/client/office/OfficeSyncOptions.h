// The office sync's tunables. The app and maqa-cli use the defaults; tests shorten the timeout.
#pragma once

#include <chrono>
#include <string>

namespace maqa::client {

/** How OfficeSync behaves. */
struct OfficeSyncOptions
{
    std::chrono::milliseconds requestTimeout{60'000}; //!< a request with no bytes moving this long fails
    std::chrono::milliseconds pollInterval{0};        //!< a sync this often while set up (0: only when asked)
    int pageSize = 200;                               //!< returns per page (the server allows 1..200)
    unsigned openThreads = 0;                         //!< threads opening returns; 0: one per core
    std::string actor = "office";                     //!< who the office's log names for openings and reviews
};

} // namespace maqa::client
