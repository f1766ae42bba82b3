// A passphrase input with a show/hide toggle, sized for touch; used by the setup and unlock pages.
// Emits accepted() on Enter so keyboard users never need the mouse.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

RowLayout {
    id: root

    //! The typed passphrase.
    property alias text: input.text
    //! Placeholder shown while empty.
    property alias placeholderText: input.placeholderText
    //! Name read by screen readers and used by tests.
    property string accessibleName: placeholderText

    signal accepted

    function clear() {
        input.clear();
    }
    function focusInput() {
        input.forceActiveFocus();
    }

    spacing: Theme.spacing

    TextField {
        id: input

        objectName: root.objectName + "Input"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget + Theme.spacing
        echoMode: reveal.checked ? TextInput.Normal : TextInput.Password
        // qmllint disable type property
        // (Qt 6.4's qmltypes lack Qt.InputMethodHints; the property exists and works.)
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        // qmllint enable type property
        font.pixelSize: Theme.fontLarge
        Accessible.name: root.accessibleName
        onAccepted: root.accepted()
    }

    ToolButton {
        id: reveal

        objectName: root.objectName + "Reveal"
        checkable: true
        text: checked ? qsTr("Hide") : qsTr("Show")
        Accessible.name: checked ? qsTr("Hide passphrase") : qsTr("Show passphrase")
        Layout.preferredHeight: Theme.touchTarget
    }
}
