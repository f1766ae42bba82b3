// One issued enrolment code: the code in large type, the agency, when it expires, and its QR code.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Pane {
    id: root

    required property int index
    required property string code
    required property string agencyName
    required property string expires
    required property string qrSource
    readonly property ActionListView list: ListView.view as ActionListView

    objectName: "enrolCode:" + code
    width: ListView.view ? ListView.view.width : 300
    padding: Theme.spacing
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Enrolment code %1 for %2, expires %3").arg(code).arg(agencyName).arg(expires)
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surfaceMuted
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingLarge

        Image {
            objectName: "enrolCodeQr:" + root.code
            Layout.preferredWidth: 160
            Layout.preferredHeight: 160
            source: root.qrSource
            fillMode: Image.PreserveAspectFit
            smooth: false
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of %1").arg(root.code)
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: root.code
                font.pixelSize: Theme.fontTitle
                font.family: "monospace"
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("For %1 · expires %2").arg(root.agencyName).arg(root.expires)
                wrapMode: Text.Wrap
                color: Theme.textMuted
            }
            ActionButton {
                objectName: "enrolCodeSave:" + root.code
                text: qsTr("Save QR code…")
                Accessible.name: qsTr("Save the QR code of %1 as a picture").arg(root.code)
                onClicked: root.list.activated("save", String(root.index), "")
            }
        }
    }
}
