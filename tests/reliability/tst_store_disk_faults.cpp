// The device's store on a full disk and in a read-only data directory: autosave and submit fail with a sentence a
// practitioner understands, and nothing saved before is lost (the store verifies and holds every earlier answer).
#include "support/ForkedChild.h"

#include "core/util/Error.h"
#include "store/Store.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/ReturnRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace maqa;
using namespace maqa::test;

namespace {
constexpr const char *kPassphrase = "correct horse battery staple 42";

store::StoreOptions minimumKdf()
{
    store::StoreOptions options;
    options.kdf = core::KdfParams::minimum();
    return options;
}

std::string jsonText(std::size_t bytes, char fill)
{
    return "\"" + std::string(bytes, fill) + "\"";
}
} // namespace

class TestStoreDiskFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::string m_dir;
    store::ReturnKey m_key;
    std::string m_bigAnswer = jsonText(300 * 1024, 'b'); // saved before the disk fills; a submit copies it

    std::unique_ptr<store::Store> open() { return store::Store::open(m_dir, kPassphrase, minimumKdf()); }

    // The store verifies and still holds everything saved before the fault, as a draft with nothing queued.
    void verifyNothingLost(const std::vector<std::pair<std::string, std::string>> &expected)
    {
        auto store = open();
        QCOMPARE(store->integrityProblems(), std::string());
        std::map<std::string, std::string> answers;
        for (const store::AnswerRow &row : store->returns().answers(m_key)) {
            answers[row.path] = row.value;
        }
        for (const auto &[path, value] : expected) {
            QVERIFY2(answers.count(path) == 1, path.c_str());
            QCOMPARE(answers[path].size(), value.size());
            QVERIFY(answers[path] == value);
        }
        QVERIFY(store->returns().find(m_key)->status == store::ReturnStatus::Draft);
        QVERIFY(!store->outbox().find(m_key).has_value());
    }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = (std::filesystem::path(m_tmp.path().toStdString()) / QTest::currentTestFunction()).string();
        auto store = store::Store::create(m_dir, kPassphrase, minimumKdf());
        m_key = store->returns().create({"audit", "early-help", 1, std::string("audit-1"), "EH-1", std::nullopt}).key;
        store->returns().setAnswer(m_key, "before", "\"kept\"");
        store->returns().setAnswer(m_key, "evidence", m_bigAnswer);
    }

    void autosaveOnFullDisk()
    {
        const ChildReport report = runInChild([&] {
            auto store = open();
            limitFileSize(256 * 1024);
            store->returns().setAnswer(m_key, "small", "12"); // still fits: the limit is not what fails
            store->returns().setAnswer(m_key, "large", jsonText(2 * 1024 * 1024, 'x'));
            return std::string("the large answer was saved past the limit");
        });
        qInfo("child: %s", report.text.c_str());
        QCOMPARE(report.exitCode, 1);
        QVERIFY2(report.text.find("The disk is full") != std::string::npos, report.text.c_str());
        verifyNothingLost({{"before", "\"kept\""}, {"evidence", m_bigAnswer}, {"small", "12"}});
        QVERIFY(open()->returns().answers(m_key).size() == 3); // "large" is not there, not even in part
    }

    void submitOnFullDisk()
    {
        const ChildReport report = runInChild([&] {
            auto store = open();
            limitFileSize(128 * 1024);
            const std::string frozen = "{\"before\":\"kept\",\"evidence\":" + m_bigAnswer + "}";
            store->returns().submit(m_key, frozen);
            return std::string("submitted past the limit");
        });
        qInfo("child: %s", report.text.c_str());
        QCOMPARE(report.exitCode, 1);
        QVERIFY2(report.text.find("The disk is full") != std::string::npos, report.text.c_str());
        verifyNothingLost({{"before", "\"kept\""}, {"evidence", m_bigAnswer}});
        // With room again, the same submit goes through: the failed one left nothing half done.
        auto store = open();
        store->returns().submit(m_key, "{\"before\":\"kept\"}");
        QCOMPARE(store->outbox().counts().queued, 1);
    }

    void readOnlyDataDirectory()
    {
        shareReadOnly(m_dir);
        const UserIds nobody = nobodyIds();
        const ChildReport report = runInChild([&] {
            becomeUser(nobody);
            auto store = open(); // refused here, or at the first write: either way with a clear sentence
            store->returns().setAnswer(m_key, "after", "\"lost?\"");
            return std::string("an answer was saved into a read-only folder");
        });
        qInfo("child: %s", report.text.c_str());
        QCOMPARE(report.exitCode, 1);
        QVERIFY2(report.text.find("read-only") != std::string::npos, report.text.c_str());
        makePrivate(m_dir);
        verifyNothingLost({{"before", "\"kept\""}, {"evidence", m_bigAnswer}});
    }
};

QTEST_GUILESS_MAIN(TestStoreDiskFaults)
#include "tst_store_disk_faults.moc"
