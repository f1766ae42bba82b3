// A new audit: title, theme, period, due date and template; the case sample typed code by code (each checked: never
// a name or a date of birth) with its age band and level of need; and the agencies asked to return.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

SectionCard {
    id: root

    required property CaseDraftListModel draftCases
    required property list<string> agencySlugs
    required property list<string> agencyNames
    required property list<string> ageBands
    required property list<string> needsLevels
    required property list<string> templateIds
    required property list<string> templateTitles
    required property bool busy
    required property string caseProblem
    //! The agencies ticked, as slugs.
    property list<string> chosenAgencies: []

    signal caseAdded(string code, string ageBand, string needs)
    signal caseRemoved(int row)
    signal createRequested(string title, string theme, string period, string dueDate, string templateId, var agencies)

    function toggleAgency(slug: string) {
        const chosen = Array.from(root.chosenAgencies);
        const at = chosen.indexOf(slug);
        if (at >= 0)
            chosen.splice(at, 1);
        else
            chosen.push(slug);
        root.chosenAgencies = chosen;
    }
    function create() {
        root.createRequested(titleField.text, themeField.text, periodField.text, dueField.text, root.templateIds[templ.currentIndex] ?? "", Array.from(root.chosenAgencies));
    }

    title: qsTr("New audit")
    subtitle: qsTr("Children appear only as the case codes the office issues, with an age band and a level of need.")

    LabeledField {
        id: titleField

        name: "newAuditTitle"
        label: qsTr("Title")
        placeholder: qsTr("Early Help audit, autumn 2026")
    }
    LabeledField {
        id: themeField

        name: "newAuditTheme"
        label: qsTr("Theme")
        placeholder: qsTr("Early Help")
    }
    LabeledField {
        id: periodField

        name: "newAuditPeriod"
        label: qsTr("Period reviewed")
        placeholder: qsTr("The last 12 months, judged on the last 6")
    }
    LabeledField {
        id: dueField

        name: "newAuditDue"
        label: qsTr("Due date")
        placeholder: qsTr("2026-12-31")
    }

    ComboBox {
        id: templ

        objectName: "newAuditTemplate"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        model: root.templateTitles
        Accessible.name: qsTr("Audit template")
    }

    CaseSampleEditor {
        Layout.fillWidth: true
        draftCases: root.draftCases
        ageBands: root.ageBands
        needsLevels: root.needsLevels
        caseProblem: root.caseProblem
        onCaseAdded: (code, ageBand, needs) => root.caseAdded(code, ageBand, needs)
        onCaseRemoved: row => root.caseRemoved(row)
    }

    Label {
        text: qsTr("Agencies asked to return")
        font.weight: Font.DemiBold
    }
    ChoiceGroup {
        Layout.fillWidth: true
        namePrefix: "newAuditAgency"
        accessibleName: qsTr("Agencies asked to return")
        look: ChoiceButton.Chip
        multiple: true
        choices: Array.from(root.agencySlugs).map((slug, i) => ({name: slug, label: root.agencyNames[i]}))
        value: Array.from(root.chosenAgencies)
        onPicked: name => root.toggleAgency(name)
    }

    ActionButton {
        objectName: "newAuditCreate"
        Layout.fillWidth: true
        highlighted: true
        enabled: !root.busy
        text: root.busy ? qsTr("Creating on the server…") : qsTr("Create the audit")
        Accessible.name: qsTr("Create the audit on the server")
        onClicked: root.create()
    }
}
