// A worry or good practice the returns name: the statement, how many name it and where from; a tap adds it to the
// briefing (once).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

ItemDelegate {
    id: root

    required property int index
    required property string kind
    required property string kindLabel
    required property string statement
    required property int count
    required property string sources
    required property bool inBriefing
    readonly property ActionListView list: ListView.view as ActionListView

    objectName: "statement:" + index
    enabled: !inBriefing
    Accessible.name: qsTr("%1: %2%3").arg(kindLabel).arg(statement).arg(inBriefing ? qsTr(", in the briefing") : qsTr(", add to the briefing"))
    width: ListView.view ? ListView.view.width : 300
    onClicked: root.list.activated("pick", String(root.index), "")
    background: Rectangle {
        radius: Theme.radius
        color: root.inBriefing ? Theme.successSurface : root.down ? Theme.surfaceMuted : Theme.surface
        border.color: root.visualFocus ? Theme.accent : Theme.divider
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        Label {
            Layout.preferredWidth: 110
            text: root.kindLabel
            font.weight: Font.DemiBold
            color: root.kind === "worry" ? Theme.error : Theme.success
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.statement
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Named %n time(s) · %1", "", root.count).arg(root.sources)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
        Label {
            text: root.inBriefing ? qsTr("✓ In the briefing") : qsTr("+ Add")
            color: root.inBriefing ? Theme.success : Theme.primary
            font.weight: Font.DemiBold
        }
    }
}
