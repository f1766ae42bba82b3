// The quarantine in SQLCipher (see QuarantineRepository.h). INSERT OR IGNORE on the envelope's digest keeps a
// re-pulled envelope from appearing twice; the log line carries the reason code, never the envelope.
#include "store/office/QuarantineRepository.h"

#include "core/crypto/Sodium.h"
#include "core/util/Error.h"
#include "store/Store.h"
#include "store/db/Database.h"
#include "store/db/Statement.h"
#include "store/repos/LogRepository.h"

using maqa::core::Error;
using maqa::core::ErrorKind;

namespace maqa::store::office {

QuarantineRepository::QuarantineRepository(Store &store, OfficeNotifier &notifier)
    : m_store(store)
    , m_notifier(notifier)
{}

int QuarantineRepository::add(std::span<const core::office::Quarantined> items, const std::string &actor)
{
    Database &db = m_store.database();
    const core::Millis now = m_store.now();
    int added = 0;
    Transaction tx(db);
    Statement insert = db.prepare(
        "INSERT OR IGNORE INTO office_quarantine(envelope_sha256, uuid, revision, audit_id, case_code, agency, "
        "device_id, template_id, template_version, reason, message, envelope, quarantined_at) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const core::office::Quarantined &q : items) {
        const core::office::ReturnMeta &m = q.claimed;
        insert.bind(1, core::sha256Hex(std::string_view(q.envelopeText)))
            .bind(2, m.ref.uuid)
            .bind(3, m.ref.revision)
            .bind(4, m.auditId)
            .bind(5, m.caseCode)
            .bind(6, m.agency)
            .bind(7, m.deviceId)
            .bind(8, m.templateId)
            .bind(9, m.templateVersion)
            .bind(10, toString(q.reason))
            .bind(11, q.message)
            .bind(12, q.envelopeText)
            .bind(13, now)
            .run();
        if (db.changes() == 1) {
            appendLog(db, now, actor, "return.quarantined", m.ref.text(), std::string(toString(q.reason)));
            ++added;
        }
    }
    tx.commit();
    if (added > 0) {
        m_notifier.notify([](OfficeObserver &o) { o.quarantineChanged(); });
    }
    return added;
}

std::vector<QuarantineRecord> QuarantineRepository::list()
{
    Statement s = m_store.database().prepare(
        "SELECT id, uuid, revision, audit_id, case_code, agency, device_id, template_id, template_version, reason, "
        "message, envelope, quarantined_at FROM office_quarantine ORDER BY id");
    std::vector<QuarantineRecord> out;
    while (s.step()) {
        QuarantineRecord r;
        r.id = s.integer(0);
        r.claimed.ref = {s.text(1), static_cast<int>(s.integer(2))};
        r.claimed.auditId = s.text(3);
        r.claimed.caseCode = s.text(4);
        r.claimed.agency = s.text(5);
        r.claimed.deviceId = s.text(6);
        r.claimed.templateId = s.text(7);
        r.claimed.templateVersion = static_cast<int>(s.integer(8));
        const auto reason = core::office::quarantineReasonFrom(s.text(9));
        if (!reason) {
            throw Error(ErrorKind::Corrupt, "A quarantined return has an unknown reason; the store is damaged.");
        }
        r.reason = *reason;
        r.message = s.text(10);
        r.envelope = s.text(11);
        r.quarantinedAt = s.integer(12);
        out.push_back(std::move(r));
    }
    return out;
}

void QuarantineRepository::release(std::int64_t id, const std::string &actor, const std::string &why)
{
    Database &db = m_store.database();
    Transaction tx(db);
    Statement find = db.prepare("SELECT uuid, revision FROM office_quarantine WHERE id=?");
    find.bind(1, id);
    if (!find.step()) {
        throw Error(ErrorKind::NotFound, "That quarantined return is no longer in the quarantine.");
    }
    const std::string subject = find.text(0) + "/" + std::to_string(find.integer(1));
    find.reset();
    db.prepare("DELETE FROM office_quarantine WHERE id=?").bind(1, id).run();
    appendLog(db, m_store.now(), actor, "quarantine.released", subject, why);
    tx.commit();
    m_notifier.notify([](OfficeObserver &o) { o.quarantineChanged(); });
}

long long QuarantineRepository::count()
{
    return m_store.database().scalarInt("SELECT count(*) FROM office_quarantine");
}

} // namespace maqa::store::office
