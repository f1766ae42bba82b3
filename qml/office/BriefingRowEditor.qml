// One row of a briefing list: its fields (text areas that grow; one, two or three of them) and a remove button.
// Edits leave as they are typed, through the list the row belongs to.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

RowLayout {
    id: root

    required property int index
    required property string text
    required property string second
    required property string third
    readonly property BriefingRowsView rows: ListView.view as BriefingRowsView
    readonly property int fields: rows ? rows.fieldLabels.length : 1

    function label(field: int): string {
        return root.rows && field < root.fields ? root.rows.fieldLabels[field] : "";
    }
    function edited(field: int, value: string) {
        if (root.rows)
            root.rows.fieldEdited(root.index, field, value);
    }
    function finished() {
        if (root.rows)
            root.rows.editingFinished();
    }

    width: ListView.view ? ListView.view.width : 300
    spacing: Theme.spacing

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        TextArea {
            objectName: (root.rows ? root.rows.prefix : "") + ":" + root.index + ":0"
            Layout.fillWidth: true
            text: root.text
            wrapMode: TextEdit.Wrap
            font.weight: root.fields > 1 ? Font.DemiBold : Font.Normal
            placeholderText: root.label(0)
            Accessible.name: root.label(0) + " " + (root.index + 1)
            onTextChanged: {
                if (activeFocus)
                    root.edited(0, text);
            }
            onEditingFinished: root.finished()
        }
        TextArea {
            objectName: (root.rows ? root.rows.prefix : "") + ":" + root.index + ":1"
            Layout.fillWidth: true
            visible: root.fields > 1
            text: root.second
            wrapMode: TextEdit.Wrap
            placeholderText: root.label(1)
            Accessible.name: root.label(1) + " " + (root.index + 1)
            onTextChanged: {
                if (activeFocus)
                    root.edited(1, text);
            }
            onEditingFinished: root.finished()
        }
        TextArea {
            objectName: (root.rows ? root.rows.prefix : "") + ":" + root.index + ":2"
            Layout.fillWidth: true
            visible: root.fields > 2
            text: root.third
            wrapMode: TextEdit.Wrap
            placeholderText: root.label(2)
            Accessible.name: root.label(2) + " " + (root.index + 1)
            onTextChanged: {
                if (activeFocus)
                    root.edited(2, text);
            }
            onEditingFinished: root.finished()
        }
    }

    ToolButton {
        objectName: (root.rows ? root.rows.prefix : "") + ":" + root.index + ":remove"
        text: qsTr("Remove")
        Accessible.name: qsTr("Remove item %1").arg(root.index + 1)
        onClicked: {
            if (root.rows)
                root.rows.removeRequested(root.index);
        }
    }
}
