// Templates in SQLCipher (see TemplateRepository.h).
// Versions are immutable once stored: the sha256 check refuses a silently changed template.
#include "store/repos/TemplateRepository.h"

#include "core/util/Error.h"
#include "store/db/Database.h"
#include "store/db/Statement.h"

namespace maqa::store {

namespace {
TemplateRecord readTemplate(const Statement &s, bool withBody)
{
    TemplateRecord t;
    t.id = s.text(0);
    t.version = static_cast<int>(s.integer(1));
    t.kind = s.text(2);
    t.title = s.text(3);
    t.sha256 = s.text(4);
    t.addedAt = s.integer(5);
    if (withBody) {
        t.body = s.text(6);
    }
    return t;
}
} // namespace

TemplateRepository::TemplateRepository(Database &db, StoreNotifier &notifier, core::Clock clock)
    : m_db(db)
    , m_notifier(notifier)
    , m_clock(std::move(clock))
{}

void TemplateRepository::put(const TemplateRecord &record)
{
    if (const auto existing = find(record.id, record.version)) {
        if (existing->sha256 != record.sha256) {
            throw core::Error(core::ErrorKind::Refused, "Template " + record.id + " version " +
                                                            std::to_string(record.version) +
                                                            " already exists with different content.");
        }
        return;
    }
    m_db.prepare("INSERT INTO templates(id, version, kind, title, body, sha256, added_at) VALUES(?,?,?,?,?,?,?)")
        .bind(1, record.id)
        .bind(2, record.version)
        .bind(3, record.kind)
        .bind(4, record.title)
        .bind(5, record.body)
        .bind(6, record.sha256)
        .bind(7, m_clock())
        .run();
    m_notifier.notify([](StoreObserver &o) { o.templatesChanged(); });
}

std::optional<TemplateRecord> TemplateRepository::find(const std::string &id, int version)
{
    Statement s =
        m_db.prepare("SELECT id, version, kind, title, sha256, added_at, body FROM templates WHERE id=? AND version=?");
    s.bind(1, id).bind(2, version);
    return s.step() ? std::optional<TemplateRecord>(readTemplate(s, true)) : std::nullopt;
}

std::optional<TemplateRecord> TemplateRepository::latest(const std::string &id)
{
    Statement s = m_db.prepare("SELECT id, version, kind, title, sha256, added_at, body FROM templates WHERE id=? "
                               "ORDER BY version DESC LIMIT 1");
    s.bind(1, id);
    return s.step() ? std::optional<TemplateRecord>(readTemplate(s, true)) : std::nullopt;
}

std::vector<TemplateRecord> TemplateRepository::list()
{
    Statement s = m_db.prepare("SELECT id, version, kind, title, sha256, added_at FROM templates ORDER BY id, version");
    std::vector<TemplateRecord> out;
    while (s.step()) {
        out.push_back(readTemplate(s, false));
    }
    return out;
}

} // namespace maqa::store
