// Tests of the office's briefings and action plans in a real SQLCipher store: the briefing saved and read back, actions
// added, changed and removed in order, and the RAG history dated, kept after removal and refused any rewrite.
#include "support/OfficeFixtures.h"

#include "../store/StoreTestSupport.h"
#include "core/util/Error.h"
#include "core/util/Uuid.h"
#include "store/db/Database.h"
#include "store/office/BriefingRepository.h"
#include "store/office/OfficeStore.h"
#include "store/repos/LogRepository.h"

#include <QTest>

using namespace maqa;
using namespace maqa::test;
namespace off = maqa::core::office;
using store::office::OfficeStore;

namespace {
const std::string kAudit = "5b2f1d40-8a0c-4e55-9f1a-0c3e7d2b6a19";
}

class TestOfficePlanStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    ManualClock m_clock;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<OfficeStore> m_office;

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        m_store = store::Store::create(std::filesystem::path(m_tmp.path().toStdString()) / core::newUuid(), kPassphrase,
                                       fastOptions(m_clock.clock()));
        m_office = std::make_unique<OfficeStore>(*m_store);
    }
    void cleanup()
    {
        m_office.reset();
        m_store.reset();
    }

    void briefingAndActionPlanWithRagHistory()
    {
        auto &briefings = m_office->briefings();
        off::Briefing b;
        b.auditId = kAudit;
        b.title = "Learning briefing";
        b.worries = {"Minutes did not reach schools."};
        briefings.saveBriefing(b, "office");
        QCOMPARE(*briefings.briefing(kAudit), b);
        QVERIFY(!briefings.briefing("other"));

        off::ActionItem item;
        item.auditId = kAudit;
        item.action = "Send strategy minutes to schools within 2 days";
        item.finding = "Information sharing";
        item.owner = "csc";
        item.lead = "Head of Early Help";
        item.dueDate = "2027-03-31";
        item.reauditDate = "2027-09-30";
        const off::ActionItem added = briefings.addAction(item, "office");
        QVERIFY(core::isUuid(added.id));
        off::ActionItem second = item;
        second.action = "Second action";
        briefings.addAction(second, "office");
        QCOMPARE(briefings.actions(kAudit).size(), std::size_t(2));
        QCOMPARE(briefings.actions(kAudit)[0].id, added.id);

        off::ActionItem changed = added;
        m_clock.now += 86'400'000;
        changed.rag = off::Rag::Amber;
        briefings.updateAction(changed, "subgroup", "minutes template agreed");
        changed.evidence = "Audit of 20 strategy discussions";
        briefings.updateAction(changed, "subgroup"); // no RAG change, no history line
        m_clock.now += 86'400'000;
        changed.rag = off::Rag::Green;
        briefings.updateAction(changed, "subgroup", "re-audit shows 19 of 20");
        QCOMPARE(briefings.actions(kAudit)[0], changed);
        const auto history = briefings.ragHistory(added.id);
        QCOMPARE(history.size(), std::size_t(3));
        QCOMPARE_ENUM(history[0].rag, off::Rag::Red);
        QCOMPARE_ENUM(history[1].rag, off::Rag::Amber);
        QCOMPARE(history[1].note, std::string("minutes template agreed"));
        QCOMPARE_ENUM(history[2].rag, off::Rag::Green);
        QCOMPARE(history[2].at - history[1].at, core::Millis(86'400'000));
        QVERIFY_THROWS_EXCEPTION(core::Error, m_store->database().exec("UPDATE office_action_rag SET rag='red'"));
        QVERIFY_THROWS_EXCEPTION(core::Error, m_store->database().exec("DELETE FROM office_action_rag"));

        briefings.removeAction(added.id, "office");
        QCOMPARE(briefings.actions(kAudit).size(), std::size_t(1));
        QCOMPARE(briefings.ragHistory(added.id).size(), std::size_t(3)); // the history outlives the action
        off::ActionItem bad = item;
        bad.dueDate = "tomorrow";
        QVERIFY_THROWS_EXCEPTION(core::Error, briefings.addAction(bad, "office"));
        QVERIFY_THROWS_EXCEPTION(core::Error, briefings.updateAction(added, "office"));
    }

    void briefingSavesAreLogged()
    {
        off::Briefing b;
        b.auditId = kAudit;
        m_office->briefings().saveBriefing(b, "office: A. Editor");
        const auto log = m_store->log().recent(1);
        QCOMPARE(log.front().action, std::string("briefing.saved"));
        QCOMPARE(log.front().actor, std::string("office: A. Editor"));
        QVERIFY_THROWS_EXCEPTION(core::Error, m_office->briefings().saveBriefing(off::Briefing{}, "office"));
    }
};

QTEST_GUILESS_MAIN(TestOfficePlanStore)
#include "tst_office_plan_store.moc"
