// Enrolling this device with the partnership office: the server's address and the one-time code, typed or read
// from a picture of the office's QR code (chosen with a file dialog, or dropped on the page), and a device name the
// office will recognise. Refusals (a used or expired code, no answer, a certificate that cannot be checked) show as
// the controller words them.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Maqa

Page {
    id: root

    required property string serverUrl
    required property string code
    required property string deviceName
    required property string caFile
    required property bool busy
    required property bool enrolled
    required property string errorMessage
    required property string message

    signal serverEdited(string text)
    signal codeEdited(string text)
    signal deviceNameEdited(string text)
    signal caFileChosen(url file)
    signal imageChosen(url file)
    signal enrolRequested
    signal doneRequested

    //! A picture of the QR code was chosen or dropped.
    function chooseImage(file: url) {
        root.imageChosen(file);
    }

    objectName: "enrolPage"
    background: Rectangle {
        color: Theme.background
    }

    DropArea {
        objectName: "enrolDropArea"
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (drop.hasUrls && drop.urls.length > 0)
                root.chooseImage(drop.urls[0]);
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: card.height + 2 * Theme.margin
        clip: true

        CardPane {
            id: card

            anchors.centerIn: undefined
            anchors.horizontalCenter: parent.horizontalCenter
            y: Theme.margin
            width: Math.min(root.width - 2 * Theme.margin, 640)

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingLarge

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Enrol this device")
                    font.pixelSize: Theme.fontHeadline
                    font.weight: Font.DemiBold
                }

                Label {
                    Layout.fillWidth: true
                    text: qsTr("The partnership office gives each agency a one-time enrolment code, as text or as a QR code. Choose a picture of the QR code, drop it here, or type the server address and code.")
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                }

                ActionButton {
                    objectName: "enrolChooseImage"
                    Layout.fillWidth: true
                    text: qsTr("Choose a picture of the QR code…")
                    enabled: !root.busy && !root.enrolled
                    Accessible.name: qsTr("Choose a picture of the enrolment QR code")
                    onClicked: imageDialog.open()
                }

                EnrolFields {
                    Layout.fillWidth: true
                    serverUrl: root.serverUrl
                    code: root.code
                    deviceName: root.deviceName
                    caFile: root.caFile
                    editable: !root.busy && !root.enrolled
                    onServerEdited: text => root.serverEdited(text)
                    onCodeEdited: text => root.codeEdited(text)
                    onDeviceNameEdited: text => root.deviceNameEdited(text)
                    onCaFileRequested: caDialog.open()
                    onAccepted: root.enrolRequested()
                }

                MessageBanner {
                    objectName: "enrolError"
                    Layout.fillWidth: true
                    text: root.errorMessage
                }

                MessageBanner {
                    objectName: "enrolMessage"
                    Layout.fillWidth: true
                    kind: MessageBanner.Success
                    text: root.message
                }

                ActionButton {
                    objectName: root.enrolled ? "enrolDone" : "enrolButton"
                    Layout.fillWidth: true
                    highlighted: true
                    enabled: !root.busy
                    text: root.enrolled ? qsTr("Done") : root.busy ? qsTr("Enrolling…") : qsTr("Enrol")
                    Accessible.name: root.enrolled ? qsTr("Done: back to home") : qsTr("Enrol this device")
                    onClicked: root.enrolled ? root.doneRequested() : root.enrolRequested()
                }
            }
        }
    }

    FileDialog {
        id: imageDialog

        objectName: "enrolImageDialog"
        title: qsTr("Picture of the enrolment QR code")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg)")]
        onAccepted: root.chooseImage(selectedFile)
    }

    FileDialog {
        id: caDialog

        objectName: "enrolCaDialog"
        title: qsTr("The office's certificate authority (PEM)")
        nameFilters: [qsTr("Certificates (*.pem *.crt)")]
        onAccepted: root.caFileChosen(selectedFile)
    }
}
