// One return in the office's list: case, agency, revision, when it was submitted and its review state.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

ItemDelegate {
    id: root

    required property string uuid
    required property int revision
    required property string caseCode
    required property string agencyName
    required property string submitted
    required property string reviewState
    required property string reviewLabel
    required property string comment
    readonly property ActionListView list: ListView.view as ActionListView

    objectName: "return:" + caseCode + ":" + agencyName
    Accessible.name: qsTr("%1 from %2, revision %3, %4").arg(caseCode).arg(agencyName).arg(revision).arg(reviewLabel)
    width: ListView.view ? ListView.view.width : 300
    onClicked: root.list.activated("open", root.uuid, String(root.revision))
    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.surfaceMuted : Theme.surface
        border.color: root.visualFocus ? Theme.accent : Theme.divider
        border.width: root.visualFocus ? 2 : 1
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.caseCode + " · " + root.agencyName + (root.revision > 1 ? qsTr(" · revision %1").arg(root.revision) : "")
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: root.comment !== "" ? qsTr("Submitted %1 · “%2”").arg(root.submitted).arg(root.comment) : qsTr("Submitted %1").arg(root.submitted)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        Label {
            objectName: "returnState:" + root.caseCode + ":" + root.agencyName
            text: root.reviewLabel
            color: Theme.reviewColor(root.reviewState)
            font.weight: Font.DemiBold
        }
    }
}
