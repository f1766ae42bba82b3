// The outbox: every submitted return with its state, attempts and the last error in plain words, under the same
// honest status line as the header.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Page {
    id: root

    required property OutboxListModel items
    required property string statusText
    required property string lastError

    objectName: "outboxPage"
    background: Rectangle {
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacingLarge

        Label {
            text: qsTr("Outbox")
            font.pixelSize: Theme.fontHeadline
            font.weight: Font.DemiBold
        }

        MessageBanner {
            objectName: "outboxStatus"
            Layout.fillWidth: true
            kind: MessageBanner.Info
            text: root.statusText
        }

        MessageBanner {
            Layout.fillWidth: true
            kind: MessageBanner.Error
            text: root.lastError !== "" ? qsTr("Last error: %1").arg(root.lastError) : ""
        }

        ListView {
            objectName: "outboxList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            model: root.items
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Returns in the outbox")
            delegate: OutboxDelegate {}

            Label {
                anchors.centerIn: parent
                visible: parent.count === 0
                text: qsTr("Nothing has been submitted yet.")
                color: Theme.textMuted
            }
        }
    }
}
