// The Qt Quick Test runner for Maqa's QML tests: every tst_*.qml file runs in its own process (one CTest each)
// against real controllers over a fresh temporary store, exposed exactly as main() exposes them, plus a small
// `Fixtures` singleton (import MaqaTest) for what only the sync engine or the office would do: assignments arriving,
// a return sent back, reading what the store really holds, and a real maqa-server on loopback for enrolment.
#include "OfficeAppFixture.h"
#include "support/OfficeFixtures.h"
#include "support/SyncTestSupport.h"

#include "app/AppServices.h"
#include "app/controllers/SessionController.h"
#include "app/controllers/office/OfficeServices.h"
#include "app/controllers/office/OfficeSession.h"
#include "app/qml/QmlSingletons.h"
#include "app/qr/EnrolmentQr.h"
#include "store/Store.h"
#include "store/repos/AssignmentRepository.h"
#include "store/repos/ReturnRepository.h"

#include <QFile>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(MaqaPlugin)

/** What the office and the sync engine would do, for the QML tests. */
class QmlFixtures : public QObject
{
    Q_OBJECT
public:
    QmlFixtures(SessionController *session, OfficeServices *office)
        : m_session(session)
        , m_office(office)
    {}

    /** Two audits with three cases for the police, as a pull would store them. */
    Q_INVOKABLE void seedAssignments()
    {
        maqa::store::AssignmentRecord a;
        a.auditId = "11111111-1111-4111-8111-111111111111";
        a.title = "Early Help, autumn 2026";
        a.theme = "Early Help";
        a.period = "last 12 months, judged on the last 6";
        a.dueDate = "2026-12-18";
        a.agency = "police";
        a.templateId = "early-help-audit";
        a.cases = {{"EH-2026-014", "5-10", "Early Help"}, {"EH-2026-015", "0-1", "Child in Need"}};
        maqa::store::AssignmentRecord b = a;
        b.auditId = "22222222-2222-4222-8222-222222222222";
        b.title = "Neglect, winter 2027";
        b.theme = "Neglect";
        b.dueDate = "2027-02-01";
        b.cases = {{"NG-2027-001", "11-15", "Child Protection"}};
        m_session->store()->assignments().replaceAll({a, b});
    }
    /** The office sends the latest revision of @p uuid back with @p comment. */
    Q_INVOKABLE void sendBack(const QString &uuid, const QString &comment)
    {
        auto &returns = m_session->store()->returns();
        const auto record = returns.latest(uuid.toStdString());
        returns.setReview(record->key, "has_issues", comment.toStdString());
    }
    /** The stored JSON of @p path in the latest revision of @p uuid ("" when not stored). */
    Q_INVOKABLE QString storedAnswer(const QString &uuid, const QString &path) const
    {
        auto &returns = m_session->store()->returns();
        const auto record = returns.latest(uuid.toStdString());
        for (const auto &row : returns.answers(record->key)) {
            if (row.path == path.toStdString()) {
                return QString::fromStdString(row.value);
            }
        }
        return {};
    }

    /** Starts a real maqa-server (once per test file, set up as an office would) and returns its URL. */
    Q_INVOKABLE QString startServer()
    {
        if (!m_server) {
            m_server = std::make_unique<maqa::test::ServerSetup>();
        }
        return QString::fromStdString(m_server->server->url());
    }
    /** A fresh enrolment code for @p agency from the running server. */
    Q_INVOKABLE QString issueCode(const QString &agency)
    {
        startServer();
        return QString::fromStdString(m_server->issueCode(agency.toStdString()));
    }
    /** Fills the office side of the open store as a pull would (see OfficeAppFixture.h); returns the audit id. */
    Q_INVOKABLE QString fillOffice()
    {
        return QString::fromStdString(maqa::test::fillOffice(*m_office->session()->office()));
    }
    /** A file: URL for @p name in a temporary folder of this test (exports and backups go there). */
    Q_INVOKABLE QUrl tempFile(const QString &name) const { return QUrl::fromLocalFile(m_files.filePath(name)); }
    /** The text of the file at @p file ("" when it cannot be read). */
    Q_INVOKABLE QString fileText(const QUrl &file) const
    {
        QFile f(file.toLocalFile());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    /** The number of records in the CSV file at @p file (RFC 4180, quoted line breaks kept), or -1. */
    Q_INVOKABLE int csvRows(const QUrl &file) const
    {
        QFile f(file.toLocalFile());
        if (!f.open(QIODevice::ReadOnly)) {
            return -1;
        }
        try {
            return int(maqa::test::parseCsv(f.readAll().toStdString()).size());
        } catch (const std::exception &) {
            return -1;
        }
    }
    /** A PNG of the office's enrolment QR code for @p serverUrl and @p code, as the file dialog would pick it. */
    Q_INVOKABLE QUrl qrPicture(const QString &serverUrl, const QString &code)
    {
        const QString path = m_files.filePath(QStringLiteral("enrol-%1.png").arg(++m_pictures));
        if (!qrCodeImage(enrolmentPayload(serverUrl, code)).save(path)) {
            return {};
        }
        return QUrl::fromLocalFile(path);
    }

private:
    SessionController *m_session;
    OfficeServices *m_office;
    std::unique_ptr<maqa::test::ServerSetup> m_server;
    QTemporaryDir m_files;
    int m_pictures = 0;
};

/** Builds the app's services before the test's QML engine loads anything. */
class QmlTestSetup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        Q_UNUSED(engine)
        AppServices::Options options;
        options.sync = maqa::test::fastOptions(); // no network backend: the only server is on loopback
        m_services = std::make_unique<AppServices>(m_data.filePath(QStringLiteral("store")),
                                                   maqa::core::KdfParams::minimum(), options);
        QmlSingletons::useServices(*m_services);
        m_fixtures = std::make_unique<QmlFixtures>(m_services->session(), m_services->office());
        qmlRegisterSingletonInstance("MaqaTest", 1, 0, "Fixtures", m_fixtures.get());
    }

    void cleanupTestCase()
    {
        m_fixtures.reset();
        m_services.reset();
    }

private:
    QTemporaryDir m_data;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<QmlFixtures> m_fixtures;
};

QUICK_TEST_MAIN_WITH_SETUP(maqa_qml, QmlTestSetup)
#include "QmlTestSetup.moc"
