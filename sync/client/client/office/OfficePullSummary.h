// What one office sync did, counted as it goes: returns opened and quarantined (with the reasons), devices, audits,
// templates and drafts known, reviews sent — and the one line maqa-cli and the app's status show for it.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace maqa::client {

/** The counts of one sync pass (the app may show the fields; text() is the summary line). */
struct OfficePullSummary
{
    int opened = 0;      //!< revisions opened and kept for the first time
    int alreadyHeld = 0; //!< revisions pulled again that the office already held (a repeated page)
    int quarantined = 0; //!< envelopes newly quarantined
    std::map<std::string, int> quarantineReasons; //!< short reason ("signature does not verify") → count, this pass
    int devices = 0;                              //!< devices in the server's list
    int audits = 0;                               //!< audits known
    int drafts = 0;                               //!< drafts the devices report
    int templatesAdded = 0;                       //!< template versions the office did not hold before
    int reviewsSent = 0;                          //!< review states the server confirmed
    bool keyRegistered = false;                   //!< the office key was registered during this pass
    std::vector<std::string> warnings;            //!< things the office should know that did not stop the sync

    /**
     * One line: "Opened 12 returns; quarantined 1 (signature does not verify: 1); 10 devices, 2 audits, 3 drafts in
     * progress; 2 reviews sent." followed by any warnings.
     */
    std::string text() const;
};

} // namespace maqa::client
