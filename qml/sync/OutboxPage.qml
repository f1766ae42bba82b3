// The outbox: every submitted return with its state, attempts and the last error in plain words, under the same
// honest status line as the header, with "Sync now", "Retry failed" and the progress while returns are sent.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Page {
    id: root

    required property OutboxListModel items
    required property string statusText
    required property string lastError
    required property bool enrolled
    required property bool syncing
    required property real progress
    required property int failedCount

    signal syncRequested
    signal retryRequested
    signal enrolRequested

    objectName: "outboxPage"
    background: Rectangle {
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacingLarge

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Outbox")
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
            }
            ActionButton {
                objectName: "outboxRetry"
                visible: root.failedCount > 0
                enabled: root.enrolled && !root.syncing
                text: qsTr("Retry failed")
                Accessible.name: qsTr("Retry the returns the server refused")
                onClicked: root.retryRequested()
            }
            ActionButton {
                objectName: root.enrolled ? "outboxSyncNow" : "outboxEnrol"
                highlighted: true
                enabled: !root.syncing
                text: !root.enrolled ? qsTr("Enrol this device") : root.syncing ? qsTr("Syncing…") : qsTr("Sync now")
                Accessible.name: root.enrolled ? qsTr("Sync now") : qsTr("Enrol this device")
                onClicked: root.enrolled ? root.syncRequested() : root.enrolRequested()
            }
        }

        ProgressBar {
            objectName: "outboxProgress"
            Layout.fillWidth: true
            visible: root.syncing
            indeterminate: root.progress <= 0
            value: root.progress
            Accessible.name: qsTr("Sending returns")
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
