// The shared base of Maqa's QML tests: the real Main.qml window, a store created through the setup page's
// controller, and helpers to find items by objectName (also inside popups) and to reach a question's editor.
import QtQuick
import QtTest
import Maqa

TestCase {
    id: testCase

    property var window
    readonly property string passphrase: "correct horse battery staple"

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
    function find(name) {
        // The window's root item holds the content and the overlay, where open popups and dialogs live.
        return findByName(window.contentItem.parent, name);
    }
    function item(name) {
        tryVerify(() => find(name) !== null, 5000, "no item named " + name);
        return find(name);
    }
    //! Waits until `target` and its parent are laid out (Flow and Layout position children when polished).
    function settled(target) {
        tryVerify(() => target.visible && target.width > 0 && !isPolishScheduled(target) && (!target.parent || !isPolishScheduled(target.parent)), 3000);
        wait(10);
        return target;
    }
    function click(name) {
        const target = item(name);
        tryVerify(() => target.visible && target.enabled, 3000, name + " is hidden or disabled");
        mouseClick(settled(target));
    }
    //! Presses a focused control with the keyboard (Space), as a keyboard-only user would.
    function activate(target) {
        target.forceActiveFocus();
        keyClick(Qt.Key_Space);
    }
    //! The editor control of question `path` (scrolled into view through the controller).
    function editor(path, suffix) {
        FormController.goToPath(path);
        wait(50); // the page brings the question into view on the next turn of the event loop
        return settled(item("answer:" + path + ":" + suffix));
    }
    function typeField(path, suffix, text) {
        const field = editor(path, suffix);
        field.forceActiveFocus();
        field.text = text;
        field.editingFinished();
    }
    function openWindowWithNewStore() {
        window = Qt.createComponent("qrc:/Maqa/Main.qml").createObject(testCase);
        verify(window);
        SessionController.createStore(passphrase, passphrase);
        tryCompare(SessionController, "state", SessionController.Unlocked, 15000);
        click("rolePractitioner"); // the role choice that follows first-run setup
        item("workspace");
        waitForRendering(window.contentItem);
    }
    function relock() {
        click("lockButton");
        compare(SessionController.state, SessionController.Locked);
        const input = item("unlockPassphraseInput");
        input.forceActiveFocus();
        input.text = passphrase;
        keyClick(Qt.Key_Return);
        tryCompare(SessionController, "state", SessionController.Unlocked, 15000);
    }

    when: windowShown
}
