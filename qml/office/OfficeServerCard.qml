// Connecting the office to its server: the address and the office token from `maqa-server admin init` (kept only
// in the encrypted store). Connecting registers the office key and pulls what the server holds.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Maqa

SectionCard {
    id: root

    required property bool connected
    required property string serverUrl
    required property bool busy
    required property string lastSummary

    signal connectRequested(string serverUrl, string token, string caFile)

    title: qsTr("The server")
    subtitle: root.connected ? qsTr("Connected to %1.").arg(root.serverUrl) : qsTr("Type the server's address and the office token its administrator gave you.")

    Label {
        objectName: "officeLastSummary"
        Layout.fillWidth: true
        visible: root.connected && root.lastSummary !== ""
        text: root.lastSummary
        wrapMode: Text.Wrap
        color: Theme.textMuted
    }

    TextField {
        id: address

        objectName: "officeServerUrl"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        visible: !root.connected
        placeholderText: qsTr("https://maqa.your-partnership.org")
        Accessible.name: qsTr("Server address")
    }

    TextField {
        id: token

        objectName: "officeToken"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        visible: !root.connected
        echoMode: TextInput.Password
        placeholderText: qsTr("Office token (mo1.…)")
        Accessible.name: qsTr("Office token")
        onAccepted: connect.clicked()
    }

    RowLayout {
        Layout.fillWidth: true
        visible: !root.connected

        Label {
            Layout.fillWidth: true
            text: String(caDialog.selectedFile) === "" ? qsTr("Trusting this system's certificate authorities.") : String(caDialog.selectedFile)
            elide: Text.ElideMiddle
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        ToolButton {
            objectName: "officeChooseCa"
            text: qsTr("Office CA file…")
            Accessible.name: qsTr("Choose the server's certificate authority file")
            onClicked: caDialog.open()
        }
    }

    ActionButton {
        id: connect

        objectName: "officeConnect"
        Layout.fillWidth: true
        visible: !root.connected
        enabled: !root.busy && address.text !== "" && token.text !== ""
        highlighted: true
        text: root.busy ? qsTr("Connecting…") : qsTr("Connect and register the key")
        Accessible.name: qsTr("Connect to the server and register the office key")
        onClicked: root.connectRequested(address.text, token.text, String(caDialog.selectedFile))
    }

    FileDialog {
        id: caDialog

        title: qsTr("The server's certificate authority (PEM)")
        nameFilters: [qsTr("Certificates (*.pem *.crt)")]
    }
}
