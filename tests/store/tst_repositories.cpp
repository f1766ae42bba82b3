// Tests of the store's repositories: drafts and autosave, submit into the outbox, revisions after the office sends
// a return back, templates, assignments, settings, the append-only log, and the observer notifications.
#include "StoreTestSupport.h"

#include "core/util/Error.h"
#include "core/util/Uuid.h"
#include "store/db/Database.h"
#include "store/repos/AssignmentRepository.h"
#include "store/repos/LogRepository.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/ReturnRepository.h"
#include "store/repos/SettingsRepository.h"
#include "store/repos/TemplateRepository.h"

#include <QTest>

using namespace maqa;
using namespace maqa::test;
using store::ReturnKey;

namespace {
/** Records every notification, in order, as text. */
struct RecordingObserver : store::StoreObserver
{
    std::vector<std::string> events;
    void returnAdded(const ReturnKey &k) override { events.push_back("added " + std::to_string(k.revision)); }
    void returnChanged(const ReturnKey &k) override { events.push_back("changed " + std::to_string(k.revision)); }
    void returnRemoved(const ReturnKey &) override { events.push_back("removed"); }
    void answerChanged(const ReturnKey &, const std::string &path) override { events.push_back("answer " + path); }
    void outboxChanged() override { events.push_back("outbox"); }
    void templatesChanged() override { events.push_back("templates"); }
    void assignmentsChanged() override { events.push_back("assignments"); }
};

store::NewReturn earlyHelpDraft(const std::string &caseCode = "EH-001")
{
    return {"audit", "early-help", 1, std::string("audit-2026-1"), caseCode, std::string("police")};
}
} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<store::Store> m_store;
    ManualClock m_clock;

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        const std::filesystem::path dir =
            std::filesystem::path(m_tmp.path().toStdString()) / ("s" + core::newUuid().substr(0, 8));
        m_store = store::Store::create(dir, kPassphrase, fastOptions(m_clock.clock()));
    }
    void cleanup() { m_store.reset(); }

    void draftAutosaveAndReadBack()
    {
        RecordingObserver seen;
        m_store->addObserver(&seen);
        const store::ReturnRecord r = m_store->returns().create(earlyHelpDraft());
        QVERIFY(core::isUuid(r.key.uuid));
        QCOMPARE(r.key.revision, 1);
        QCOMPARE(store::toString(r.status), std::string("draft"));
        m_clock.now += 1000;
        m_store->returns().setAnswer(r.key, "seen_alone", "\"yes\"");
        m_store->returns().setAnswer(r.key, "seen_alone", "\"partly\""); // overwrite, not duplicate
        m_store->returns().setAnswer(r.key, "timeline/ab12/time", "\"07:30\"");
        m_store->returns().setAnswer(r.key, "timeline/ab12/what", "\"wakes\"");
        m_store->returns().setAnswer(r.key, "timeline", "[\"ab12\"]");
        const auto rows = m_store->returns().answers(r.key);
        QCOMPARE(rows.size(), std::size_t(4));
        QCOMPARE(rows[0].path, std::string("seen_alone"));
        QCOMPARE(rows[0].value, std::string("\"partly\""));
        QCOMPARE(m_store->returns().find(r.key)->updatedAt, m_clock.now);
        QCOMPARE(seen.events.front(), std::string("added 1"));
        QCOMPARE(seen.events[1], std::string("answer seen_alone"));
        m_store->removeObserver(&seen);
    }

    void clearingARepeatEntryLeavesItsNeighbours()
    {
        const auto r = m_store->returns().create(earlyHelpDraft());
        m_store->returns().setAnswers(r.key, {{"timeline/ab12/time", "\"07:30\""},
                                              {"timeline/ab12/what", "\"wakes\""},
                                              {"timeline/ab123/time", "\"08:00\""}, // shares a prefix, not an entry
                                              {"timeline_note", "\"x\""}});
        m_store->returns().clearAnswersUnder(r.key, "timeline/ab12");
        const auto rows = m_store->returns().answers(r.key);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].path, std::string("timeline/ab123/time"));
        QCOMPARE(rows[1].path, std::string("timeline_note"));
        m_store->returns().clearAnswer(r.key, "timeline_note");
        QCOMPARE(m_store->returns().answers(r.key).size(), std::size_t(1));
    }

    void submitFreezesAndQueues()
    {
        RecordingObserver seen;
        const auto r = m_store->returns().create(earlyHelpDraft());
        m_store->returns().setAnswer(r.key, "q", "\"yes\"");
        m_store->addObserver(&seen);
        m_store->returns().submit(r.key, R"({"q":"yes"})");
        const auto after = m_store->returns().find(r.key);
        QCOMPARE(store::toString(after->status), std::string("submitted"));
        QCOMPARE(after->submittedAt.value(), m_clock.now);
        QCOMPARE(m_store->returns().frozenAnswers(r.key).value(), std::string(R"({"q":"yes"})"));
        QCOMPARE(seen.events, (std::vector<std::string>{"changed 1", "outbox"}));
        const auto item = m_store->outbox().find(r.key);
        QVERIFY(item);
        QCOMPARE(store::toString(item->state), std::string("queued"));
        QCOMPARE(m_store->outbox().counts().waiting(), 1);
        // Frozen: no further change, no second submit.
        try {
            m_store->returns().setAnswer(r.key, "q", "\"no\"");
            QFAIL("a submitted return was changed");
        } catch (const core::Error &e) {
            QCOMPARE(e.kind(), core::ErrorKind::Refused);
            QCOMPARE(std::string(e.what()),
                     std::string("This return has been submitted and can no longer be changed."));
        }
        QVERIFY_THROWS_EXCEPTION(core::Error, m_store->returns().submit(r.key, "{}"));
        QVERIFY_THROWS_EXCEPTION(core::Error, m_store->returns().clearAnswer(r.key, "q"));
        QCOMPARE(m_store->returns().answers(r.key)[0].value, std::string("\"yes\""));
        const auto log = m_store->log().recent(10);
        QCOMPARE(log.front().action, std::string("return.submitted"));
    }

    void returnSentBackReopensAsTheNextRevision()
    {
        const auto r = m_store->returns().create(earlyHelpDraft());
        m_store->returns().setAnswer(r.key, "q", "\"yes\"");
        QVERIFY_THROWS_EXCEPTION(core::Error, m_store->returns().reopen(r.key.uuid)); // a draft is not sent back
        m_store->returns().submit(r.key, R"({"q":"yes"})");
        m_store->outbox().markDelivered({r.key});
        QCOMPARE(store::toString(m_store->returns().find(r.key)->status), std::string("delivered"));
        QVERIFY_THROWS_EXCEPTION(core::Error, m_store->returns().reopen(r.key.uuid)); // approved-or-pending: no
        m_store->returns().setReview(r.key, "has_issues", std::string("Please add the strategy meeting date."));
        QCOMPARE(m_store->returns().find(r.key)->reviewComment.value(),
                 std::string("Please add the strategy meeting date."));
        const auto next = m_store->returns().reopen(r.key.uuid);
        QCOMPARE(next.key.revision, 2);
        QCOMPARE(store::toString(next.status), std::string("draft"));
        QCOMPARE(m_store->returns().answers(next.key)[0].value, std::string("\"yes\""));
        m_store->returns().setAnswer(next.key, "q", "\"partly\"");
        QCOMPARE(m_store->returns().answers(r.key)[0].value, std::string("\"yes\"")); // revision 1 unchanged
        const auto latest = m_store->returns().listLatest();
        QCOMPARE(latest.size(), std::size_t(1));
        QCOMPARE(latest[0].key.revision, 2);
        QCOMPARE(m_store->returns().count(), 2LL);
        QVERIFY_THROWS_EXCEPTION(core::Error, m_store->returns().setReview(r.key, "bogus", std::nullopt));
    }

    void outboxLifecycle()
    {
        const auto a = m_store->returns().create(earlyHelpDraft("EH-001"));
        m_clock.now += 10;
        const auto b = m_store->returns().create(earlyHelpDraft("EH-002"));
        const auto c = m_store->returns().create(earlyHelpDraft("EH-003"));
        m_store->returns().submit(a.key, "{}");
        m_clock.now += 10;
        m_store->returns().submit(b.key, "{}");
        m_clock.now += 10;
        m_store->returns().submit(c.key, "{}");
        QCOMPARE(m_store->outbox().sealedDue(m_clock.now, 10).size(), std::size_t(0)); // nothing sealed to send yet
        m_store->outbox().setEnvelope(c.key, {7});
        m_store->outbox().setEnvelope(a.key, {1, 2, 3});
        QVERIFY_THROWS_EXCEPTION(core::Error, m_store->outbox().setEnvelope(a.key, {4})); // sealed once only
        QCOMPARE(*m_store->outbox().find(a.key)->envelope, (core::Bytes{1, 2, 3}));
        m_store->outbox().recordRetry(a.key, "The server did not answer.", m_clock.now + 5000);
        auto due = m_store->outbox().sealedDue(m_clock.now, 10);
        QCOMPARE(due.size(), std::size_t(1));
        QCOMPARE(due[0].key, c.key);
        QCOMPARE(*due[0].envelope, core::Bytes{7});
        QCOMPARE(m_store->outbox().nextDue().value(), 0LL); // b and c are due at once
        m_clock.now += 5000;
        due = m_store->outbox().sealedDue(m_clock.now, 10);
        QCOMPARE(due.size(), std::size_t(2));
        QCOMPARE(due[0].key, a.key); // oldest first
        QCOMPARE(due[0].attempts, 1);
        QCOMPARE(due[0].lastError.value(), std::string("The server did not answer."));
        QCOMPARE(m_store->outbox().sealedDue(m_clock.now, 1).size(), std::size_t(1)); // at most the limit
        m_store->outbox().markFailed(b.key, "The server refused this return: wrong agency.");
        QCOMPARE(m_store->outbox().counts().failed, 1);
        m_store->outbox().markFailed(c.key, "The server refused this return: wrong agency.");
        QCOMPARE(m_store->outbox().sealedDue(m_clock.now, 10).size(), std::size_t(1));
        m_store->outbox().retry(b.key);
        QCOMPARE(store::toString(m_store->outbox().find(b.key)->state), std::string("queued"));
        m_store->outbox().retry(c.key);
        QCOMPARE(store::toString(m_store->outbox().find(c.key)->state), std::string("sealed"));
        m_store->outbox().markDelivered({a.key, b.key, c.key});
        const store::OutboxCounts counts = m_store->outbox().counts();
        QCOMPARE(counts.delivered, 3);
        QCOMPARE(counts.waiting(), 0);
        QVERIFY(!m_store->outbox().nextDue());
        QCOMPARE(store::toString(m_store->returns().find(b.key)->status), std::string("delivered"));
    }

    void queuedListsOnlyItemsWaitingToBeSealed()
    {
        const auto a = m_store->returns().create(earlyHelpDraft("EH-001"));
        m_clock.now += 10;
        const auto b = m_store->returns().create(earlyHelpDraft("EH-002"));
        m_store->returns().submit(a.key, "{}");
        m_clock.now += 10;
        m_store->returns().submit(b.key, "{}");
        QCOMPARE(m_store->outbox().queued(10), (std::vector<ReturnKey>{a.key, b.key}));
        m_store->outbox().setEnvelope(a.key, {9});
        QCOMPARE(m_store->outbox().queued(10), std::vector<ReturnKey>{b.key});
        QCOMPARE(m_store->outbox().queued(0).size(), std::size_t(0));
    }

    void retentionPurgesApprovedReturnsOnly()
    {
        const core::Millis day = 24LL * 3600 * 1000;
        auto deliver = [&](const std::string &code) {
            const auto r = m_store->returns().create(earlyHelpDraft(code));
            m_store->returns().setAnswer(r.key, "q", "\"yes\"");
            m_store->returns().submit(r.key, R"({"q":"yes"})");
            m_store->outbox().setEnvelope(r.key, {1});
            m_store->outbox().markDelivered({r.key});
            return r.key;
        };
        const ReturnKey approvedLongAgo = deliver("EH-001");
        const ReturnKey approvedRecently = deliver("EH-002");
        const ReturnKey sentBack = deliver("EH-003");
        const ReturnKey undelivered = m_store->returns().create(earlyHelpDraft("EH-004")).key;
        m_store->returns().setReview(approvedLongAgo, "approved", std::nullopt);
        m_store->returns().setReview(sentBack, "has_issues", std::string("Add the dates."));
        m_clock.now += 40 * day;
        m_store->returns().setReview(approvedRecently, "approved", std::nullopt);
        QCOMPARE(m_store->returns().find(approvedRecently)->reviewedAt.value(), m_clock.now);
        m_store->returns().setReview(approvedRecently, "approved", std::nullopt); // unchanged: time kept
        QCOMPARE(m_store->returns().find(approvedRecently)->reviewedAt.value(), m_clock.now);

        RecordingObserver seen;
        m_store->addObserver(&seen);
        QCOMPARE(m_store->returns().purgeApprovedBefore(m_clock.now - 30 * day), 1);
        m_store->removeObserver(&seen);
        QVERIFY(!m_store->returns().find(approvedLongAgo));
        QVERIFY(m_store->returns().answers(approvedLongAgo).empty());
        QVERIFY(!m_store->outbox().find(approvedLongAgo));
        QVERIFY(m_store->returns().find(approvedRecently));
        QVERIFY(m_store->returns().find(sentBack));
        QVERIFY(m_store->returns().find(undelivered));
        QCOMPARE(seen.events.front(), std::string("removed"));
        const auto log = m_store->log().recent(1);
        QCOMPARE(log[0].actor, std::string("retention"));
        QCOMPARE(log[0].subject, approvedLongAgo.uuid);
        QCOMPARE(m_store->returns().purgeApprovedBefore(m_clock.now - 30 * day), 0);
    }

    void templatesAreImmutablePerVersion()
    {
        store::TemplateRecord t{"early-help", 1, "audit", "Early Help audit", "{\"id\":1}", "aa", 0};
        m_store->templates().put(t);
        m_store->templates().put(t); // same bytes again: fine
        t.sha256 = "bb";
        QVERIFY_THROWS_EXCEPTION(core::Error, m_store->templates().put(t));
        t.version = 2;
        m_store->templates().put(t);
        QCOMPARE(m_store->templates().latest("early-help")->version, 2);
        QCOMPARE(m_store->templates().find("early-help", 1)->sha256, std::string("aa"));
        QCOMPARE(m_store->templates().list().size(), std::size_t(2));
        QVERIFY(m_store->templates().list()[0].body.empty()); // listing leaves bodies out
    }

    void assignmentsAreReplacedWhole()
    {
        RecordingObserver seen;
        m_store->addObserver(&seen);
        store::AssignmentRecord a;
        a.auditId = "audit-1";
        a.title = "Early Help, spring";
        a.agency = "police";
        a.templateId = "early-help";
        a.cases = {{"EH-003", "0-1", "Early Help"}, {"EH-001", "11-15", "Child in Need"}};
        m_store->assignments().replaceAll({a});
        auto list = m_store->assignments().list();
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(list[0].cases.size(), std::size_t(2));
        QCOMPARE(list[0].cases[0].code, std::string("EH-003")); // office order kept
        a.auditId = "audit-2";
        m_store->assignments().replaceAll({a});
        QVERIFY(!m_store->assignments().find("audit-1"));
        QCOMPARE(m_store->assignments().find("audit-2")->cases.size(), std::size_t(2));
        QCOMPARE(seen.events, (std::vector<std::string>{"assignments", "assignments"}));
        m_store->removeObserver(&seen);
    }

    void logIsAppendOnly()
    {
        m_store->log().append("office", "return.opened", "uuid/1", "panel review");
        QCOMPARE(m_store->log().recent(1)[0].action, std::string("return.opened"));
        QVERIFY_THROWS_EXCEPTION(core::Error, m_store->database().exec("DELETE FROM log"));
        QVERIFY_THROWS_EXCEPTION(core::Error, m_store->database().exec("UPDATE log SET actor='x'"));
        QCOMPARE(m_store->log().recent(5).size(), std::size_t(1));
    }

    void discardedDraftIsGoneAndLogged()
    {
        RecordingObserver seen;
        const auto r = m_store->returns().create(earlyHelpDraft());
        m_store->returns().setAnswer(r.key, "q", "\"yes\"");
        m_store->addObserver(&seen);
        m_store->returns().discardDraft(r.key);
        QVERIFY(!m_store->returns().find(r.key));
        QCOMPARE(m_store->database().scalarInt("SELECT count(*) FROM answers"), 0LL);
        QCOMPARE(seen.events, std::vector<std::string>{"removed"});
        QCOMPARE(m_store->log().recent(1)[0].action, std::string("return.deleted"));
        m_store->removeObserver(&seen);
    }

    void lockedStoreRefusesEverything()
    {
        m_store->lock();
        QVERIFY(!m_store->isOpen());
        try {
            m_store->returns();
            QFAIL("a locked store gave out a repository");
        } catch (const core::Error &e) {
            QCOMPARE(e.kind(), core::ErrorKind::Locked);
        }
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
