// Long free text with a length counter against max_length. Every keystroke goes to the controller, which saves
// after a short pause in typing (never per keystroke: see FormController.cpp) and at once when focus leaves.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

QuestionEditor {
    id: root

    //! Characters as the form engine counts them (code points, not UTF-16 units).
    readonly property int length: Array.from(area.text).length

    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column

        width: parent.width
        spacing: Theme.spacingSmall

        TextArea {
            id: area

            objectName: root.namePrefix + ":longtext"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget * 2
            text: typeof root.value === "string" ? root.value : ""
            readOnly: root.readOnly
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
            placeholderText: root.readOnly ? "" : qsTr("Type here…")
            Accessible.name: root.accessibleName
            background: Rectangle {
                radius: Theme.radius
                color: root.readOnly ? Theme.surfaceMuted : Theme.surface
                border.color: area.activeFocus ? Theme.primary : Theme.divider
                border.width: area.activeFocus ? 2 : 1
            }
            onTextChanged: {
                if (activeFocus && !root.readOnly)
                    root.textEdited(text);
            }
            onActiveFocusChanged: {
                if (!activeFocus)
                    root.textFinished();
            }
        }

        Label {
            objectName: root.namePrefix + ":counter"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            visible: root.maxLength > 0 && !root.readOnly
            text: qsTr("%1 / %2").arg(root.length).arg(root.maxLength)
            color: root.length > root.maxLength ? Theme.error : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            Accessible.name: qsTr("%1 of %2 characters used").arg(root.length).arg(root.maxLength)
        }
    }
}
