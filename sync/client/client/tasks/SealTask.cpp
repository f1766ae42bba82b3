// Sealing (see SealTask.h). A return that cannot be sealed (damaged answers, too large, a field the protocol
// refuses) is marked failed with the reason, never retried in a loop; a store failure rolls the batch back.
#include "client/tasks/SealTask.h"

#include "client/DeviceEnrolment.h"
#include "client/ReturnSealing.h"

#include "core/util/Error.h"
#include "protocol/Json.h"
#include "store/Store.h"
#include "store/db/Database.h"
#include "store/db/Statement.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/ReturnRepository.h"

#include <QTimer>

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

} // namespace

void SealTask::start()
{
    QTimer::singleShot(0, this, [this] { guarded([this] { sealBatch(); }); });
}

void SealTask::sealBatch()
{
    store::Store &store = m_context.store;
    const std::vector<store::ReturnKey> keys = store.outbox().queued(kBatch);
    if (keys.empty()) {
        return finish({});
    }
    std::vector<std::pair<store::ReturnKey, std::string>> unsealable;
    {
        OwnWrites own(m_context);
        store::Transaction tx(store.database());
        for (const store::ReturnKey &key : keys) {
            core::Bytes envelope;
            try {
                const std::optional<store::ReturnRecord> record = store.returns().find(key);
                const std::optional<std::string> frozen = store.returns().frozenAnswers(key);
                if (!record || !frozen) {
                    throw core::Error(core::ErrorKind::Corrupt, "Return " + key.uuid +
                                                                    " is in the outbox but its record or answers are "
                                                                    "missing on this device.");
                }
                const protocol::ReturnPayload payload =
                    buildPayload(*record, *frozen, m_context.enrolment, m_context.appVersion.toStdString());
                checkMetadata(payload); // the server's own checks, before sealing
                envelope = sealPayload(payload, m_context.enrolment);
            } catch (const core::Error &e) {
                unsealable.emplace_back(key, std::string("This return cannot be sent: ") + e.what());
                continue;
            }
            store.outbox().setEnvelope(key, envelope);
        }
        tx.commit();
        for (const auto &[key, reason] : unsealable) {
            store.outbox().markFailed(key, reason);
        }
    }
    m_sealed += static_cast<int>(keys.size());
    emit progressed(m_sealed, m_sealed); // a batch is ready to go out
    QTimer::singleShot(0, this, [this] { guarded([this] { sealBatch(); }); });
}

} // namespace maqa::client
