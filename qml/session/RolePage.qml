// Asked once, after first-run setup: is this device a practitioner's (audits and observations for one agency) or
// the partnership office's (reviewing returns and writing the briefing)? The answer decides the workspace.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Page {
    id: root

    signal roleChosen(string role)

    objectName: "rolePage"
    background: Rectangle {
        color: Theme.background
    }

    CardPane {
        width: Math.min(parent.width - 2 * Theme.margin, 640)

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingLarge

            Label {
                Layout.fillWidth: true
                text: qsTr("How will this device be used?")
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Choose once. A practitioner's device is enrolled for one agency; the office's holds the key that opens every agency's returns.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
            }

            ActionButton {
                objectName: "rolePractitioner"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget * 1.5
                highlighted: true
                text: qsTr("I complete audits and observations (practitioner)")
                Accessible.name: text
                onClicked: root.roleChosen("practitioner")
            }

            ActionButton {
                objectName: "roleOffice"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget * 1.5
                text: qsTr("This is the partnership office")
                Accessible.name: text
                onClicked: root.roleChosen("office")
            }
        }
    }
}
