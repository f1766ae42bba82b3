// Sealing (see SealTask.h). A return that cannot be sealed (damaged answers, too large, a field the protocol
// refuses) is marked failed with the reason, never retried in a loop; a store failure rolls the batch back.
#include "client/tasks/SealTask.h"

#include "client/DeviceEnrolment.h"
#include "client/ReturnSealing.h"

#include "core/util/Error.h"
#include "protocol/Json.h"
#include "store/Store.h"
#include "store/WorkerConnection.h"
#include "store/repos/OutboxRepository.h"

#include <QMetaObject>
#include <QTimer>

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <string>
#include <utility>
#include <vector>

namespace maqa::client {

namespace {

// The metadata as the server will read it (answers are the office's business): a refusal known now is not sent.
void checkMetadata(const protocol::ReturnPayload &payload)
{
    nlohmann::json metadata = nlohmann::json::object();
    protocol::writeMetadata(payload.metadata, metadata);
    protocol::FieldReader reader(metadata, "return");
    protocol::readMetadata(reader);
    reader.finish();
}

// The part of the enrolment sealing reads, copied for the worker (the engine may rotate the office key meanwhile).
std::unique_ptr<DeviceEnrolment> sealingIdentity(const DeviceEnrolment &device)
{
    auto copy = std::make_unique<DeviceEnrolment>();
    copy->deviceId = device.deviceId;
    copy->agency = device.agency;
    copy->officeKeyId = device.officeKeyId;
    copy->officePublicKey = device.officePublicKey;
    copy->signingKeys.publicKey = device.signingKeys.publicKey;
    copy->signingKeys.secretKey = core::SecureBytes::copyOf(device.signingKeys.secretKey.span());
    return copy;
}

// The envelope of the return @p key, or throws core::Error saying why it cannot be sent.
core::Bytes sealOne(store::WorkerConnection &db, const store::ReturnKey &key, const DeviceEnrolment &identity,
                    const std::string &appVersion)
{
    const std::optional<store::ReturnRecord> record = db.returns().find(key);
    const std::optional<std::string> frozen = db.returns().frozenAnswers(key);
    if (!record || !frozen) {
        throw core::Error(core::ErrorKind::Corrupt, "Return " + key.uuid +
                                                        " is in the outbox but its record or answers are missing on "
                                                        "this device.");
    }
    const protocol::ReturnPayload payload = buildPayload(*record, *frozen, identity, appVersion);
    checkMetadata(payload); // the server's own checks, before sealing
    return sealPayload(payload, identity);
}

// Seals up to @p limit queued items and files them in one transaction; returns how many it took (0: none queued).
int sealBatch(store::WorkerConnection &db, int limit, const DeviceEnrolment &identity, const std::string &appVersion)
{
    const std::vector<store::ReturnKey> keys = db.outbox().queued(limit);
    std::vector<std::pair<store::ReturnKey, core::Bytes>> sealed;
    std::vector<std::pair<store::ReturnKey, std::string>> unsealable;
    for (const store::ReturnKey &key : keys) {
        try {
            sealed.emplace_back(key, sealOne(db, key, identity, appVersion));
        } catch (const core::Error &e) {
            unsealable.emplace_back(key, std::string("This return cannot be sent: ") + e.what());
        }
    }
    db.outbox().setEnvelopes(sealed);
    for (const auto &[key, reason] : unsealable) {
        db.outbox().markFailed(key, reason);
    }
    return static_cast<int>(keys.size());
}

// Sealing is background work: the thread that delivers (and the UI) should win the CPU whenever both want it.
void lowerThisThreadsPriority()
{
#ifdef __linux__
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10); // per thread on Linux; failing only costs speed
#endif
}

} // namespace

SealTask::SealTask(TaskContext &context)
    : Task(context)
{}

SealTask::~SealTask()
{
    waitForWorker();
}

void SealTask::start()
{
    if (m_context.store.outbox().queued(1).empty()) {
        return finish({}); // the usual case after a submission was sealed: no thread, no second connection
    }
    m_connection = m_context.store.openWorkerConnection();
    QTimer::singleShot(0, this, [this] { guarded([this] { sealNextBatch(); }); });
}

void SealTask::abort()
{
    waitForWorker(); // one batch at most
    m_connection.reset();
    Task::abort();
}

void SealTask::waitForWorker() noexcept
{
    if (m_worker.valid()) {
        m_worker.wait();
    }
}

void SealTask::sealNextBatch()
{
    m_worker = std::async(std::launch::async, [this, identity = sealingIdentity(m_context.enrolment),
                                               appVersion = m_context.appVersion.toStdString()] {
        struct Done // whatever happens, the task hears of it on its own thread; Qt drops the call if it is gone
        {
            SealTask *task;
            ~Done()
            {
                QMetaObject::invokeMethod(
                    task, [t = task] { t->guarded([t] { t->batchDone(); }); }, Qt::QueuedConnection);
            }
        } done{this};
        lowerThisThreadsPriority();
        return sealBatch(*m_connection, kBatch, *identity, appVersion);
    });
}

void SealTask::batchDone()
{
    if (!m_worker.valid() || hasFinished()) {
        return;
    }
    const int taken = std::exchange(m_worker, {}).get(); // rethrows what the worker threw
    if (!m_context.store.isOpen()) {
        // Locked behind the engine's back: the worker's connection (and its copy of the key) goes now.
        m_connection.reset();
        throw core::Error(core::ErrorKind::Locked, "The store was locked while returns were being sealed.");
    }
    if (taken == 0) {
        m_connection.reset();
        return finish({});
    }
    {
        OwnWrites own(m_context);
        m_context.store.notifier().notify([](store::StoreObserver &o) { o.outboxChanged(); });
    }
    m_sealed += taken;
    emit progressed(m_sealed, m_sealed); // a batch is ready to go out
    sealNextBatch();
}

} // namespace maqa::client
