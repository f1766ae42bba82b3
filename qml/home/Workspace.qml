// The unlocked app: a header with the lock button and a stack of pages starting at Home.
// Later work adds the sync status line, audits, observations and the office pages here.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Page {
    id: root

    signal lockRequested

    objectName: "workspace"

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingLarge
            anchors.rightMargin: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Maqa")
                font.pixelSize: Theme.fontTitle
                color: Theme.textOnPrimary
            }

            ToolButton {
                objectName: "lockButton"
                text: qsTr("Lock")
                Accessible.name: qsTr("Lock Maqa")
                onClicked: root.lockRequested()
            }
        }
    }

    StackView {
        id: pages

        objectName: "pages"
        anchors.fill: parent
        initialItem: HomePage {}
    }
}
