// The office's audits: the list (choosing the one the other pages show), a new audit with its case sample and the
// agencies asked, and enrolment codes for an agency, each shown as text and as a QR code.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

OfficeScrollPage {
    id: root

    required property OfficeAuditListModel audits
    required property CaseDraftListModel draftCases
    required property EnrolCodeListModel enrolCodes
    required property list<string> agencySlugs
    required property list<string> agencyNames
    required property list<string> ageBands
    required property list<string> needsLevels
    required property list<string> templateIds
    required property list<string> templateTitles
    required property bool busy
    required property string caseProblem
    required property string errorMessage
    required property string message

    signal auditChosen(string auditId)
    signal caseAdded(string code, string ageBand, string needs)
    signal caseRemoved(int row)
    signal createRequested(string title, string theme, string period, string dueDate, string templateId, var agencies)
    signal codeRequested(string agency, int hours)
    signal qrSaveRequested(int row, url file)

    objectName: "auditsPage"
    heading: qsTr("Audits")

    MessageBanner {
        objectName: "auditsError"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        text: root.errorMessage
    }
    MessageBanner {
        objectName: "auditsMessage"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        kind: MessageBanner.Success
        text: root.message
    }

    // The audits and the codes stack in one column beside the long new-audit form (no gaps between them).
    ColumnLayout {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        spacing: Theme.spacingLarge

        SectionCard {
            Layout.fillWidth: true
            title: qsTr("The office's audits")
            subtitle: root.audits.count === 0 ? qsTr("None yet: create the first one.") : qsTr("Choose the audit the other pages show.")

            ActionListView {
                objectName: "auditList"
                Layout.fillWidth: true
                Layout.preferredHeight: contentHeight
                interactive: false
                spacing: Theme.spacingSmall
                model: root.audits
                Accessible.role: Accessible.List
                Accessible.name: qsTr("The office's audits")
                onActivated: (action, key) => root.auditChosen(key)

                delegate: AuditDelegate {}
            }
        }

        EnrolCodesCard {
            Layout.fillWidth: true
            enrolCodes: root.enrolCodes
            agencySlugs: root.agencySlugs
            agencyNames: root.agencyNames
            busy: root.busy
            onCodeRequested: (agency, hours) => root.codeRequested(agency, hours)
            onQrSaveRequested: (row, file) => root.qrSaveRequested(row, file)
        }
        Item {
            Layout.fillHeight: true
        }
    }

    NewAuditCard {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        draftCases: root.draftCases
        agencySlugs: root.agencySlugs
        agencyNames: root.agencyNames
        ageBands: root.ageBands
        needsLevels: root.needsLevels
        templateIds: root.templateIds
        templateTitles: root.templateTitles
        busy: root.busy
        caseProblem: root.caseProblem
        onCaseAdded: (code, ageBand, needs) => root.caseAdded(code, ageBand, needs)
        onCaseRemoved: row => root.caseRemoved(row)
        onCreateRequested: (title, theme, period, dueDate, templateId, agencies) => root.createRequested(title, theme, period, dueDate, templateId, agencies)
    }
}
