// The role chosen once after first-run setup: the partnership office's choice shows the office's workspace, is kept
// in the store's settings (it survives a lock), and the practitioner's pages never show for it.
import QtQuick
import QtTest
import Maqa

MaqaTestCase {
    id: testCase

    name: "Role"

    function initTestCase() {
        window = Qt.createComponent("qrc:/Maqa/Main.qml").createObject(testCase);
        verify(window);
        SessionController.createStore(passphrase, passphrase);
        tryCompare(SessionController, "state", SessionController.Unlocked, 15000);
    }
    function cleanupTestCase() {
        window.destroy();
    }

    function test_1_setupAsksForTheRole() {
        verify(item("rolePage"));
        compare(SettingsController.role, "");
        compare(find("workspace"), null);
        const office = item("roleOffice");
        compare(office.Accessible.name.length > 0, true);
        activate(office); // the keyboard alone chooses
        compare(SettingsController.role, "office");
        verify(item("officeWorkspace"));
        compare(find("rolePage"), null);
        compare(find("homePage"), null);
    }

    function test_2_theRoleIsKeptInTheStore() {
        SessionController.lock();
        compare(SettingsController.role, "");
        const input = item("unlockPassphraseInput");
        input.forceActiveFocus();
        input.text = passphrase;
        keyClick(Qt.Key_Return);
        tryCompare(SessionController, "state", SessionController.Unlocked, 15000);
        tryCompare(SettingsController, "role", "office");
        verify(item("officeWorkspace"));
        compare(find("rolePage"), null);
    }
}
