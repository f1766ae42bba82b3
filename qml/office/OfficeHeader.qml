// The office's header: which audit the pages show (a chooser), the office sync's honest status, "Sync now", lock.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Maqa

ToolBar {
    id: root

    required property OfficeAuditListModel auditTitles
    required property string currentAuditId
    required property string statusText
    required property bool busy
    required property bool setUp

    signal auditChosen(string auditId)
    signal syncRequested
    signal lockRequested

    Material.foreground: Theme.textOnPrimary
    background: Rectangle {
        implicitHeight: Theme.touchTarget + Theme.spacing
        color: Theme.primary
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Label {
            text: qsTr("Maqa · Office")
            font.pixelSize: Theme.fontTitle
            color: Theme.textOnPrimary
        }

        ComboBox {
            id: chooser

            objectName: "officeAuditChooser"
            Layout.preferredWidth: Math.min(360, root.width / 4)
            visible: root.auditTitles.count > 0
            model: root.auditTitles
            textRole: "title"
            valueRole: "auditId"
            currentIndex: indexOfValue(root.currentAuditId)
            Accessible.name: qsTr("Audit shown")
            onActivated: index => root.auditChosen(valueAt(index))
        }

        Label {
            objectName: "officeSyncStatus"
            Layout.fillWidth: true
            text: root.statusText
            elide: Text.ElideRight
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontSmall
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Office sync: %1").arg(root.statusText)
        }

        ToolButton {
            objectName: "officeSyncNow"
            visible: root.setUp
            enabled: !root.busy
            text: root.busy ? qsTr("Syncing…") : qsTr("Sync now")
            Accessible.name: qsTr("Sync with the server now")
            onClicked: root.syncRequested()
        }

        ToolButton {
            objectName: "lockButton"
            text: qsTr("Lock")
            Accessible.name: qsTr("Lock Maqa")
            onClicked: root.lockRequested()
        }
    }
}
