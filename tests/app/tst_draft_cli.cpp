// Tests of `maqa-cli draft new | set | add-entry | show | fill-sample`, `submit` and `outbox` as a user runs
// them: real processes over a real store, JSON out, refusals as one line with exit 1.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPass = QStringLiteral("correct horse battery staple");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("MAQA_PASSPHRASE", kPass);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MAQA_BIN_DIR "/maqa-cli"), args);
    p.waitForStarted();
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}
} // namespace

class TestDraftCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dir;

private slots:
    void initTestCase()
    {
        m_dir = m_tmp.filePath("store");
        QCOMPARE(cli({"init", "--data", m_dir, "--kdf", "minimum"}).exitCode, 0);
    }

    void newSetShowAndRefusals()
    {
        const Run created = cli({"draft", "new", "--data", m_dir, "--template", "ditl-child", "--case", "DL-0042"});
        QCOMPARE(created.exitCode, 0);
        const QString uuid = QString::fromUtf8(created.out).trimmed();
        QCOMPARE(uuid.size(), 36);

        QCOMPARE(cli({"draft", "set", "--data", m_dir, uuid, "home_safe", "partly"}).exitCode, 0); // bare string
        QCOMPARE(cli({"draft", "set", "--data", m_dir, uuid, "present", R"(["child","parent_1"])"}).exitCode, 0);
        const Run entry = cli({"draft", "add-entry", "--data", m_dir, uuid, "timeline"});
        QCOMPARE(entry.exitCode, 0);
        const QString id = QString::fromUtf8(entry.out).trimmed();
        QCOMPARE(cli({"draft", "set", "--data", m_dir, uuid, "timeline/" + id + "/time", "\"07:30\""}).exitCode, 0);

        const Run show = cli({"draft", "show", "--data", m_dir, uuid});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject draft = json(show);
        QCOMPARE(draft["case_code"].toString(), QStringLiteral("DL-0042"));
        QCOMPARE(draft["status"].toString(), QStringLiteral("draft"));
        QCOMPARE(draft["answers"].toObject()["home_safe"].toString(), QStringLiteral("partly"));
        QCOMPARE(draft["answers"].toObject()["case_code"].toString(), QStringLiteral("DL-0042"));
        QCOMPARE(draft["answers"].toObject()["present"].toArray().size(), 2);
        QCOMPARE(draft["answers"].toObject()["timeline"].toArray()[0].toObject()["time"].toString(),
                 QStringLiteral("07:30"));
        QVERIFY(draft["missing"].toArray().size() > 0);
        QCOMPARE(draft["complete"].toBool(), false);

        const Run bad = cli({"draft", "set", "--data", m_dir, uuid, "home_safe", "maybe"});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.startsWith("maqa-cli: "));
        QCOMPARE(bad.err.count('\n'), 1);
        const Run unknown = cli({"draft", "set", "--data", m_dir, uuid, "no_such_question", "1"});
        QCOMPARE(unknown.exitCode, 1);
        const Run name = cli({"draft", "new", "--data", m_dir, "--template", "ditl-child", "--case", "Jamie"});
        QCOMPARE(name.exitCode, 1);
        QVERIFY(name.err.contains("name"));
        const Run missingUuid = cli({"draft", "show", "--data", m_dir, "00000000-0000-4000-8000-000000000000"});
        QCOMPARE(missingUuid.exitCode, 1);
    }

    void submitRefusesThenQueues()
    {
        const QString uuid =
            QString::fromUtf8(
                cli({"draft", "new", "--data", m_dir, "--template", "ditl-baby", "--case", "DL-0043"}).out)
                .trimmed();
        const Run refused = cli({"submit", "--data", m_dir, uuid});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("need attention"), qPrintable(refused.err));
        QCOMPARE(refused.err.count('\n'), 1);

        QCOMPARE(cli({"draft", "fill-sample", "--data", m_dir, uuid}).exitCode, 0);
        QCOMPARE(json(cli({"draft", "show", "--data", m_dir, uuid}))["complete"].toBool(), true);
        const Run submitted = cli({"submit", "--data", m_dir, uuid});
        QCOMPARE(submitted.exitCode, 0);
        QCOMPARE(cli({"draft", "set", "--data", m_dir, uuid, "home_conditions", "late edit"}).exitCode, 1);
        QCOMPARE(cli({"submit", "--data", m_dir, uuid}).exitCode, 1);

        const Run outbox = cli({"outbox", "--data", m_dir});
        QCOMPARE(outbox.exitCode, 0);
        const QJsonArray items = json(outbox)["items"].toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].toObject()["uuid"].toString(), uuid);
        QCOMPARE(items[0].toObject()["state"].toString(), QStringLiteral("queued"));
        QCOMPARE(items[0].toObject()["case_code"].toString(), QStringLiteral("DL-0043"));
        QCOMPARE(json(outbox)["counts"].toObject()["queued"].toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDraftCli)
#include "tst_draft_cli.moc"
