// Adding an action: what will be done, the finding it answers, the owning agency and lead, due date, RAG, evidence
// and re-audit date.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

SectionCard {
    id: root

    required property list<string> ownerSlugs
    required property list<string> ownerNames
    required property list<string> findingChoices
    required property list<string> ragNames
    required property list<string> ragLabels

    signal addRequested(string action, string finding, string owner, string lead, string dueDate, string rag, string evidence, string reauditDate)

    title: qsTr("Add an action")

    GridLayout {
        Layout.fillWidth: true
        columns: width > 700 ? 2 : 1
        columnSpacing: Theme.spacingLarge

        LabeledField {
            id: action

            name: "newActionText"
            label: qsTr("Action")
            placeholder: qsTr("What will be done")
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                text: qsTr("Finding it answers")
                font.weight: Font.DemiBold
            }
            ComboBox {
                id: finding

                objectName: "newActionFinding"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                editable: true
                model: root.findingChoices
                Accessible.name: qsTr("Finding it answers")
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                text: qsTr("Owning agency")
                font.weight: Font.DemiBold
            }
            ComboBox {
                id: owner

                objectName: "newActionOwner"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                model: root.ownerNames
                Accessible.name: qsTr("Owning agency")
            }
        }
        LabeledField {
            id: lead

            name: "newActionLead"
            label: qsTr("Lead (a role)")
            placeholder: qsTr("Head of Early Help")
        }
        LabeledField {
            id: due

            name: "newActionDue"
            label: qsTr("Due date")
            placeholder: qsTr("2027-03-31")
        }
        LabeledField {
            id: reaudit

            name: "newActionReaudit"
            label: qsTr("Re-audit date")
            placeholder: qsTr("2027-09-30")
        }
        LabeledField {
            id: evidence

            name: "newActionEvidence"
            label: qsTr("Evidence of progress")
            placeholder: qsTr("What will show it worked")
        }
        ChoiceGroup {
            id: rag

            property string chosen: "red"

            Layout.fillWidth: true
            namePrefix: "newActionRag"
            accessibleName: qsTr("RAG status")
            choices: Array.from(root.ragNames).map((name, i) => ({name: name, label: root.ragLabels[i]}))
            value: chosen
            onPicked: name => rag.chosen = name
        }
    }

    ActionButton {
        objectName: "newActionAdd"
        Layout.fillWidth: true
        highlighted: true
        enabled: action.text.trim() !== ""
        text: qsTr("Add the action")
        Accessible.name: text
        onClicked: {
            root.addRequested(action.text, finding.editText, root.ownerSlugs[owner.currentIndex] ?? "", lead.text, due.text, rag.chosen, evidence.text, reaudit.text);
            action.text = "";
        }
    }
}
