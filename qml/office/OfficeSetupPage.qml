// Setting up the office: its key pair (made here; only the public half leaves), connecting to the server with the
// admin token (which registers the key), and an encrypted backup of the key for a second office machine.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Maqa

OfficeScrollPage {
    id: root

    required property OfficeKeyListModel keys
    required property bool hasKey
    required property string activeKeyId
    required property bool connected
    required property string serverUrl
    required property bool busy
    required property string lastSummary
    required property string errorMessage
    required property string message

    signal createKeyRequested
    signal exportRequested(url file, string passphrase, string confirmation)
    signal importRequested(url file, string passphrase)
    signal connectRequested(string serverUrl, string token, string caFile)

    //! Writes the backup to `file` with the passphrase typed (the save dialog, and tests, call this).
    function exportBackupTo(file: url) {
        root.exportRequested(file, backup.passphrase, backup.confirmation);
    }
    //! Imports the backup at `file` with the passphrase typed.
    function importBackupFrom(file: url) {
        root.importRequested(file, backup.passphrase);
    }

    objectName: "officeSetupPage"
    heading: qsTr("Set up the office")

    MessageBanner {
        objectName: "officeSetupError"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        text: root.errorMessage
    }
    MessageBanner {
        objectName: "officeSetupMessage"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        kind: MessageBanner.Success
        text: root.errorMessage === "" ? root.message : ""
    }

    // The key and its backup stack in one column beside the server card.
    ColumnLayout {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        spacing: Theme.spacingLarge

        OfficeKeyCard {
            Layout.fillWidth: true
            keys: root.keys
            hasKey: root.hasKey
            activeKeyId: root.activeKeyId
            onCreateKeyRequested: root.createKeyRequested()
        }

        OfficeBackupCard {
            id: backup

            Layout.fillWidth: true
            hasKey: root.hasKey
            onExportChosen: exportDialog.open()
            onImportChosen: importDialog.open()
        }
        Item {
            Layout.fillHeight: true
        }
    }

    OfficeServerCard {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        connected: root.connected
        serverUrl: root.serverUrl
        busy: root.busy
        lastSummary: root.lastSummary
        onConnectRequested: (serverUrl, token, caFile) => root.connectRequested(serverUrl, token, caFile)
    }

    FileDialog {
        id: exportDialog

        title: qsTr("Save the office key backup")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("Key backups (*.json)")]
        onAccepted: root.exportBackupTo(selectedFile)
    }

    FileDialog {
        id: importDialog

        title: qsTr("Open an office key backup")
        nameFilters: [qsTr("Key backups (*.json)")]
        onAccepted: root.importBackupFrom(selectedFile)
    }
}
