// The header's sync status: always honest — not enrolled, what waits, what failed — and a button to the outbox.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

RowLayout {
    id: root

    property string statusText
    property int failedCount

    signal outboxRequested

    spacing: Theme.spacing

    Label {
        objectName: "syncStatus"
        Layout.fillWidth: true
        text: root.statusText
        elide: Text.ElideRight
        color: Theme.textOnPrimary
        font.pixelSize: Theme.fontSmall
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Sync status: %1").arg(root.statusText)
    }

    ToolButton {
        objectName: "outboxButton"
        text: root.failedCount > 0 ? qsTr("Outbox (!)") : qsTr("Outbox")
        Accessible.name: qsTr("Open the outbox")
        onClicked: root.outboxRequested()
    }
}
