// The action plan after the briefing: each action with its linked finding, owning agency, lead, due date, RAG,
// evidence and re-audit date, edited in place; RAG changes keep a dated history that shows under each action.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

OfficeScrollPage {
    id: root

    required property ActionListModel actions
    required property list<string> ownerSlugs
    required property list<string> ownerNames
    required property list<string> findingChoices
    required property list<string> ragNames
    required property list<string> ragLabels
    required property string errorMessage

    signal addRequested(string action, string finding, string owner, string lead, string dueDate, string rag, string evidence, string reauditDate)
    signal fieldEdited(string actionId, string field, string value)
    signal ragChosen(string actionId, string rag, string note)
    signal removeRequested(string actionId)
    signal proposeRequested

    objectName: "actionPlanPage"
    heading: qsTr("Action plan")

    MessageBanner {
        objectName: "actionPlanError"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        text: root.errorMessage
    }

    SectionCard {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        title: qsTr("%n action(s)", "", root.actions.count)
        subtitle: root.actions.count === 0 ? qsTr("No actions yet: propose one per theme of the briefing, or add your own.") : qsTr("Edit a field and leave it to save; a RAG change is kept with its date.")

        ActionButton {
            objectName: "actionPropose"
            text: qsTr("Propose actions from the briefing's themes")
            Accessible.name: text
            onClicked: root.proposeRequested()
        }

        ActionsView {
            objectName: "actionList"
            Layout.fillWidth: true
            Layout.preferredHeight: contentHeight
            model: root.actions
            ragChoices: Array.from(root.ragNames).map((name, i) => ({name: name, label: root.ragLabels[i]}))
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Actions")
            onFieldEdited: (actionId, field, value) => root.fieldEdited(actionId, field, value)
            onRagChosen: (actionId, rag, note) => root.ragChosen(actionId, rag, note)
            onRemoveRequested: actionId => root.removeRequested(actionId)

            delegate: ActionDelegate {}
        }
    }

    NewActionCard {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        ownerSlugs: root.ownerSlugs
        ownerNames: root.ownerNames
        findingChoices: root.findingChoices
        ragNames: root.ragNames
        ragLabels: root.ragLabels
        onAddRequested: (action, finding, owner, lead, dueDate, rag, evidence, reauditDate) => root.addRequested(action, finding, owner, lead, dueDate, rag, evidence, reauditDate)
    }
}
