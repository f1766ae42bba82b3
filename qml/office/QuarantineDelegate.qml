// One quarantined return: what its envelope claimed, why it was not accepted, and when.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Pane {
    id: root

    required property string caseCode
    required property string agencyName
    required property string reason
    required property string message
    required property string when

    objectName: "quarantined:" + caseCode
    width: ListView.view ? ListView.view.width : 300
    padding: Theme.spacing
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Quarantined: %1 from %2: %3").arg(caseCode).arg(agencyName).arg(message)
    background: Rectangle {
        radius: Theme.radius
        color: Theme.errorSurface
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: qsTr("%1 · %2 (as the envelope claims) · %3").arg(root.caseCode).arg(root.agencyName).arg(root.reason)
            font.weight: Font.DemiBold
            color: Theme.error
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: root.message
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Quarantined %1").arg(root.when)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
}
