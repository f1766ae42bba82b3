// A touch-sized button drawn with Theme colours: filled when highlighted (the page's main action), outlined
// otherwise. Its own background keeps it visible where the style's shader-drawn elevation is not (software rendering).
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Maqa

Button {
    id: root

    implicitHeight: Theme.touchTarget
    Material.foreground: !enabled ? Theme.textMuted : highlighted ? Theme.textOnPrimary : Theme.primary

    // Material's highlighted text colour follows its own primary, not Theme's: drawn here so the filled button's label
    // is always Theme.textOnPrimary.
    contentItem: Text {
        text: root.text
        font: root.font
        color: root.Material.foreground
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: !root.enabled ? Theme.surfaceMuted : root.highlighted ? (root.down ? Theme.primaryDark : Theme.primary) : (root.down ? Theme.surfaceMuted : Theme.surface)
        border.color: root.visualFocus ? Theme.accent : root.highlighted ? Theme.primary : Theme.divider
        border.width: root.visualFocus ? 2 : 1
    }
}
