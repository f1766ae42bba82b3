// The heading above an audit's cases: its title, then theme, period and due date.
import QtQuick
import QtQuick.Controls
import Maqa

Column {
    id: root

    required property string section

    width: parent ? parent.width : 300
    topPadding: Theme.spacing
    bottomPadding: Theme.spacingSmall

    Label {
        width: parent.width
        text: root.section.split("\n")[0]
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        color: Theme.primary
        wrapMode: Text.Wrap
    }
    Label {
        width: parent.width
        text: root.section.split("\n")[1] || ""
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
}
