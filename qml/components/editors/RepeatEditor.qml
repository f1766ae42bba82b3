// A repeat group's own row: how many entries it has (against its minimum and maximum) and "Add entry".
// Each entry's fields follow as ordinary rows, headed by the entry's number and a remove button.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

QuestionEditor {
    id: root

    //! Entries so far.
    property int entryCount
    //! False at max_entries.
    property bool canAdd: true

    signal addRequested

    implicitHeight: row.implicitHeight

    RowLayout {
        id: row

        width: parent.width
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("%n entry(ies)", "", root.entryCount)
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }

        ActionButton {
            objectName: root.namePrefix + ":add"
            visible: !root.readOnly
            enabled: root.canAdd
            text: qsTr("Add entry")
            icon.name: "list-add"
            implicitHeight: Theme.touchTarget
            highlighted: true
            Accessible.name: qsTr("Add an entry to %1").arg(root.accessibleName)
            onClicked: root.addRequested()
        }
    }
}
