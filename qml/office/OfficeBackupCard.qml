// An encrypted backup of the office key: to keep apart from this machine, and to open returns on a second office
// machine. The passphrase protects the file; without it the backup is useless, so it is typed twice.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

SectionCard {
    id: root

    required property bool hasKey
    readonly property string passphrase: first.text
    readonly property string confirmation: second.text

    signal exportChosen
    signal importChosen

    title: qsTr("Key backup")
    subtitle: qsTr("Export an encrypted copy of the key to a file, or import one made on another office machine.")

    PassphraseField {
        id: first

        objectName: "officeBackupPassphrase"
        Layout.fillWidth: true
        placeholderText: qsTr("Backup passphrase")
        accessibleName: qsTr("Backup passphrase")
    }

    PassphraseField {
        id: second

        objectName: "officeBackupConfirmation"
        Layout.fillWidth: true
        placeholderText: qsTr("Type it again (export)")
        accessibleName: qsTr("Confirm backup passphrase")
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            objectName: "officeExportBackup"
            Layout.fillWidth: true
            enabled: root.hasKey && first.text !== ""
            text: qsTr("Export backup…")
            Accessible.name: qsTr("Export an encrypted backup of the office key")
            onClicked: root.exportChosen()
        }
        ActionButton {
            objectName: "officeImportBackup"
            Layout.fillWidth: true
            enabled: first.text !== ""
            text: qsTr("Import backup…")
            Accessible.name: qsTr("Import an office key backup")
            onClicked: root.importChosen()
        }
    }
}
