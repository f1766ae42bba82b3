// Drives the audit form through its page and the real FormController over a temporary store: start a practice audit
// (case-code check), fill every question type, relevance, validation, autosave-and-resume across a lock, submit.
import QtQuick
import QtTest
import Maqa
import MaqaTest

MaqaTestCase {
    id: testCase

    property string uuid

    name: "Audit"

    function initTestCase() {
        openWindowWithNewStore();
    }
    function cleanupTestCase() {
        window.destroy();
    }

    function test_1_startRefusesANameThenStarts() {
        const templates = TemplateCatalog.templates;
        const combo = item("startTemplate");
        combo.currentIndex = templates.findIndex(t => t.id === "early-help-audit");
        const code = item("startCaseCode");
        code.forceActiveFocus();
        code.text = "Jamie";
        code.textEdited();
        tryVerify(() => item("startCodeProblem").visible);
        verify(!item("startButton").enabled);
        code.text = "EH-2026-100";
        code.textEdited();
        tryVerify(() => item("startButton").enabled);
        click("startButton");
        tryVerify(() => find("formPage") !== null);
        verify(FormController.isOpen);
        uuid = FormController.uuid;
        compare(FormController.caseCode, "EH-2026-100");
        compare(Fixtures.storedAnswer(uuid, "case_code"), "\"EH-2026-100\"");
    }

    function test_2_choicesDatesAndNumbers() {
        activate(editor("auditor_role", "other"));
        tryVerify(() => find("question:auditor_role_other") && find("question:auditor_role_other").visible);
        compare(Fixtures.storedAnswer(uuid, "auditor_role"), "\"other\"");
        const agency = editor("agency", "combo");
        agency.currentIndex = 2;
        agency.activated(2);
        verify(Fixtures.storedAnswer(uuid, "agency") !== "");

        typeField("audit_date", "date", "2026-13-40");
        tryVerify(() => item("notes:audit_date:message").visible); // refused whole, said beside the field
        compare(Fixtures.storedAnswer(uuid, "audit_date"), "");
        typeField("audit_date", "date", "2026-11-20");
        compare(Fixtures.storedAnswer(uuid, "audit_date"), "\"2026-11-20\"");

        typeField("referral_date", "date", "2026-03-02");
        typeField("response_date", "date", "2026-03-01");
        tryVerify(() => item("notes:response_date:message").visible); // constraint: not before the referral
        typeField("response_date", "date", "2026-03-09");
        tryVerify(() => !item("notes:response_date:message").visible);
        compare(editor("timeliness_days", "calculated").text, "7");

        activate(editor("concerns_recognised", "no"));
        compare(Fixtures.storedAnswer(uuid, "concerns_recognised"), "\"no\"");
        tryVerify(() => find("question:concerns_recognised_evidence").visible); // relevance, live
        activate(editor("recognition_grade", "good"));
        compare(Fixtures.storedAnswer(uuid, "recognition_grade"), "\"good\"");

        typeField("review_count", "number", "three");
        compare(Fixtures.storedAnswer(uuid, "review_count"), "");
        typeField("review_count", "number", "4");
        compare(Fixtures.storedAnswer(uuid, "review_count"), "4");
    }

    function test_3_chipsLongTextAndIdentifierWarning() {
        activate(editor("themes", "voice_of_child"));
        activate(editor("themes", "drift"));
        compare(Fixtures.storedAnswer(uuid, "themes"), "[\"voice_of_child\",\"drift\"]");
        activate(editor("themes", "voice_of_child"));
        compare(Fixtures.storedAnswer(uuid, "themes"), "[\"drift\"]");

        const area = editor("strengths", "longtext");
        area.forceActiveFocus();
        keyClick(Qt.Key_S);
        keyClick(Qt.Key_O);
        area.text = "The boy called Jamie was seen at home.";
        compare(item("answer:strengths:counter").text, "38 / 3000");
        item("answer:themes:drift").forceActiveFocus(); // leaving the field saves at once
        compare(Fixtures.storedAnswer(uuid, "strengths"), "\"The boy called Jamie was seen at home.\"");
        tryVerify(() => item("notes:strengths:identifier").visible);
    }

    function test_4_liveRiskAndDateTime() {
        activate(editor("live_risk", "yes"));
        tryVerify(() => item("formLiveRisk").visible);
        verify(item("notes:live_risk:liveRisk").visible);
        typeField("live_risk_escalated_at", "date", "2026-11-21");
        compare(Fixtures.storedAnswer(uuid, "live_risk_escalated_at"), ""); // half a date-time waits
        typeField("live_risk_escalated_at", "time", "9:05");
        compare(Fixtures.storedAnswer(uuid, "live_risk_escalated_at"), "\"2026-11-21T09:05\"");
        activate(editor("live_risk", "no"));
        tryVerify(() => !item("formLiveRisk").visible);
    }

    function test_5_resumesWhereItWasAfterALock() {
        FormController.goToPath("drift");
        FormController.noteFocus("drift");
        const section = FormController.currentSection;
        relock();
        verify(!FormController.isOpen);
        verify(find("homePage") !== null);
        click("recent:EH-2026-100");
        tryVerify(() => find("formPage") !== null);
        compare(FormController.currentSection, section);
        compare(FormController.focusPath, "drift");
        verify(item("answer:drift:yes"));
        compare(Fixtures.storedAnswer(uuid, "themes"), "[\"drift\"]");
    }

    function test_6_submitRefusedThenSubmitted() {
        click("submitButton");
        tryVerify(() => FormController.submitRefused);
        verify(FormController.issues.count > 0);
        const first = FormController.issues.count;
        click("issue:auditor_role_other");
        tryVerify(() => !FormController.submitRefused && find("issue:auditor_role_other") === null);
        compare(FormController.focusPath, "auditor_role_other");
        FormController.fillSample();
        verify(FormController.canSubmit);
        click("submitButton");
        tryVerify(() => FormController.readOnly);
        tryCompare(SyncController, "waitingCount", 1, 5000); // the engine recounts once the outbox settles
        click("backButton");
        tryVerify(() => find("homePage") !== null);
        click("outboxButton");
        tryVerify(() => find("outbox:EH-2026-100") !== null);
        verify(first > 0);
    }
}
