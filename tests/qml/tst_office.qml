// The partnership office's pages driven through their real controllers over a real office store filled as a pull
// fills it: set-up (key pair, encrypted backup), the case-code check, returns with quarantine shown, reading a
// return with its review and the panel's grade, completeness, findings (a tap adds a worry to the briefing), the
// briefing edited and saved, the action plan with its RAG history, and exports to files that exist and parse.
import QtQuick
import QtTest
import Maqa
import MaqaTest

MaqaTestCase {
    id: testCase

    property string auditId

    function typeText(name, text) {
        const field = item(name);
        field.forceActiveFocus();
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
        compare(field.text, text);
        return field;
    }
    function showPage(key) {
        click("officeNav:" + key);
        tryCompare(item("officeWorkspace"), "current", key);
    }

    name: "Office"

    function initTestCase() {
        window = Qt.createComponent("qrc:/Maqa/Main.qml").createObject(testCase);
        verify(window);
        SessionController.createStore(passphrase, passphrase);
        tryCompare(SessionController, "state", SessionController.Unlocked, 15000);
        click("roleOffice");
        verify(item("officeWorkspace"));
    }
    function cleanupTestCase() {
        window.destroy();
    }

    function test_1_setUpMakesTheKeyAndItsBackup() {
        verify(item("officeSetupPage")); // not connected yet: set-up comes first
        click("officeCreateKey");
        tryVerify(() => OfficeSetupController.hasKey);
        verify(item("officeKey:" + OfficeSetupController.activeKeyId));
        typeText("officeBackupPassphraseInput", "a long backup passphrase");
        typeText("officeBackupConfirmationInput", "a long backup passphrase");
        const backup = Fixtures.tempFile("office-key.json");
        item("officeSetupPage").exportBackupTo(backup); // what the save dialog calls
        compare(OfficeSetupController.errorMessage, "");
        verify(Fixtures.fileText(backup).length > 0);
        verify(Fixtures.fileText(backup).indexOf(passphrase) < 0);
    }

    function test_2_theCaseCodeCheckRefusesNames() {
        auditId = Fixtures.fillOffice();
        OfficeAuditsController.currentAuditId = auditId;
        showPage("audits");
        verify(item("audit:Early Help, autumn 2026"));
        typeText("newCaseCode", "Jamie2");
        click("newCaseAdd");
        tryVerify(() => item("newCaseProblem").visible && item("newCaseProblem").text.indexOf("name") >= 0);
        compare(OfficeAuditsController.draftCases.count, 0);
    }

    function test_3_returnsReviewAndPanelGrade() {
        showPage("returns");
        verify(item("returnsPage"));
        verify(item("quarantined:EH-2026-106").visible); // never hidden
        verify(item("quarantined:EH-2026-106").Accessible.name.indexOf("signature") >= 0);
        click("return:EH-2026-101:Children's Social Care");
        verify(item("returnViewPage"));
        tryVerify(() => OfficeReturnsController.answers.count > 10);
        click("review:has_issues");
        const comment = item("reviewComment");
        comment.forceActiveFocus();
        comment.text = "Please add the dates of the strategy meetings.";
        click("reviewSave");
        tryCompare(OfficeReturnsController, "reviewState", "has_issues");
        compare(OfficeReturnsController.reviewComment, "Please add the dates of the strategy meetings.");

        const question = OfficeReturnsController.grades.data(OfficeReturnsController.grades.index(0, 0), Qt.UserRole + 1);
        const grade = item("panelGrade:" + question);
        grade.forceActiveFocus();
        grade.currentIndex = 1; // the first grade after "not moderated"
        grade.activated(1);
        tryVerify(() => OfficeReturnsController.grades.data(OfficeReturnsController.grades.index(0, 0), Qt.UserRole + 5) !== "");

        click("returnViewClose");
        verify(item("returnsPage"));
        tryVerify(() => item("returnState:EH-2026-101:Children's Social Care").text.indexOf("issues") >= 0);
    }

    function test_4_completenessShowsEveryCell() {
        showPage("completeness");
        verify(item("completenessPage"));
        verify(item("completenessSummary").text.indexOf("21 of 24") >= 0);
        tryVerify(() => find("cell:6:2") !== null);
        verify(item("cell:6:2").Accessible.name.length > 0);
    }

    function test_5_findingsAddAWorryToTheBriefing() {
        showPage("findings");
        verify(item("findingsPage"));
        verify(item("sectionGradeChart"));
        verify(item("agencyGradeChart"));
        compare(OfficeFindingsController.returnCount, 21);
        verify(OfficeFindingsController.themes.count > 0);
        const statement = item("statement:0");
        verify(statement.Accessible.name.indexOf("add to the briefing") >= 0);
        activate(statement); // the keyboard picks it (the list is below the fold of the test window)
        tryVerify(() => item("statement:0").Accessible.name.indexOf("in the briefing") >= 0);
        verify(BriefingController.hasBriefing);
    }

    function test_6_briefingIsEditedAndSaved() {
        showPage("briefing");
        verify(item("briefingPage"));
        const background = item("briefingBackground");
        background.forceActiveFocus();
        background.text = "Six children, four agencies, autumn 2026.";
        item("briefingTitle").forceActiveFocus(); // leaving the field saves it
        tryCompare(BriefingController, "backgroundText", "Six children, four agencies, autumn 2026.");
        BriefingController.saveNow();
        tryVerify(() => item("briefingSaveState").text.indexOf("Saved") >= 0);
    }

    function test_7_actionPlanKeepsTheRagHistory() {
        showPage("actions");
        verify(item("actionPlanPage"));
        typeText("newActionText", "Share strategy minutes with police within a day");
        click("newActionAdd");
        tryCompare(ActionPlanController.actions, "count", 1);
        typeText("action:0:ragNote", "Minutes template agreed");
        click("action:0:rag:amber");
        tryCompare(item("action:0:rag:amber"), "chosen", true);
        tryVerify(() => item("action:0:history").text.indexOf("Minutes template agreed") >= 0);
    }

    function test_8_exportsWriteFilesThatParse() {
        showPage("exports");
        const page = item("exportsPage");
        const pdf = Fixtures.tempFile("briefing.pdf");
        page.exportTo("pdf", pdf);
        tryVerify(() => Fixtures.fileText(pdf).indexOf("%PDF") === 0, 20000);
        const html = Fixtures.tempFile("briefing.html");
        page.exportTo("html", html);
        verify(Fixtures.fileText(html).indexOf("Six children, four agencies") >= 0);
        const answers = Fixtures.tempFile("answers.csv");
        page.exportTo("answers", answers);
        compare(Fixtures.csvRows(answers), 22);
        const plan = Fixtures.tempFile("plan.csv");
        page.exportTo("actions", plan);
        compare(Fixtures.csvRows(plan), 2);
        tryVerify(() => item("exportMessage").visible);
    }
}
