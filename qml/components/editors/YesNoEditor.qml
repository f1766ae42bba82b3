// Segmented buttons for yes / no / partly / not applicable, and for grades and single choices with the
// `segmented` appearance. One tap answers; tapping the chosen button again clears it.
import QtQuick
import Maqa

QuestionEditor {
    id: root

    implicitHeight: group.implicitHeight

    ChoiceGroup {
        id: group

        width: parent.width
        value: root.value
        choices: root.choices
        readOnly: root.readOnly
        namePrefix: root.namePrefix
        accessibleName: root.accessibleName
        look: ChoiceButton.Segmented
        onPicked: name => root.answered(root.value === name ? undefined : name)
    }
}
