// The demonstration's practitioners: one real encrypted device store per agency (minimum Argon2id profile, so the
// demonstration runs in seconds), each enrolled with an enrolment code and synced through the real sync engine.
#pragma once

#include "client/SyncEngine.h"

#include "store/Store.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace maqa::cli::demo {

/** One agency's device. */
class DemoDevice
{
public:
    /** Creates the store in @p dir for @p agency, protected by @p passphrase. */
    DemoDevice(const QString &dir, std::string agency, const std::string &passphrase);
    ~DemoDevice();

    /** The agency. */
    const std::string &agency() const { return m_agency; }
    /** The device's store. */
    store::Store &store() { return *m_store; }
    /** Its sync engine (attached). */
    client::SyncEngine &engine() { return *m_engine; }
    /** Enrols with @p serverUrl and the office's @p code; throws Error(Refused) with the engine's message. */
    void enrol(const QString &serverUrl, const std::string &code, const QString &deviceName);

private:
    std::string m_agency;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<client::SyncEngine> m_engine;
};

/**
 * Syncs every device of @p devices at once and waits until each has nothing left to do. Throws Error(Refused) with
 * the first device's reason when something stays undelivered or a pass failed.
 */
void syncAll(const std::vector<DemoDevice *> &devices);

} // namespace maqa::cli::demo
