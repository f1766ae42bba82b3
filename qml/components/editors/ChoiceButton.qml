// One choice as a touch-sized button: highlighted when chosen, Space/Enter/tap to pick (the editor decides what a
// second tap means). Reads the answer and the lock from its group, the parent ChoiceGroupBase.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Maqa

Button {
    id: root

    enum Look { Segmented, Chip, Stacked }

    required property var modelData
    readonly property ChoiceGroupBase group: parent as ChoiceGroupBase
    readonly property string choiceName: modelData.name
    readonly property bool chosen: group !== null && (Array.isArray(group.value) ? group.value.indexOf(choiceName) >= 0 : group.value === choiceName)
    readonly property int look: group ? group.look : ChoiceButton.Segmented

    objectName: (group ? group.namePrefix : "") + ":" + choiceName
    text: (chosen && look !== ChoiceButton.Segmented ? "✓  " : "") + modelData.label
    width: look === ChoiceButton.Stacked && group ? Math.min(group.width, 560) : implicitWidth
    implicitHeight: Theme.touchTarget
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    enabled: group !== null && (!group.readOnly || chosen)
    Material.foreground: chosen && look === ChoiceButton.Segmented ? Theme.textOnPrimary : Theme.text
    font.pixelSize: Theme.fontBody
    font.weight: chosen ? Font.DemiBold : Font.Normal
    Accessible.role: group && group.multiple ? Accessible.CheckBox : Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: chosen
    Accessible.name: (group ? group.accessibleName + ": " : "") + modelData.label
    onClicked: {
        if (group && !group.readOnly)
            group.picked(choiceName);
    }

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        radius: root.look === ChoiceButton.Chip ? height / 2 : Theme.radius
        color: root.chosen ? (root.look === ChoiceButton.Segmented ? Theme.primary : Theme.infoSurface) : Theme.surface
        border.color: root.chosen || root.visualFocus ? Theme.primary : Theme.divider
        border.width: root.visualFocus ? 2 : 1
    }
}
