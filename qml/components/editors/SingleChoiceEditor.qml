// One choice from a list: full-width rows for short lists, a drop-down for long ones or the `minimal` appearance.
// The drop-down's first row is "Not answered" so a choice can be taken back.
import QtQuick
import QtQuick.Controls
import Maqa

QuestionEditor {
    id: root

    readonly property bool asDropDown: appearance === "minimal" || choices.length > 6

    function comboLabels(): var {
        const labels = root.choices.map(c => c.label);
        labels.unshift(qsTr("Not answered"));
        return labels;
    }

    implicitHeight: asDropDown ? combo.implicitHeight : group.implicitHeight

    ComboBox {
        id: combo

        objectName: root.namePrefix + ":combo"
        visible: root.asDropDown
        width: Math.min(parent.width, 480)
        implicitHeight: Theme.touchTarget
        enabled: !root.readOnly
        model: root.comboLabels()
        currentIndex: 1 + root.choices.findIndex(c => c.name === root.value)
        font.pixelSize: Theme.fontBody
        Accessible.name: root.accessibleName
        onActivated: index => root.answered(index === 0 ? undefined : root.choices[index - 1].name)
    }

    ChoiceGroup {
        id: group

        visible: !root.asDropDown
        width: parent.width
        spacing: Theme.spacingSmall
        value: root.value
        choices: root.asDropDown ? [] : root.choices
        readOnly: root.readOnly
        namePrefix: root.namePrefix
        accessibleName: root.accessibleName
        look: ChoiceButton.Stacked
        onPicked: name => root.answered(root.value === name ? undefined : name)
    }
}
