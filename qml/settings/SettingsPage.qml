// Settings: the text size (kept inside the encrypted store) with a live preview, and locking the app now.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Page {
    id: root

    required property real textScale
    required property string dataDirectory
    required property int idleLockSeconds

    signal textScaleRequested(real scale)
    signal lockRequested

    objectName: "settingsPage"
    background: Rectangle {
        color: Theme.background
    }

    CardPane {
        width: Math.min(parent.width - 2 * Theme.margin, 640)

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingLarge

            Label {
                text: qsTr("Settings")
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
            }

            Label {
                text: qsTr("Text size")
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
            }

            ChoiceGroup {
                Layout.fillWidth: true
                namePrefix: "textScale"
                accessibleName: qsTr("Text size")
                choices: [{name: "0.9", label: qsTr("Smaller")}, {name: "1", label: qsTr("Standard")}, {name: "1.2", label: qsTr("Larger")}, {name: "1.4", label: qsTr("Largest")}]
                value: String(Math.round(root.textScale * 10) / 10)
                onPicked: name => root.textScaleRequested(parseFloat(name))
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("This is how answers and questions will read.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Maqa locks itself after %n minute(s) without use (the office's policy).", "", Math.round(root.idleLockSeconds / 60))
                wrapMode: Text.Wrap
                color: Theme.textMuted
            }

            ActionButton {
                objectName: "settingsLock"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                text: qsTr("Lock now")
                highlighted: true
                Accessible.name: qsTr("Lock Maqa now")
                onClicked: root.lockRequested()
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Data: %1").arg(root.dataDirectory)
                elide: Text.ElideMiddle
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
