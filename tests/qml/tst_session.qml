// Drives the session through the real pages: first-run setup (mismatch and weak passphrases refused), lock,
// a wrong passphrase with its attempts-left message, and unlocking with the keyboard. One flow, in order.
import QtQuick
import QtTest
import Maqa

TestCase {
    id: testCase

    property var window

    function findByName(root, name) {
        if (!root)
            return null;
        if (root.objectName === name)
            return root;
        const children = root.children !== undefined ? root.children : [];
        for (let i = 0; i < children.length; ++i) {
            const found = findByName(children[i], name);
            if (found)
                return found;
        }
        if (root.contentItem && root.contentItem !== root) {
            const inContent = findByName(root.contentItem, name);
            if (inContent)
                return inContent;
        }
        return null;
    }
    function field(name) {
        const item = findByName(window.contentItem, name);
        verify(item, "no item named " + name);
        return item;
    }
    function typeInto(name, text) {
        const input = field(name);
        input.text = text;
    }
    function click(name) {
        const button = field(name);
        verify(button.enabled, name + " is disabled");
        mouseClick(button);
    }

    name: "Session"
    when: windowShown

    function initTestCase() {
        // Not createTemporaryObject: the window must outlive each test function of this ordered flow.
        window = Qt.createComponent("qrc:/Maqa/Main.qml").createObject(testCase);
        verify(window);
        compare(SessionController.state, SessionController.NoStore);
        waitForRendering(window.contentItem);
    }

    function cleanupTestCase() {
        window.destroy();
    }

    function test_1_setupRefusesMismatchAndWeakPassphrases() {
        verify(field("setupPage"));
        typeInto("setupPassphraseInput", "a decent long passphrase");
        typeInto("setupConfirmationInput", "a different long passphrase");
        click("setupCreate");
        compare(SessionController.errorMessage, "The two passphrases are not the same.");
        compare(field("setupError").visible, true);

        typeInto("setupPassphraseInput", "short");
        typeInto("setupConfirmationInput", "short");
        compare(field("setupStrength").score, SessionController.passphraseScore("short"));
        click("setupCreate");
        verify(SessionController.errorMessage.startsWith("The passphrase is too weak"));
        compare(SessionController.state, SessionController.NoStore);
    }

    function test_2_setupCreatesTheStore() {
        typeInto("setupPassphraseInput", "correct horse battery staple");
        typeInto("setupConfirmationInput", "correct horse battery staple");
        click("setupCreate");
        tryCompare(SessionController, "state", SessionController.Unlocked, 10000);
        // After first-run setup the role is chosen once; the practitioner's workspace follows.
        tryVerify(() => findByName(window.contentItem, "rolePractitioner") !== null, 5000);
        compare(findByName(window.contentItem, "workspace"), null);
        click("rolePractitioner");
        compare(SettingsController.role, "practitioner");
        tryVerify(() => findByName(window.contentItem, "workspace") !== null, 5000);
        compare(SessionController.errorMessage, "");
    }

    function test_3_lockHidesEverything() {
        click("lockButton");
        compare(SessionController.state, SessionController.Locked);
        verify(field("unlockPage"));
        compare(findByName(window.contentItem, "workspace"), null);
        compare(findByName(window.contentItem, "homePage"), null);
    }

    function test_4_wrongPassphraseIsRefusedWithAttemptsLeft() {
        typeInto("unlockPassphraseInput", "not the passphrase");
        click("unlockButton");
        tryCompare(SessionController, "busy", false, 10000);
        compare(SessionController.state, SessionController.Locked);
        compare(SessionController.errorMessage, "Wrong passphrase. 9 attempts left before the store on this device is erased.");
        compare(field("unlockError").text, SessionController.errorMessage);
    }

    function test_5_rightPassphraseUnlocksWithTheKeyboard() {
        const input = field("unlockPassphraseInput");
        input.forceActiveFocus();
        input.text = "correct horse battery staple";
        keyClick(Qt.Key_Return);
        tryCompare(SessionController, "state", SessionController.Unlocked, 10000);
    }
}
