// The scheduler's rules with scripted tasks: pass order and lanes, no retry of a refused kind until asked, backoff,
// Retry-After kept even by a manual sync, and the shared "unreachable" backoff / offline hold of network kinds.
#include "client/ApiClient.h"
#include "client/DeviceEnrolment.h"
#include "client/Scheduler.h"

#include "core/util/Error.h"
#include "store/Store.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <deque>
#include <map>

using namespace maqa;
using namespace maqa::client;
using std::chrono::milliseconds;

namespace {

class ScriptedTask : public Task
{
public:
    ScriptedTask(TaskContext &context, TaskKind kind, TaskOutcome outcome)
        : Task(context)
        , m_kind(kind)
        , m_outcome(std::move(outcome))
    {}
    TaskKind kind() const override { return m_kind; }
    void start() override
    {
        QTimer::singleShot(0, this, [this] { finish(m_outcome); });
    }

private:
    TaskKind m_kind;
    TaskOutcome m_outcome;
};

TaskOutcome retry(std::optional<milliseconds> retryAfter = std::nullopt, bool noAnswer = false)
{
    TaskOutcome o;
    o.result = TaskOutcome::Result::Retry;
    o.message = "the server is not available just now (HTTP 503)";
    o.retryAfter = retryAfter;
    o.noAnswer = noAnswer;
    return o;
}

TaskOutcome refused()
{
    TaskOutcome o;
    o.result = TaskOutcome::Result::Refused;
    o.message = "The server refused.";
    return o;
}

} // namespace

class TestSyncScheduler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_api;
    DeviceEnrolment m_enrolment;
    std::unique_ptr<TaskContext> m_context;

    std::map<TaskKind, std::deque<TaskOutcome>> m_script;
    std::vector<TaskKind> m_started;
    int m_passes = 0;

    std::unique_ptr<Scheduler> makeScheduler(BackoffPolicy backoff)
    {
        auto scheduler = std::make_unique<Scheduler>(
            [this](TaskKind kind) {
                m_started.push_back(kind);
                std::deque<TaskOutcome> &queue = m_script[kind];
                TaskOutcome outcome;
                if (!queue.empty()) {
                    outcome = queue.front();
                    queue.pop_front();
                }
                return std::make_unique<ScriptedTask>(*m_context, kind, outcome);
            },
            backoff);
        scheduler->setRandomSource([] { return 0.5; });
        connect(scheduler.get(), &Scheduler::passFinished, this, [this] { ++m_passes; });
        return scheduler;
    }

    int startsOf(TaskKind kind) const { return int(std::count(m_started.begin(), m_started.end(), kind)); }

    bool waitForPasses(int passes)
    {
        return QTest::qWaitFor([&] { return m_passes >= passes; }, 10000);
    }

