// A grade picker: the template's scale (Ofsted's four by default) as full-width rows with a check mark, best grade
// first, so the scale reads top to bottom. Tapping the chosen grade again clears it.
import QtQuick
import Maqa

QuestionEditor {
    id: root

    implicitHeight: group.implicitHeight

    ChoiceGroup {
        id: group

        width: parent.width
        spacing: Theme.spacingSmall
        value: root.value
        choices: root.choices
        readOnly: root.readOnly
        namePrefix: root.namePrefix
        accessibleName: root.accessibleName
        look: ChoiceButton.Stacked
        onPicked: name => root.answered(root.value === name ? undefined : name)
    }
}
