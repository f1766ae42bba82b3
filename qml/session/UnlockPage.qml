// The lock screen: nothing of any record shows until the passphrase is accepted.
// Shows the controller's refusal (attempts left) and the wait after repeated failures.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Page {
    id: root

    //! True while the passphrase is being checked.
    required property bool busy
    //! The last refusal, in plain words.
    required property string errorMessage
    //! Seconds before another attempt is accepted.
    required property int retryInSeconds

    signal unlockRequested(string passphrase)

    function submit() {
        if (!root.busy && root.retryInSeconds === 0 && passphrase.text.length > 0) {
            root.unlockRequested(passphrase.text);
            passphrase.clear();
        }
    }

    objectName: "unlockPage"
    background: Rectangle {
        color: Theme.primaryDark
    }

    CardPane {
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingLarge

            Label {
                Layout.fillWidth: true
                text: qsTr("Maqa is locked")
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                color: Theme.text
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Type your passphrase to open the records on this device.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
            }

            PassphraseField {
                id: passphrase

                objectName: "unlockPassphrase"
                Layout.fillWidth: true
                placeholderText: qsTr("Passphrase")
                accessibleName: qsTr("Passphrase")
                onAccepted: root.submit()
                Component.onCompleted: focusInput()
            }

            MessageBanner {
                objectName: "unlockError"
                Layout.fillWidth: true
                text: root.errorMessage
            }

            Label {
                objectName: "unlockWait"
                Layout.fillWidth: true
                visible: root.retryInSeconds > 0
                text: qsTr("You can try again in %n second(s).", "", root.retryInSeconds)
                color: Theme.warning
            }

            ActionButton {
                objectName: "unlockButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget + Theme.spacing
                text: root.busy ? qsTr("Checking…") : qsTr("Unlock")
                enabled: !root.busy && root.retryInSeconds === 0 && passphrase.text.length > 0
                highlighted: true
                Accessible.name: qsTr("Unlock")
                onClicked: root.submit()
            }
        }
    }
}
