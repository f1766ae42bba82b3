// Shown once after the store was erased (too many wrong passphrases, or the office revoked this device).
// Explains what happened and leads to a fresh setup; it cannot be undone.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Page {
    id: root

    //! Why the store was erased.
    required property string message

    signal acknowledged

    objectName: "erasedPage"
    background: Rectangle {
        color: Theme.background
    }

    CardPane {
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingLarge

            Label {
                Layout.fillWidth: true
                text: qsTr("The records on this device were erased")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                color: Theme.text
            }

            MessageBanner {
                Layout.fillWidth: true
                text: root.message
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Returns already delivered to the partnership office are safe there. Ask the office for a new enrolment code to start again.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
            }

            ActionButton {
                objectName: "erasedAcknowledge"
                Layout.fillWidth: true
                text: qsTr("Start again")
                highlighted: true
                Accessible.name: qsTr("Start again")
                onClicked: root.acknowledged()
            }
        }
    }
}