private slots:
    void initTestCase()
    {
        store::StoreOptions options;
        options.kdf = core::KdfParams::minimum();
        m_store = store::Store::create((m_dir.path() + "/s").toStdString(), "correct horse battery staple 42", options);
        m_api = std::make_unique<ApiClient>(m_network, ServerAddress::parse("http://127.0.0.1:9"), QByteArray(),
                                            QString(), milliseconds(1000));
        m_context.reset(new TaskContext{*m_store, *m_api, m_enrolment});
    }

    void init()
    {
        m_script.clear();
        m_started.clear();
        m_passes = 0;
    }

    void onePassRunsEveryKindOnceInOrder()
    {
        auto scheduler = makeScheduler({});
        scheduler->wantAll();
        QVERIFY(waitForPasses(1));
        // Network kinds one after the other, in order; sealing beside them, from the start.
        std::vector<TaskKind> network;
        std::copy_if(m_started.begin(), m_started.end(), std::back_inserter(network),
                     [](TaskKind k) { return k != TaskKind::Seal; });
        QCOMPARE(network, (std::vector<TaskKind>{TaskKind::Config, TaskKind::Manifest, TaskKind::Upload,
                                                 TaskKind::Reviews, TaskKind::Progress}));
        QCOMPARE(startsOf(TaskKind::Seal), 1);
        QCOMPARE(m_started[1], TaskKind::Seal);
        QVERIFY(!scheduler->hasPendingWork());
        QVERIFY(!scheduler->nextStartInMs().has_value());
    }

    void refusedKindIsNotRetriedUntilAsked()
    {
        auto scheduler = makeScheduler({milliseconds(1), milliseconds(5), milliseconds(1000)});
        m_script[TaskKind::Upload] = {refused()};
        scheduler->wantAll();
        QVERIFY(waitForPasses(1));
        QVERIFY(scheduler->state(TaskKind::Upload).blocked);
        QCOMPARE(scheduler->state(TaskKind::Upload).lastError, QStringLiteral("The server refused."));
        QVERIFY(!scheduler->hasPendingWork());
        scheduler->wantAll(); // the periodic pass: everything but the refused kind
        QVERIFY(waitForPasses(2));
        QCOMPARE(startsOf(TaskKind::Upload), 1);
        QCOMPARE(startsOf(TaskKind::Config), 2);
        scheduler->unblock(); // the practitioner pressed "sync now"
        scheduler->wantAll();
        QVERIFY(waitForPasses(3));
        QCOMPARE(startsOf(TaskKind::Upload), 2);
        QVERIFY(scheduler->state(TaskKind::Upload).lastError.isEmpty());
    }

    void transientFailuresRetryWithBackoff()
    {
        // Each retry waits 200 ms (half the 400 ms ceiling): longer than the rest of the pass takes.
        auto scheduler = makeScheduler({milliseconds(400), milliseconds(400), milliseconds(1000)});
        m_script[TaskKind::Manifest] = {retry(), retry(), retry()};
        int startsAtFirstPass = 0, failuresAtFirstPass = 0;
        bool pendingAtFirstPass = false;
        connect(scheduler.get(), &Scheduler::passFinished, this, [&] {
            if (m_passes == 1) { // this handler runs after the counting one
                startsAtFirstPass = startsOf(TaskKind::Manifest);
                failuresAtFirstPass = scheduler->state(TaskKind::Manifest).failures;
                pendingAtFirstPass = scheduler->hasPendingWork();
            }
        });
        scheduler->wantAll();
        QVERIFY(waitForPasses(1));
        QCOMPARE(startsAtFirstPass, 1);
        QCOMPARE(failuresAtFirstPass, 1);
        QVERIFY(pendingAtFirstPass);
        QVERIFY(QTest::qWaitFor([&] { return !scheduler->hasPendingWork(); }, 10000));
        QCOMPARE(startsOf(TaskKind::Manifest), 4);
        QCOMPARE(startsOf(TaskKind::Config), 1); // the others were not run again
        QCOMPARE(scheduler->state(TaskKind::Manifest).failures, 0);
    }

    void retryAfterHoldsEvenAManualSync()
    {
        auto scheduler = makeScheduler({milliseconds(10), milliseconds(40), milliseconds(3600000)});
        m_script[TaskKind::Reviews] = {retry(milliseconds(60000))};
        scheduler->wantAll();
        QVERIFY(waitForPasses(1));
        QVERIFY(scheduler->nextStartInMs().value() > 59000);
        scheduler->unblock();
        scheduler->wantAll();
        QVERIFY(waitForPasses(2));
        QCOMPARE(startsOf(TaskKind::Reviews), 1);
        QVERIFY(scheduler->nextStartInMs().value() > 58000);
    }

    void unreachableServerHoldsEveryNetworkKind()
    {
        auto scheduler = makeScheduler({milliseconds(60000), milliseconds(60000), milliseconds(3600000)});
        m_script[TaskKind::Config] = {retry(std::nullopt, true)};
        scheduler->wantAll();
        QVERIFY(waitForPasses(1));
        // Sealing is local and goes on; every network kind waits for the shared "server unreachable" backoff.
        QCOMPARE(m_started, (std::vector<TaskKind>{TaskKind::Config, TaskKind::Seal}));
        QVERIFY(scheduler->state(TaskKind::Config).lastWasNoAnswer);
        QVERIFY(scheduler->nextStartInMs().value() > 20000);
    }

    void offlineHoldsNetworkKindsUntilOnline()
    {
        auto scheduler = makeScheduler({});
        scheduler->setOffline(true);
        scheduler->wantAll();
        QVERIFY(waitForPasses(1));
        QCOMPARE(m_started, (std::vector<TaskKind>{TaskKind::Seal}));
        QVERIFY(scheduler->hasPendingWork());
        scheduler->setOffline(false);
        QVERIFY(waitForPasses(2));
        QCOMPARE(m_started.size(), std::size(kAllTaskKinds));
        QVERIFY(!scheduler->hasPendingWork());
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_store.reset();
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_sync_scheduler.moc"
