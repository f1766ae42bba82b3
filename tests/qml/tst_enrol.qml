// Enrolment through the real pages against a real maqa-server on loopback: the "not enrolled" banner leads to the
// enrolment page; an unreachable server is refused in plain words; a QR picture fills the server and code and
// enrols (a replayed code is tested in tests/app/tst_sync_controller); after enrolling the header and the outbox say so and "Sync now" runs.
import QtQuick
import QtTest
import Maqa
import MaqaTest

MaqaTestCase {
    id: testCase

    property string serverUrl

    function typeInto(name, text) {
        const field = item(name);
        field.forceActiveFocus();
        field.selectAll();
        keyClick(Qt.Key_Delete);
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]); // typed, so the field's binding to the controller stays
        compare(field.text, text);
    }

    name: "Enrol"

    function initTestCase() {
        serverUrl = Fixtures.startServer();
        openWindowWithNewStore();
    }
    function cleanupTestCase() {
        window.destroy();
    }

    function test_1_notEnrolledLeadsToTheEnrolmentPage() {
        compare(SyncController.enrolled, false);
        verify(item("enrolBanner").visible);
        click("homeEnrol");
        verify(item("enrolPage"));
        compare(item("enrolError").visible, false);
        click("enrolButton");
        verify(EnrolmentController.errorMessage.indexOf("Type the server address") >= 0);
        tryVerify(() => item("enrolError").visible);
    }

    function test_2_anUnreachableServerIsExplained() {
        typeInto("enrolServer", "http://127.0.0.1:9");
        typeInto("enrolCode", Fixtures.issueCode("police"));
        compare(EnrolmentController.serverUrl, "http://127.0.0.1:9");
        click("enrolButton");
        tryVerify(() => !EnrolmentController.busy, 20000);
        verify(EnrolmentController.errorMessage.indexOf("Check the server address") >= 0, EnrolmentController.errorMessage);
        compare(SyncController.enrolled, false);
    }

    function test_3_aQrPictureFillsTheFieldsAndEnrols() {
        const code = Fixtures.issueCode("police");
        // The same path as the file dialog and a dropped file.
        item("enrolPage").chooseImage(Fixtures.qrPicture(serverUrl, code));
        compare(EnrolmentController.errorMessage, "");
        compare(item("enrolServer").text, serverUrl);
        compare(item("enrolCode").text, code);
        verify(item("enrolMessage").text.indexOf(serverUrl) >= 0);
        click("enrolButton");
        tryVerify(() => SyncController.enrolled, 20000);
        compare(SyncController.agency, "police");
        compare(EnrolmentController.errorMessage, "");
        verify(item("enrolDone"));
    }

    function test_4_aPictureWithoutACodeIsExplained() {
        item("enrolPage").chooseImage(Qt.resolvedUrl("tst_enrol.qml"));
        verify(EnrolmentController.errorMessage.indexOf("could not be read as a picture") >= 0, EnrolmentController.errorMessage);
        tryVerify(() => item("enrolError").visible);
    }

    function test_5_enrolledStatusAndSyncNow() {
        click("enrolDone");
        tryVerify(() => find("homePage") !== null);
        tryCompare(item("enrolBanner"), "visible", false);
        click("outboxButton");
        verify(item("outboxPage"));
        tryVerify(() => !SyncController.syncing, 20000);
        click("outboxSyncNow");
        tryVerify(() => SyncController.lastSuccess.getTime() > 0, 20000);
        tryVerify(() => !SyncController.syncing, 20000);
        compare(SyncController.lastError, "");
        verify(item("outboxStatus").text.length > 0);
        verify(item("outboxStatus").text.indexOf("Not enrolled") < 0);
    }
}
