// The demonstration's first half (see DemoRun.h): the server, the office's set-up and audit, the devices and their
// returns. The office's half — pulling, reviewing, briefing, exporting — is DemoOffice.cpp.
#include "demo/DemoRun.h"

#include "demo/DemoAnswers.h"

#include "app/controllers/TemplateCatalog.h"
#include "core/domain/Agencies.h"
#include "core/template/TemplateLoader.h"
#include "core/util/Error.h"
#include "store/fs/PrivateFiles.h"
#include "store/repos/ReturnRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <ostream>

namespace maqa::cli::demo {

using core::Error;
using core::ErrorKind;
using Operation = client::OfficeSync::Operation;

namespace {

std::string shippedEarlyHelp()
{
    for (const QString &file : TemplateCatalog::shippedTemplateFiles()) {
        if (QFileInfo(file).fileName() == QLatin1String("early-help-audit.json")) {
            QFile in(file);
            if (in.open(QIODevice::ReadOnly)) {
                return in.readAll().toStdString();
            }
        }
    }
    throw Error(ErrorKind::Internal, "The shipped Early Help template is missing from maqa-cli.");
}

std::string names(const std::vector<std::string> &items)
{
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        text += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    }
    return text;
}

} // namespace

DemoRun::DemoRun(DemoOptions options, std::ostream &out)
    : m_options(std::move(options))
    , m_out(out)
    , m_content(DemoContent::shipped())
    , m_templateBody(shippedEarlyHelp())
    , m_today(QDate::currentDate())
{
    m_templ = core::loadTemplateOrThrow(m_templateBody, "early-help-audit.json");
}

DemoRun::~DemoRun()
{
    m_devices.clear();
    m_office.reset();
}

std::string DemoRun::path(const QString &relative) const
{
    return QDir(m_options.dataDir).filePath(relative).toStdString();
}

std::string DemoRun::run(Operation operation, const std::function<void()> &start)
{
    return runOperation(*m_office->sync, operation, start);
}

void DemoRun::run()
{
    m_clock.start();
    m_out << "Maqa demonstration: an Early Help multi-agency case audit of " << m_content.cases().size()
          << " children by " << m_content.agencies().size() << " agencies.\n"
          << "Every store it makes uses the minimum Argon2id profile (64 MiB, 2 passes) so it runs in seconds; "
             "real stores use the standard profile (256 MiB, 3 passes).\n";
    startServer();
    setUpOffice();
    enrolDevices();
    makeReturns();
    pullAtOffice();
    review();
    brief();
    writeOutputs();
    finish();
}

void DemoRun::startServer()
{
    store::ensurePrivateDirectory(path(QStringLiteral("server")));
    if (!m_options.serverUrl.isEmpty()) {
        m_url = m_options.serverUrl;
        m_out << "Server: using " << m_url.toStdString() << ".\n";
        return;
    }
    m_server =
        std::make_unique<DemoServer>(QString::fromStdString(path(QStringLiteral("server"))), m_options.keepServer);
    m_url = m_server->url();
    m_options.token = m_server->officeToken();
    m_out << "Server: started maqa-server on " << m_url.toStdString() << " (SQLite database in "
          << path(QStringLiteral("server")) << ").\n";
}

void DemoRun::setUpOffice()
{
    store::StoreOptions options;
    options.kdf = core::KdfParams::minimum();
    m_office = std::make_unique<OfficeSession>(
        store::Store::create(path(QStringLiteral("office")), m_options.passphrase, options));
    run(Operation::SetUp, [&] { m_office->sync->setUp(m_url, QString::fromStdString(m_options.token)); });
    run(Operation::AddTemplate, [&] { m_office->sync->addTemplate(m_templateBody); });

    const nlohmann::json &a = m_content.json().at("audit");
    core::office::AuditInfo audit;
    audit.title = a.at("title");
    audit.theme = a.at("theme");
    audit.period = a.at("period");
    audit.dueDate = m_today.addDays(a.at("due_days_from_today").get<int>()).toString(Qt::ISODate).toStdString();
    audit.templateId = m_templ->id;
    audit.templateVersion = m_templ->version;
    for (const nlohmann::json &c : m_content.cases()) {
        audit.cases.push_back({c.at("code"), c.at("age_band"), c.at("needs")});
    }
    audit.agencies = m_content.agencies();
    QString id;
    const QMetaObject::Connection connection = QObject::connect(m_office->sync.get(), &client::OfficeSync::auditCreated,
                                                                [&](const QString &created) { id = created; });
    run(Operation::CreateAudit, [&] { m_office->sync->createAudit(audit); });
    QObject::disconnect(connection);
    m_auditId = id.toStdString();
    m_summary["audit_id"] = m_auditId;
    m_summary["due_date"] = audit.dueDate;
    m_out << "Office: store " << path(QStringLiteral("office")) << ", key registered with the server; audit \""
          << audit.title << "\" of " << audit.cases.size() << " children aged 7 months to 17 years, "
          << audit.agencies.size() << " agencies, due " << audit.dueDate << ".\n";
}

