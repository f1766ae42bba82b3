// One outbox item: the return (case code, template, revision), when it was submitted, its state and last error.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Pane {
    id: root

    required property string caseCode
    required property string title
    required property int revision
    required property string state
    required property string stateLabel
    required property int attempts
    required property string lastError
    required property string queued

    objectName: "outbox:" + caseCode
    width: ListView.view ? ListView.view.width : 300
    padding: Theme.spacingLarge
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1 for %2, %3").arg(title).arg(caseCode).arg(stateLabel)
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: root.state === "failed" ? Theme.error : Theme.divider
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 2

        RowLayout {
            Layout.fillWidth: true

            Label {
                Layout.fillWidth: true
                text: root.caseCode + " · " + root.title + (root.revision > 1 ? qsTr(" · revision %1").arg(root.revision) : "")
                elide: Text.ElideRight
                font.weight: Font.DemiBold
            }
            Label {
                objectName: "outboxState:" + root.caseCode
                text: root.stateLabel
                color: root.state === "failed" ? Theme.error : root.state === "delivered" ? Theme.success : Theme.warning
            }
        }
        Label {
            text: qsTr("Submitted %1 · %n attempt(s)", "", root.attempts).arg(root.queued)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Label {
            Layout.fillWidth: true
            visible: root.lastError !== ""
            text: root.lastError
            wrapMode: Text.Wrap
            color: Theme.error
            font.pixelSize: Theme.fontSmall
        }
    }
}
