// The office's key pairs: the active one (devices seal new returns to it) and older ones kept to open older returns.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

SectionCard {
    id: root

    required property OfficeKeyListModel keys
    required property bool hasKey
    required property string activeKeyId

    signal createKeyRequested

    title: qsTr("The office's key")
    subtitle: root.hasKey ? qsTr("Returns are sealed to key %1. Its secret half never leaves this encrypted store, except in a backup protected by a passphrase.").arg(root.activeKeyId) : qsTr("The office needs a key pair: devices seal every return to its public half, and only this machine can open them.")

    Repeater {
        model: root.keys

        delegate: RowLayout {
            id: keyRow

            required property string keyId
            required property string created
            required property bool active
            required property bool registered

            objectName: "officeKey:" + keyId
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · made %2").arg(keyRow.keyId).arg(keyRow.created)
                font.family: "monospace"
                elide: Text.ElideRight
            }
            Label {
                text: (keyRow.active ? qsTr("active") : qsTr("older")) + " · " + (keyRow.registered ? qsTr("registered") : qsTr("not registered yet"))
                color: keyRow.registered ? Theme.success : Theme.warning
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    ActionButton {
        objectName: "officeCreateKey"
        Layout.fillWidth: true
        highlighted: !root.hasKey
        text: root.hasKey ? qsTr("Make a new key pair (older returns still open)") : qsTr("Make the office's key pair")
        Accessible.name: text
        onClicked: root.createKeyRequested()
    }
}
