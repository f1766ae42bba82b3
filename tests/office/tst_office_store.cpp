// Tests of the office's tables in a real SQLCipher store: opened returns (each opening and each read logged, never
// with content; nothing readable on disk), the quarantine, reviews flagged to send, panel grades, audits and
// progress, key pairs and device keys, observers, and a locked store refusing every office call (briefings and
// action plans: tst_office_plan_store). Ends with the whole path: seal, open, keep, analyse from the store.
#include "support/OfficeFixtures.h"

#include "../store/StoreTestSupport.h"
#include "core/office/Analysis.h"
#include "core/util/Error.h"
#include "core/util/Uuid.h"
#include "protocol/Sealing.h"
#include "store/db/Database.h"
#include "store/db/Migrations.h"
#include "store/office/BriefingRepository.h"
#include "store/office/OfficeAuditRepository.h"
#include "store/office/OfficeKeyRepository.h"
#include "store/office/OfficeReturnRepository.h"
#include "store/office/OfficeStore.h"
#include "store/office/QuarantineRepository.h"
#include "store/office/ReviewRepository.h"
#include "store/repos/LogRepository.h"

#include <QTest>

using namespace maqa;
using namespace maqa::test;
using namespace maqa::protocol;
namespace off = maqa::core::office;
using store::office::OfficeStore;

namespace {

const std::string kAudit = "5b2f1d40-8a0c-4e55-9f1a-0c3e7d2b6a19";
const std::string kCanary = "CANARY-ANSWER-7f3a9c";

off::OpenedReturn canaryReturn(const std::string &uuid, int revision, const std::string &caseCode,
                               const std::string &agency)
{
    return openedReturn(uuid, revision, kAudit, caseCode, agency,
                        {{"worries", kCanary + " " + caseCode}, {"voice_grade", "good"}});
}

struct RecordingObserver : store::office::OfficeObserver
{
    std::vector<std::string> events;
    void returnsOpened(const std::vector<off::ReturnRef> &refs) override
    {
        events.push_back("opened " + std::to_string(refs.size()));
    }
    void quarantineChanged() override { events.push_back("quarantine"); }
    void reviewChanged(const off::ReturnRef &ref) override { events.push_back("review " + ref.text()); }
    void panelGradeChanged(const off::ReturnRef &, const std::string &q) override { events.push_back("panel " + q); }
    void auditsChanged() override { events.push_back("audits"); }
    void progressChanged() override { events.push_back("progress"); }
    void briefingChanged(const std::string &) override { events.push_back("briefing"); }
    void actionsChanged(const std::string &) override { events.push_back("actions"); }
    void keysChanged() override { events.push_back("keys"); }
    void devicesChanged() override { events.push_back("devices"); }
};

} // namespace

class TestOfficeStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::filesystem::path m_dir;
    ManualClock m_clock;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<OfficeStore> m_office;

    std::vector<store::LogEntry> logOf(const std::string &action)
    {
        std::vector<store::LogEntry> out;
        for (const store::LogEntry &e : m_store->log().recent(100000)) {
            if (e.action == action) {
                out.push_back(e);
            }
        }
        return out;
    }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = std::filesystem::path(m_tmp.path().toStdString()) / ("s" + core::newUuid().substr(0, 8));
        m_store = store::Store::create(m_dir, kPassphrase, fastOptions(m_clock.clock()));
        m_office = std::make_unique<OfficeStore>(*m_store);
    }
    void cleanup()
    {
        m_office.reset();
        m_store.reset();
    }

    void migrationTwoAddsTheOfficeTables()
    {
        QCOMPARE(m_store->schemaVersion(), store::latestSchemaVersion());
        QVERIFY(m_store->schemaVersion() >= 2);
        for (const char *table :
             {"office_returns", "office_quarantine", "office_reviews", "office_panel_grades", "office_audits",
              "office_audit_cases", "office_audit_agencies", "office_progress", "office_briefings", "office_actions",
              "office_action_rag", "office_keys", "office_devices"}) {
            QCOMPARE(m_store->database().scalarInt(std::string("SELECT count(*) FROM sqlite_master WHERE name='") +
                                                   table + "'"),
                     1LL);
        }
        QCOMPARE(m_store->integrityProblems(), std::string());
    }

    void openedReturnsAreKeptOnceAndEveryOpeningIsLogged()
    {
        RecordingObserver seen;
        m_office->addObserver(&seen);
        auto &returns = m_office->returns();
        const std::vector<off::OpenedReturn> batch = {canaryReturn("u1", 1, "EH-1", "police"),
                                                      canaryReturn("u1", 2, "EH-1", "police"),
                                                      canaryReturn("u2", 1, "EH-2", "csc")};
        QCOMPARE(returns.addOpened(batch, "office: A. Reviewer").size(), std::size_t(3));
        QCOMPARE(returns.addOpened(batch, "office: A. Reviewer").size(), std::size_t(0)); // pulled again: kept once
        QCOMPARE(returns.count(), 3LL);
        QCOMPARE(returns.revisions("u1"), (std::vector<int>{1, 2}));
        QCOMPARE(seen.events, (std::vector<std::string>{"opened 3"}));

        const auto opened = logOf("return.opened");
        QCOMPARE(opened.size(), std::size_t(3));
        QCOMPARE(opened.back().subject, std::string("u1/1"));
        QCOMPARE(opened.back().actor, std::string("office: A. Reviewer"));
        QCOMPARE(opened.back().at, m_clock.now);

        const auto list = returns.list(kAudit);
        QCOMPARE(list.size(), std::size_t(3));
        QCOMPARE(list.front().openedBy, std::string("office: A. Reviewer"));
        QVERIFY(logOf("returns.read").empty()); // listing shows no content and is not an access

        const auto latest = returns.latestForAudit(kAudit, "office: B. Analyst");
        QCOMPARE(latest.size(), std::size_t(2));
        QCOMPARE(latest[0].meta.ref, (off::ReturnRef{"u1", 2}));
        QCOMPARE(latest[0].answers.at("worries").get<std::string>(), kCanary + " EH-1");
        QCOMPARE(logOf("returns.read").size(), std::size_t(1));
        QCOMPARE(logOf("returns.read").front().subject, kAudit);

        const auto one = returns.get({"u2", 1}, "office: C. Panel");
        QVERIFY(one);
        QCOMPARE(one->meta.agency, std::string("csc"));
        QCOMPARE(logOf("return.viewed").size(), std::size_t(1));
        QVERIFY(!returns.get({"u2", 9}, "office: C. Panel"));

        for (const store::LogEntry &e : m_store->log().recent(1000)) {
            QVERIFY2((e.subject + e.detail).find(kCanary) == std::string::npos, "the log holds answer content");
        }
        m_office->removeObserver(&seen);
    }

    void nothingReadableOnDisk()
    {
        m_office->returns().addOpened(std::vector<off::OpenedReturn>{canaryReturn("u1", 1, "EH-1", "police")},
                                      "office");
        m_office.reset();
        m_store.reset(); // closes the database, flushing the WAL
        for (const auto &entry : std::filesystem::directory_iterator(m_dir)) {
            QVERIFY2(readAll(entry.path()).find(kCanary) == std::string::npos, entry.path().c_str());
        }
        m_store = store::Store::open(m_dir, kPassphrase, fastOptions(m_clock.clock()));
        m_office = std::make_unique<OfficeStore>(*m_store);
        QCOMPARE(m_office->returns().count(), 1LL);
    }

    void quarantineKeepsEachEnvelopeOnceWithItsReason()
    {
        off::Quarantined q;
        q.claimed.ref = {"u9", 1};
        q.claimed.caseCode = "EH-1";
        q.claimed.agency = "police";
        q.reason = off::QuarantineReason::SignatureInvalid;
        q.message = "Return u9/1 does not carry a valid signature.";
        q.envelopeText = "{\"format\":\"maqa-envelope/1\"}";
        off::Quarantined other = q;
        other.reason = off::QuarantineReason::UnknownDevice;
        other.envelopeText = "{\"format\":\"maqa-envelope/1\",\"x\":1}";
        auto &quarantine = m_office->quarantine();
        QCOMPARE(quarantine.add(std::vector<off::Quarantined>{q, other}, "office"), 2);
        QCOMPARE(quarantine.add(std::vector<off::Quarantined>{q}, "office"), 0);
        const auto list = quarantine.list();
        QCOMPARE(list.size(), std::size_t(2));
        QCOMPARE_ENUM(list[0].reason, off::QuarantineReason::SignatureInvalid);
        QCOMPARE(list[0].message, q.message);
        QCOMPARE(list[0].envelope, q.envelopeText);
        QCOMPARE(list[0].claimed.ref, q.claimed.ref);
        QCOMPARE(list[0].quarantinedAt, m_clock.now);
        QCOMPARE(logOf("return.quarantined").front().detail, std::string("unknown_device"));
        quarantine.release(list[0].id, "office", "signature checked with the agency");
        QCOMPARE(quarantine.count(), 1LL);
        QCOMPARE(logOf("quarantine.released").size(), std::size_t(1));
        QVERIFY_THROWS_EXCEPTION(core::Error, quarantine.release(list[0].id, "office", "again"));
    }

    void reviewsAreFlaggedToSendUntilTheServerHasThem()
    {
        m_office->returns().addOpened(std::vector<off::OpenedReturn>{canaryReturn("u1", 1, "EH-1", "police")},
                                      "office");
        auto &reviews = m_office->reviews();
        try {
            reviews.setReview({{"u1", 1}, off::ReviewState::HasIssues, "  "}, "office");
            QFAIL("has_issues without a comment was accepted");
        } catch (const core::Error &e) {
            QCOMPARE(e.kind(), core::ErrorKind::Invalid);
        }
        try {
            reviews.setReview({{"nope", 1}, off::ReviewState::Approved, ""}, "office");
            QFAIL("a review of a return never opened was accepted");
        } catch (const core::Error &e) {
            QCOMPARE(e.kind(), core::ErrorKind::NotFound);
        }
        reviews.setReview({{"u1", 1}, off::ReviewState::HasIssues, "Add the evidence for question 4."}, "office");
        auto pending = reviews.toSend();
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(pending[0].review.comment, std::string("Add the evidence for question 4."));
        const std::int64_t sentChange = pending[0].change;
        // The office changes its mind before the push confirms the first state.
        reviews.setReview({{"u1", 1}, off::ReviewState::Approved, ""}, "office");
        reviews.markSent({"u1", 1}, sentChange);
        QCOMPARE(reviews.toSend().size(), std::size_t(1)); // the newer change is still to send
        reviews.markSent({"u1", 1}, reviews.toSend()[0].change);
        QVERIFY(reviews.toSend().empty());
        QCOMPARE_ENUM(reviews.review({"u1", 1})->review.state, off::ReviewState::Approved);
        QCOMPARE(reviews.reviewsForAudit(kAudit).size(), std::size_t(1));
        QCOMPARE(logOf("review.set").size(), std::size_t(2));
    }

    void panelGradesBesideTheAgencysOwn()
    {
        m_office->returns().addOpened(std::vector<off::OpenedReturn>{canaryReturn("u1", 1, "EH-1", "police")},
                                      "office");
        auto &reviews = m_office->reviews();
        reviews.setPanelGrade({{"u1", 1}, "voice_grade", "requires_improvement"}, "panel");
        reviews.setPanelGrade({{"u1", 1}, "overall_grade", "good"}, "panel");
        reviews.setPanelGrade({{"u1", 1}, "voice_grade", "inadequate"}, "panel");
        auto grades = reviews.panelGradesForAudit(kAudit);
        QCOMPARE(grades.size(), std::size_t(2));
        QCOMPARE(grades[1].question, std::string("voice_grade"));
        QCOMPARE(grades[1].grade, std::string("inadequate"));
        reviews.setPanelGrade({{"u1", 1}, "voice_grade", ""}, "panel");
        QCOMPARE(reviews.panelGradesForAudit(kAudit).size(), std::size_t(1));
        QVERIFY_THROWS_EXCEPTION(core::Error, reviews.setPanelGrade({{"u7", 1}, "voice_grade", "good"}, "panel"));
    }

    void auditsAndProgress()
    {
        off::AuditInfo a;
        a.auditId = kAudit;
        a.title = "Early Help";
        a.theme = "Early Help";
        a.period = "12 months";
        a.dueDate = "2026-12-31";
        a.templateId = "early-help-audit";
        a.templateVersion = 1;
        a.cases = {{"EH-3", "16-17", "Child in Need"}, {"EH-1", "0-1", "Early Help"}};
        a.agencies = {"police", "csc", "gp"};
        auto &audits = m_office->audits();
        audits.save(a);
        QCOMPARE(audits.find(kAudit)->cases[0].code, std::string("EH-3")); // the office's order, not alphabetical
        QCOMPARE(audits.find(kAudit)->agencies, a.agencies);
        a.agencies = {"police"};
        audits.save(a);
        QCOMPARE(audits.list().size(), std::size_t(1));
        QCOMPARE(audits.find(kAudit)->agencies.size(), std::size_t(1));
        QVERIFY(!audits.find("missing"));
        QVERIFY_THROWS_EXCEPTION(core::Error, audits.save(off::AuditInfo{}));

        const std::vector<off::DraftProgress> drafts = {{kAudit, "EH-1", "police", "d1", "Tablet 1", "r1", 5, 40, ""},
                                                        {"other", "EH-1", "gp", "d2", "Tablet 2", "r2", 1, 40, ""}};
        audits.replaceProgress(drafts);
        QCOMPARE(audits.progress(kAudit).size(), std::size_t(1));
        QCOMPARE(audits.progress(kAudit)[0].answered, 5);
        audits.replaceProgress({});
        QVERIFY(audits.progress(kAudit).empty());
    }

    void keyPairsAndDeviceKeys()
    {
        RecordingObserver seen;
        m_office->addObserver(&seen);
        auto &keys = m_office->keys();
        QVERIFY(!keys.activeKey());
        const core::envelope::BoxKeyPair first = keys.createKey("office");
        const core::envelope::BoxKeyPair second = keys.createKey("office");
        QCOMPARE(keys.activeKey()->publicKey, second.publicKey);
        const off::OfficeKeyring ring = keys.keyring();
        QCOMPARE(ring.keyIds().size(), std::size_t(2));
        QVERIFY(ring.find(core::envelope::keyId(first.publicKey)));
        const auto infos = keys.keys();
        QCOMPARE(std::count_if(infos.begin(), infos.end(), [](const auto &k) { return k.active; }), 1L);
        keys.markRegistered(core::envelope::keyId(second.publicKey));
        QVERIFY(keys.keys()[0].registeredAt || keys.keys()[1].registeredAt);
        QVERIFY_THROWS_EXCEPTION(core::Error, keys.markRegistered("0000000000000000"));
        QCOMPARE(logOf("office_key.created").size(), std::size_t(2));

        const core::envelope::SigningKeyPair device = core::envelope::SigningKeyPair::generate();
        keys.replaceDevices(std::vector<store::office::OfficeDevice>{
            {"d1", "Police tablet", "police", device.publicKey, "2026-11-01T09:00:00Z", false, ""}});
        QCOMPARE(keys.devices().size(), std::size_t(1));
        QCOMPARE(keys.deviceKeys().at("d1").agency, std::string("police"));
        QCOMPARE(keys.deviceKeys().at("d1").signPublicKey, device.publicKey);
        QVERIFY_THROWS_EXCEPTION(core::Error, keys.replaceDevices(std::vector<store::office::OfficeDevice>{
                                                  {"d2", "Broken", "gp", core::Bytes(5, 0), "", false, ""}}));
        QCOMPARE(keys.devices().size(), std::size_t(1)); // the refused list changed nothing
        QCOMPARE(seen.events, (std::vector<std::string>{"keys", "keys", "keys", "devices"}));
        m_office->removeObserver(&seen);
    }

    void aLockedStoreRefusesEveryOfficeCall()
    {
        m_store->lock();
        const auto expectLocked = [](const std::function<void()> &call) {
            try {
                call();
            } catch (const core::Error &e) {
                return e.kind() == core::ErrorKind::Locked;
            }
            return false;
        };
        QVERIFY(expectLocked([&] { m_office->returns().count(); }));
        QVERIFY(expectLocked([&] { m_office->keys().activeKey(); }));
        QVERIFY(expectLocked([&] { m_office->reviews().toSend(); }));
        QVERIFY(expectLocked([&] { m_office->audits().list(); }));
        QVERIFY(expectLocked([&] { m_office->briefings().actions(kAudit); }));
        QVERIFY(expectLocked([&] { m_office->quarantine().list(); }));
    }

    void sealOpenKeepAndAnalyseFromTheStore()
    {
        auto &keys = m_office->keys();
        const core::envelope::BoxKeyPair officeKey = keys.createKey("office");
        SealingRig rig; // devices only: it seals to its own office key, so re-seal to the store's key below
        std::vector<store::office::OfficeDevice> devices;
        std::vector<off::SealedReturn> batch;
        for (const std::string agency : {"police", "csc"}) {
            devices.push_back(
                {rig.deviceFor(agency), agency + " tablet", agency, rig.keysFor(agency).publicKey, "", false, ""});
            for (const std::string caseCode : {"EH-1", "EH-2"}) {
                protocol::ReturnPayload p =
                    rig.payload(kAudit, caseCode, agency, sampleAnswers(earlyHelp(), caseCode, agency, 5));
                p.metadata.keyId = core::envelope::keyId(officeKey.publicKey);
                batch.push_back(
                    toSealedReturn(protocol::sealReturn(p, rig.keysFor(agency).secretKey, officeKey.publicKey)));
            }
        }
        batch.back().claimed.caseCode = "EH-9"; // swapped after sealing
        keys.replaceDevices(devices);
        off::TemplateSet templates;
        templates.add(earlyHelp());
        const off::OfficeKeyring ring = keys.keyring();
        off::OpenContext context;
        context.keys = &ring;
        context.devices = keys.deviceKeys();
        context.templates = &templates;
        context.readPayload = protocolPayloadReader();
        const off::OpenOutcome outcome = off::openReturns(batch, context);
        QCOMPARE(outcome.opened.size(), std::size_t(3));
        m_office->returns().addOpened(outcome.opened, "office");
        m_office->quarantine().add(outcome.quarantined, "office");
        QCOMPARE_ENUM(m_office->quarantine().list().front().reason, off::QuarantineReason::MetadataMismatch);

        off::AuditInfo audit;
        audit.auditId = kAudit;
        audit.cases = {{"EH-1", "0-1", ""}, {"EH-2", "5-10", ""}};
        audit.agencies = {"police", "csc"};
        const auto returns = m_office->returns().latestForAudit(kAudit, "office");
        const off::Analysis a = off::analyse(audit, *earlyHelp(), returns, {}, "2026-11-30");
        QCOMPARE(a.completeness.overall.returned, 3);
        QCOMPARE_ENUM(a.completeness.cells[1][1].state, off::CellState::NotStarted); // the quarantined one
    }
};

QTEST_GUILESS_MAIN(TestOfficeStore)
#include "tst_office_store.moc"
