// First run: the practitioner chooses the passphrase that protects every record on this device.
// Shows the strength while typing; emits createRequested and leaves the checking to the session controller.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Page {
    id: root

    //! True while the store is being created.
    required property bool busy
    //! The last refusal, in plain words.
    required property string errorMessage
    //! Strength of the passphrase being typed (0..4) and a sentence about it.
    required property int strengthScore
    required property string strengthHint
    //! What is typed in the first field, so the navigator can judge its strength.
    readonly property string candidate: passphrase.text

    signal createRequested(string passphrase, string confirmation)

    function submit() {
        if (!root.busy)
            root.createRequested(passphrase.text, confirmation.text);
    }

    objectName: "setupPage"
    background: Rectangle {
        color: Theme.background
    }

    CardPane {
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingLarge

            Label {
                Layout.fillWidth: true
                text: qsTr("Protect this device's records")
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Everything you record in Maqa is encrypted on this device. Choose a passphrase of at least 10 characters: a few unrelated words are easy to remember and hard to guess. If it is forgotten, the records on this device cannot be recovered.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
            }

            PassphraseField {
                id: passphrase

                objectName: "setupPassphrase"
                Layout.fillWidth: true
                placeholderText: qsTr("Passphrase")
                accessibleName: qsTr("New passphrase")
                onAccepted: confirmation.focusInput()
                Component.onCompleted: focusInput()
            }

            StrengthMeter {
                objectName: "setupStrength"
                Layout.fillWidth: true
                visible: passphrase.text.length > 0
                score: root.strengthScore
                hint: root.strengthHint
            }

            PassphraseField {
                id: confirmation

                objectName: "setupConfirmation"
                Layout.fillWidth: true
                placeholderText: qsTr("Type it again")
                accessibleName: qsTr("Confirm passphrase")
                onAccepted: root.submit()
            }

            MessageBanner {
                objectName: "setupError"
                Layout.fillWidth: true
                text: root.errorMessage
            }

            ActionButton {
                objectName: "setupCreate"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget + Theme.spacing
                text: root.busy ? qsTr("Creating…") : qsTr("Create encrypted store")
                enabled: !root.busy && passphrase.text.length > 0 && confirmation.text.length > 0
                highlighted: true
                Accessible.name: qsTr("Create encrypted store")
                onClicked: root.submit()
            }
        }
    }
}
