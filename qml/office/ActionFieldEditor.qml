// One field of an action, edited in place: the label above, the value in a touch-sized field; leaving the field
// saves it (when it changed).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

ColumnLayout {
    id: root

    //! The field's name as the controller knows it ("lead", "dueDate", ...).
    required property string field
    required property string label
    required property string value
    //! objectName prefix.
    property string prefix

    signal edited(string field, string value)

    Layout.fillWidth: true
    spacing: 0

    Label {
        text: root.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    TextField {
        objectName: root.prefix + ":" + root.field
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        text: root.value
        Accessible.name: root.label
        // A long action reads from its start until the office edits it.
        onTextChanged: {
            if (!activeFocus)
                cursorPosition = 0;
        }
        onActiveFocusChanged: {
            if (!activeFocus)
                cursorPosition = 0;
        }
        onEditingFinished: {
            if (text !== root.value)
                root.edited(root.field, text);
        }
    }
}
