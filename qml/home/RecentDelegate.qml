// One recent return: what it is, the case code, its state and when it last changed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

ItemDelegate {
    id: root

    required property string uuid
    required property string title
    required property string caseCode
    required property string state
    required property string stateLabel
    required property string updated

    objectName: "recent:" + caseCode
    width: ListView.view ? ListView.view.width : 300
    implicitHeight: Math.max(Theme.touchTarget + Theme.spacing, contentItem.implicitHeight + Theme.spacingLarge)
    Accessible.name: qsTr("%1 for %2, %3").arg(title).arg(caseCode).arg(stateLabel)
    onClicked: (ListView.view as ActionListView).activated("open", root.uuid, "")

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.surfaceMuted : Theme.surface
        border.color: root.visualFocus ? Theme.primary : Theme.divider
        border.width: root.visualFocus ? 2 : 1
    }

    contentItem: ColumnLayout {
        spacing: 2

        RowLayout {
            Layout.fillWidth: true

            Label {
                Layout.fillWidth: true
                text: root.caseCode + " · " + root.title
                elide: Text.ElideRight
                font.weight: Font.DemiBold
            }
            Label {
                text: root.stateLabel
                color: Theme.stateColor(root.state)
                font.pixelSize: Theme.fontSmall
            }
        }
        Label {
            text: qsTr("Changed %1").arg(root.updated)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
}
