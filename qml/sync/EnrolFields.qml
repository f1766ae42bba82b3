// The enrolment page's fields: server address, one-time code, device name and (rarely) the office's own CA file.
// Emits edits as they are typed; Enter in the last field asks to enrol.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

ColumnLayout {
    id: root

    property string serverUrl
    property string code
    property string deviceName
    property string caFile
    property bool editable: true

    signal serverEdited(string text)
    signal codeEdited(string text)
    signal deviceNameEdited(string text)
    signal caFileRequested
    signal accepted

    spacing: Theme.spacing

    Label {
        text: qsTr("Server address")
        font.weight: Font.DemiBold
    }
    TextField {
        objectName: "enrolServer"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        text: root.serverUrl
        enabled: root.editable
        placeholderText: qsTr("https://maqa.your-partnership.org")
        Accessible.name: qsTr("Server address")
        onTextEdited: root.serverEdited(text)
    }

    Label {
        text: qsTr("Enrolment code")
        font.weight: Font.DemiBold
    }
    TextField {
        objectName: "enrolCode"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        text: root.code
        enabled: root.editable
        placeholderText: qsTr("ABCD-EFGH-JKMN-PQRS")
        font.capitalization: Font.AllUppercase
        Accessible.name: qsTr("Enrolment code")
        onTextEdited: root.codeEdited(text)
    }

    Label {
        text: qsTr("Device name (how the office will see this device)")
        font.weight: Font.DemiBold
    }
    TextField {
        objectName: "enrolDeviceName"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        text: root.deviceName
        enabled: root.editable
        Accessible.name: qsTr("Device name")
        onTextEdited: root.deviceNameEdited(text)
        onAccepted: root.accepted()
    }

    RowLayout {
        Layout.fillWidth: true

        Label {
            Layout.fillWidth: true
            text: root.caFile === "" ? qsTr("Trusting this system's certificate authorities.") : qsTr("Trusting %1").arg(root.caFile)
            elide: Text.ElideMiddle
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        ToolButton {
            objectName: "enrolChooseCa"
            text: qsTr("Office CA file…")
            enabled: root.editable
            Accessible.name: qsTr("Choose the office's certificate authority file")
            onClicked: root.caFileRequested()
        }
    }
}
