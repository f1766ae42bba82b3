// Seeding and caching templates (see TemplateCatalog.h). A shipped template whose id+version is already stored
// with the same bytes is skipped; the cache is dropped on lock, because it came out of the encrypted store.
#include "app/controllers/TemplateCatalog.h"

#include "app/controllers/SessionController.h"
#include "app/controllers/StoreSignals.h"
#include "core/crypto/Sodium.h"
#include "core/template/TemplateLoader.h"
#include "core/util/Error.h"
#include "store/Store.h"
#include "store/repos/TemplateRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVariantMap>

#include <algorithm>
#include <tuple>

using maqa::core::Error;
using maqa::core::ErrorKind;

TemplateCatalog::TemplateCatalog(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &SessionController::storeOpened, this, [this] {
        seedShippedTemplates();
        refresh();
    });
    connect(session, &SessionController::aboutToLock, this, [this] {
        m_cache.clear();
        m_templates.clear();
        emit templatesChanged();
    });
    connect(session->storeSignals(), &StoreSignals::templatesWereChanged, this, &TemplateCatalog::refresh);
}

QStringList TemplateCatalog::shippedTemplateFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(":/maqa/templates"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        files << dir.filePath(name);
    }
    return files;
}

void TemplateCatalog::seedShippedTemplates()
{
    maqa::store::Store *store = m_session->store();
    if (!store) {
        return;
    }
    for (const QString &file : shippedTemplateFiles()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            throw Error(ErrorKind::Internal, "The shipped template " + file.toStdString() + " cannot be read.");
        }
        const std::string body = in.readAll().toStdString();
        const auto templ = maqa::core::loadTemplateOrThrow(body, QFileInfo(file).fileName().toStdString());
        if (store->templates().find(templ->id, templ->version)) {
            continue; // a published version never changes; the office may have sent this one already
        }
        maqa::store::TemplateRecord record;
        record.id = templ->id;
        record.version = templ->version;
        record.kind = templ->kind == maqa::core::TemplateKind::Audit ? "audit" : "observation";
        record.title = templ->title;
        record.body = body;
        record.sha256 = maqa::core::sha256Hex(std::string_view(body));
        store->templates().put(record);
        m_cache[{templ->id, templ->version}] = templ;
    }
}

std::shared_ptr<const maqa::core::Template> TemplateCatalog::templateFor(const std::string &id, int version)
{
    const auto key = std::make_pair(id, version);
    if (const auto it = m_cache.find(key); it != m_cache.end()) {
        return it->second;
    }
    maqa::store::Store *store = m_session->store();
    if (!store) {
        throw Error(ErrorKind::Locked, "Maqa is locked: unlock it to open a form.");
    }
    const auto record = store->templates().find(id, version);
    if (!record) {
        throw Error(ErrorKind::NotFound,
                    "The template " + id + " version " + std::to_string(version) + " is not on this device.");
    }
    auto templ = maqa::core::loadTemplateOrThrow(record->body, id + " v" + std::to_string(version));
    m_cache[key] = templ;
    return templ;
}

std::shared_ptr<const maqa::core::Template> TemplateCatalog::latest(const std::string &id)
{
    maqa::store::Store *store = m_session->store();
    if (!store) {
        throw Error(ErrorKind::Locked, "Maqa is locked: unlock it to open a form.");
    }
    const auto record = store->templates().latest(id);
    if (!record) {
        throw Error(ErrorKind::NotFound, "There is no template called '" + id + "' on this device.");
    }
    return templateFor(record->id, record->version);
}

QString TemplateCatalog::titleOf(const QString &id) const
{
    for (const QVariant &entry : m_templates) {
        const QVariantMap map = entry.toMap();
        if (map.value(QStringLiteral("id")).toString() == id) {
            return map.value(QStringLiteral("title")).toString();
        }
    }
    return id;
}

void TemplateCatalog::refresh()
{
    m_templates.clear();
    if (maqa::store::Store *store = m_session->store()) {
        std::map<std::string, maqa::store::TemplateRecord> newest;
        for (const auto &record : store->templates().list()) {
            auto &slot = newest[record.id];
            if (slot.id.empty() || record.version > slot.version) {
                slot = record;
            }
        }
        std::vector<maqa::store::TemplateRecord> sorted;
        for (auto &[id, record] : newest) {
            sorted.push_back(record);
        }
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto &a, const auto &b) { return std::tie(a.kind, a.title) < std::tie(b.kind, b.title); });
        for (const auto &r : sorted) {
            m_templates.push_back(QVariantMap{{QStringLiteral("id"), QString::fromStdString(r.id)},
                                              {QStringLiteral("version"), r.version},
                                              {QStringLiteral("kind"), QString::fromStdString(r.kind)},
                                              {QStringLiteral("title"), QString::fromStdString(r.title)}});
        }
    }
    emit templatesChanged();
}
