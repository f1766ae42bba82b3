// A short text on one line (or a few, with the `multiline` appearance). Sent while typing through textEdited, which
// the controller saves after a short pause, and at once on Enter or when the field loses focus.
import QtQuick
import QtQuick.Controls
import Maqa

QuestionEditor {
    id: root

    implicitHeight: field.implicitHeight

    TextField {
        id: field

        objectName: root.namePrefix + ":text"
        width: parent.width
        implicitHeight: Theme.touchTarget
        text: typeof root.value === "string" ? root.value : ""
        readOnly: root.readOnly
        maximumLength: root.maxLength > 0 ? root.maxLength : 32767
        font.pixelSize: Theme.fontBody
        Accessible.name: root.accessibleName
        onTextEdited: root.textEdited(text)
        onEditingFinished: root.textFinished()
    }
}
