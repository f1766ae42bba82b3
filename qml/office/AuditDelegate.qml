// One audit in the office's list: title, theme, period, due date, sample and agencies; tap to show it everywhere.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

ItemDelegate {
    id: root

    required property string auditId
    required property string title
    required property string theme
    required property string period
    required property string dueDate
    required property string cases
    required property int caseCount
    required property string agencies
    required property bool current
    readonly property ActionListView list: ListView.view as ActionListView

    objectName: "audit:" + title
    width: ListView.view ? ListView.view.width : 300
    highlighted: current
    Accessible.name: qsTr("%1, due %2%3").arg(title).arg(dueDate).arg(current ? qsTr(", shown") : "")
    onClicked: root.list.activated("choose", root.auditId, "")
    background: Rectangle {
        radius: Theme.radius
        color: root.current ? Theme.infoSurface : Theme.surface
        border.color: root.visualFocus || root.current ? Theme.primary : Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: root.title + (root.current ? qsTr("  · shown") : "")
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%1 · %2 · due %3").arg(root.theme).arg(root.period).arg(root.dueDate === "" ? qsTr("—") : root.dueDate)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%n case(s): %1", "", root.caseCount).arg(root.cases)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Agencies: %1").arg(root.agencies)
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
}
