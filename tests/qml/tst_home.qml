// Drives the home page, the outbox and settings through the real controllers: assigned audits grouped with each
// case's state, opening a case (agency pre-filled), a return sent back and reopened as a new revision, the text
// size kept in the store, and locking from settings.
import QtQuick
import QtTest
import Maqa
import MaqaTest

MaqaTestCase {
    id: testCase

    name: "Home"

    function initTestCase() {
        openWindowWithNewStore();
    }
    function cleanupTestCase() {
        window.destroy();
    }

    function test_1_assignedCasesWithTheirState() {
        verify(item("syncStatus").text.indexOf("Not enrolled") === 0);
        Fixtures.seedAssignments();
        tryVerify(() => find("case:EH-2026-014") !== null);
        compare(item("caseState:EH-2026-015").text, "Not started");
        click("case:EH-2026-015");
        tryVerify(() => find("formPage") !== null);
        compare(Fixtures.storedAnswer(FormController.uuid, "agency"), "\"police\"");
        click("backButton");
        tryVerify(() => find("homePage") !== null);
        verify(item("caseState:EH-2026-015").text.indexOf("Draft") === 0);
    }

    function test_2_returnedForCorrectionReopens() {
        click("case:NG-2027-001");
        tryVerify(() => find("formPage") !== null);
        const uuid = FormController.uuid;
        FormController.fillSample();
        click("submitButton");
        tryVerify(() => FormController.readOnly);
        click("backButton");
        tryVerify(() => find("homePage") !== null);
        compare(item("caseState:NG-2027-001").text, "Submitted — waiting in the outbox");
        Fixtures.sendBack(uuid, "Please add the strategy meeting dates.");
        tryCompare(item("caseState:NG-2027-001"), "text", "Returned for correction");
        click("reopen:NG-2027-001");
        tryVerify(() => find("formPage") !== null);
        compare(FormController.revision, 2);
        verify(!FormController.readOnly);
        click("backButton");
    }

    function test_3_outboxListsTheSubmission() {
        click("outboxButton");
        tryVerify(() => find("outbox:NG-2027-001") !== null);
        compare(item("outboxState:NG-2027-001").text, "Waiting to be sealed and sent");
        click("backButton");
    }

    function test_4_textSizeAndLockFromSettings() {
        click("settingsButton");
        tryVerify(() => find("settingsPage") !== null);
        click("textScale:1.2");
        compare(SettingsController.textScale, 1.2);
        tryCompare(item("syncStatus").font, "pixelSize", Math.round(13 * 1.2)); // Theme follows the setting
        click("settingsLock");
        compare(SessionController.state, SessionController.Locked);
        compare(find("homePage"), null);
        compare(SettingsController.textScale, 1.0);
        const input = item("unlockPassphraseInput");
        input.text = passphrase;
        click("unlockButton");
        tryCompare(SessionController, "state", SessionController.Unlocked, 15000);
        compare(SettingsController.textScale, 1.2);
    }
}
