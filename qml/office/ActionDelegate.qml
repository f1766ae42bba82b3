// One action of the plan, edited in place (a field saves when it is left), its RAG status with a note for the
// history, the history itself (oldest first), and removing it. Changes leave through the ActionsView it is in.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Pane {
    id: root

    required property int index
    required property string actionId
    required property string action
    required property string finding
    required property string owner
    required property string ownerName
    required property string lead
    required property string dueDate
    required property string rag
    required property string ragLabel
    required property string evidence
    required property string reauditDate
    required property list<string> history
    readonly property ActionsView actions: ListView.view as ActionsView
    readonly property string prefix: "action:" + index

    function edit(field: string, value: string) {
        if (root.actions)
            root.actions.fieldEdited(root.actionId, field, value);
    }

    objectName: root.prefix
    width: ListView.view ? ListView.view.width : 300
    padding: Theme.spacingLarge
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, owned by %3, due %4").arg(action).arg(ragLabel).arg(ownerName).arg(dueDate)
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.ragColor(root.rag)
        border.width: 2
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        GridLayout {
            id: fieldsGrid

            Layout.fillWidth: true
            columns: width > 700 ? 3 : 1
            columnSpacing: Theme.spacing

            ActionFieldEditor {
                Layout.columnSpan: fieldsGrid.columns
                prefix: root.prefix
                field: "action"
                label: qsTr("Action")
                value: root.action
                onEdited: (field, value) => root.edit(field, value)
            }
            ActionFieldEditor {
                Layout.columnSpan: fieldsGrid.columns
                prefix: root.prefix
                field: "finding"
                label: qsTr("Finding it answers")
                value: root.finding
                onEdited: (field, value) => root.edit(field, value)
            }
            ActionFieldEditor {
                prefix: root.prefix
                field: "owner"
                label: root.ownerName === "" ? qsTr("Owning agency (its short name, e.g. csc, police)") : qsTr("Owning agency (%1)").arg(root.ownerName)
                value: root.owner
                onEdited: (field, value) => root.edit(field, value)
            }
            ActionFieldEditor {
                prefix: root.prefix
                field: "lead"
                label: qsTr("Lead")
                value: root.lead
                onEdited: (field, value) => root.edit(field, value)
            }
            ActionFieldEditor {
                prefix: root.prefix
                field: "dueDate"
                label: qsTr("Due date")
                value: root.dueDate
                onEdited: (field, value) => root.edit(field, value)
            }
            ActionFieldEditor {
                Layout.columnSpan: fieldsGrid.columns > 1 ? 2 : 1
                prefix: root.prefix
                field: "evidence"
                label: qsTr("Evidence")
                value: root.evidence
                onEdited: (field, value) => root.edit(field, value)
            }
            ActionFieldEditor {
                prefix: root.prefix
                field: "reauditDate"
                label: qsTr("Re-audit date")
                value: root.reauditDate
                onEdited: (field, value) => root.edit(field, value)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ChoiceGroup {
                Layout.fillWidth: true
                namePrefix: root.prefix + ":rag"
                accessibleName: qsTr("RAG status of %1").arg(root.action)
                choices: root.actions ? root.actions.ragChoices : []
                value: root.rag
                onPicked: name => {
                    if (root.actions)
                        root.actions.ragChosen(root.actionId, name, note.text);
                    note.clear();
                }
            }
            TextField {
                id: note

                objectName: root.prefix + ":ragNote"
                Layout.preferredWidth: 260
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Why the status changes (kept)")
                Accessible.name: qsTr("Note for the RAG change")
            }
        }

        Label {
            objectName: root.prefix + ":history"
            Layout.fillWidth: true
            text: qsTr("History: %1").arg(Array.from(root.history).join("  →  "))
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }

        ToolButton {
            objectName: root.prefix + ":remove"
            text: qsTr("Remove from the plan")
            Accessible.name: qsTr("Remove %1 from the plan").arg(root.action)
            onClicked: {
                if (root.actions)
                    root.actions.removeRequested(root.actionId);
            }
        }
    }
}