void DemoRun::enrolDevices()
{
    store::ensurePrivateDirectory(path(QStringLiteral("devices")));
    for (const std::string &agency : m_content.agencies()) {
        QString code;
        const QMetaObject::Connection connection =
            QObject::connect(m_office->sync.get(), &client::OfficeSync::enrolCodeIssued,
                             [&](const QString &, const QString &issued, const QString &) { code = issued; });
        run(Operation::IssueEnrolCode, [&] { m_office->sync->issueEnrolCode(QString::fromStdString(agency), 24); });
        QObject::disconnect(connection);
        auto device = std::make_unique<DemoDevice>(
            QString::fromStdString(path(QStringLiteral("devices/") + QString::fromStdString(agency))), agency,
            m_options.passphrase);
        device->enrol(m_url, code.toStdString(),
                      QString::fromStdString(m_content.json().at("agencies").at(agency).at("device")));
        m_devices.push_back(std::move(device));
    }
    syncAll(devices()); // each device pulls the template and its assignment
    m_out << "Devices: " << m_devices.size() << " agencies enrolled with single-use codes, each with its own "
          << "encrypted store under " << path(QStringLiteral("devices")) << ".\n";
}

void DemoRun::makeReturns()
{
    int submitted = 0;
    for (const nlohmann::json &c : m_content.cases()) {
        const std::string code = c.at("code");
        for (const std::unique_ptr<DemoDevice> &device : m_devices) {
            if (m_content.isMissing(device->agency(), code)) {
                continue;
            }
            const core::Form form = demoReturn(m_content, m_templ, c, device->agency(), m_today);
            store::ReturnRepository &returns = device->store().returns();
            const store::ReturnRecord record =
                returns.create({"audit", m_templ->id, m_templ->version, m_auditId, code, device->agency()});
            std::vector<store::AnswerRow> rows;
            for (const core::AnswerRow &row : form.toRows()) {
                rows.push_back({row.path, row.value.dump()});
            }
            returns.setAnswers(record.key, rows);
            returns.submit(record.key, form.exportJson().dump());
            ++submitted;
        }
    }
    std::vector<std::string> missing;
    for (const nlohmann::json &m : m_content.json().at("missing").at("overdue")) {
        missing.push_back(std::string(core::agencyName(m.at("agency").get<std::string>())) + " on " +
                          m.at("case").get<std::string>());
    }
    std::vector<std::string> drafting;
    for (const nlohmann::json &d : m_content.json().at("missing").at("drafting")) {
        const std::string agency = d.at("agency");
        const core::Form form = demoDraft(m_content, m_templ, m_content.caseNamed(d.at("case")), agency, m_today,
                                          d.at("sections").get<std::vector<std::string>>());
        store::ReturnRepository &returns = device(agency).store().returns();
        const store::ReturnRecord record = returns.create(
            {"audit", m_templ->id, m_templ->version, m_auditId, d.at("case").get<std::string>(), agency});
        std::vector<store::AnswerRow> rows;
        for (const core::AnswerRow &row : form.toRows()) {
            rows.push_back({row.path, row.value.dump()});
        }
        returns.setAnswers(record.key, rows);
        drafting.push_back(std::string(core::agencyName(agency)) + " on " + d.at("case").get<std::string>());
    }
    syncAll(devices()); // seal, upload, and report the draft's progress
    m_summary["returns_submitted"] = submitted;
    m_out << "Returns: " << submitted << " written by the agencies' practitioners, signed, sealed to the office "
          << "and delivered; not returned: " << names(missing) << " (overdue); still drafting: " << names(drafting)
          << ".\n";
}

std::vector<DemoDevice *> DemoRun::devices() const
{
    std::vector<DemoDevice *> all;
    for (const std::unique_ptr<DemoDevice> &d : m_devices) {
        all.push_back(d.get());
    }
    return all;
}

DemoDevice &DemoRun::device(const std::string &agency)
{
    for (const std::unique_ptr<DemoDevice> &d : m_devices) {
        if (d->agency() == agency) {
            return *d;
        }
    }
    throw Error(ErrorKind::Internal, "The demonstration has no device for " + agency + ".");
}

} // namespace maqa::cli::demo
