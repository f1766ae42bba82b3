// The office page shown, built only while it shows, each bound to its controller: the one place the office's pages
// meet the controllers (with OfficeWorkspace.qml). Reading a return replaces the returns list until it is closed.
import QtQuick
import QtQuick.Controls
import Maqa

Loader {
    id: root

    property string current

    objectName: "officePages"
    sourceComponent: {
        switch (root.current) {
        case "setup":
            return setupComponent;
        case "returns":
            return OfficeReturnsController.viewing ? returnViewComponent : returnsComponent;
        case "completeness":
            return completenessComponent;
        case "findings":
            return findingsComponent;
        case "briefing":
            return briefingComponent;
        case "actions":
            return actionsComponent;
        case "exports":
            return exportsComponent;
        default:
            return auditsComponent;
        }
    }

    Component {
        id: setupComponent

        OfficeSetupPage {
            keys: OfficeSetupController.keys
            hasKey: OfficeSetupController.hasKey
            activeKeyId: OfficeSetupController.activeKeyId
            connected: OfficeSyncController.setUp
            serverUrl: OfficeSyncController.serverUrl
            busy: OfficeSyncController.busy
            lastSummary: OfficeSyncController.lastSummary
            errorMessage: OfficeSetupController.errorMessage !== "" ? OfficeSetupController.errorMessage : OfficeSyncController.errorMessage
            message: OfficeSetupController.message !== "" ? OfficeSetupController.message : OfficeSyncController.message
            onCreateKeyRequested: OfficeSetupController.createKey()
            onExportRequested: (file, passphrase, confirmation) => OfficeSetupController.exportBackup(file, passphrase, confirmation)
            onImportRequested: (file, passphrase) => OfficeSetupController.importBackup(file, passphrase)
            onConnectRequested: (serverUrl, token, caFile) => OfficeSyncController.connectServer(serverUrl, token, caFile)
        }
    }

    Component {
        id: auditsComponent

        AuditsPage {
            audits: OfficeAuditsController.audits
            draftCases: OfficeAuditsController.draftCases
            enrolCodes: OfficeAuditsController.enrolCodes
            agencySlugs: OfficeAuditsController.agencySlugs
            agencyNames: OfficeAuditsController.agencyNames
            ageBands: OfficeAuditsController.ageBands
            needsLevels: OfficeAuditsController.needsLevels
            templateIds: OfficeAuditsController.templateIds
            templateTitles: OfficeAuditsController.templateTitles
            busy: OfficeAuditsController.busy
            caseProblem: OfficeAuditsController.caseProblem
            errorMessage: OfficeAuditsController.errorMessage
            message: OfficeAuditsController.message
            onAuditChosen: auditId => OfficeAuditsController.currentAuditId = auditId
            onCaseAdded: (code, ageBand, needs) => OfficeAuditsController.addCase(code, ageBand, needs)
            onCaseRemoved: row => OfficeAuditsController.removeCase(row)
            onCreateRequested: (title, theme, period, dueDate, templateId, agencies) => OfficeAuditsController.createAudit(title, theme, period, dueDate, templateId, agencies)
            onCodeRequested: (agency, hours) => OfficeAuditsController.issueEnrolCode(agency, hours)
            onQrSaveRequested: (row, file) => OfficeAuditsController.saveQrImage(row, file)
        }
    }

    Component {
        id: returnsComponent

        ReturnsPage {
            returns: OfficeReturnsController.returns
            quarantine: OfficeReturnsController.quarantine
            auditTitle: OfficeAuditsController.currentTitle
            connected: OfficeSyncController.setUp
            busy: OfficeSyncController.busy
            lastSummary: OfficeSyncController.lastSummary
            errorMessage: OfficeReturnsController.errorMessage !== "" ? OfficeReturnsController.errorMessage : OfficeSyncController.errorMessage
            onPullRequested: OfficeSyncController.syncNow()
            onReturnChosen: (uuid, revision) => OfficeReturnsController.openReturn(uuid, revision)
        }
    }

    Component {
        id: returnViewComponent

        ReturnViewPage {
            returnTitle: OfficeReturnsController.viewTitle
            note: OfficeReturnsController.viewNote
            answers: OfficeReturnsController.answers
            grades: OfficeReturnsController.grades
            reviewState: OfficeReturnsController.reviewState
            reviewComment: OfficeReturnsController.reviewComment
            errorMessage: OfficeReturnsController.errorMessage
            onCloseRequested: OfficeReturnsController.closeReturn()
            onReviewRequested: (state, comment) => OfficeReturnsController.setReview(state, comment)
            onPanelGradeChosen: (question, grade) => OfficeReturnsController.setPanelGrade(question, grade)
        }
    }

    Component {
        id: completenessComponent

        CompletenessPage {
            matrix: OfficeFindingsController.completeness
            auditTitle: OfficeAuditsController.currentTitle
            problem: OfficeFindingsController.problem
        }
    }

    Component {
        id: findingsComponent

        FindingsPage {
            sectionGrades: OfficeFindingsController.sectionGrades
            agencyGrades: OfficeFindingsController.agencyGrades
            themes: OfficeFindingsController.themes
            discrepancies: OfficeFindingsController.discrepancies
            statements: OfficeFindingsController.statements
            returnCount: OfficeFindingsController.returnCount
            liveRiskText: OfficeFindingsController.liveRiskText
            problem: OfficeFindingsController.problem
            onStatementPicked: row => OfficeFindingsController.addToBriefing(row)
        }
    }

    Component {
        id: briefingComponent

        BriefingPage {
            hasBriefing: BriefingController.hasBriefing
            briefingTitle: BriefingController.title
            briefingSubtitle: BriefingController.subtitle
            backgroundText: BriefingController.backgroundText
            sampleFacts: BriefingController.sampleFacts
            worries: BriefingController.worries
            goodPractice: BriefingController.goodPractice
            themes: BriefingController.themes
            reflection: BriefingController.reflection
            links: BriefingController.links
            saveState: BriefingController.saveState
            errorMessage: BriefingController.errorMessage
            onDraftRequested: BriefingController.draft()
            onTitleEdited: text => BriefingController.setTitle(text)
            onSubtitleEdited: text => BriefingController.setSubtitle(text)
            onBackgroundEdited: text => BriefingController.setBackgroundText(text)
            onFieldEdited: (list, row, field, text) => BriefingController.setField(list, row, field, text)
            onRowAdded: list => BriefingController.addRow(list)
            onRowRemoved: (list, row) => BriefingController.removeRow(list, row)
            onEditingFinished: BriefingController.saveNow()
        }
    }

    Component {
        id: actionsComponent

        ActionPlanPage {
            actions: ActionPlanController.actions
            ownerSlugs: ActionPlanController.ownerSlugs
            ownerNames: ActionPlanController.ownerNames
            findingChoices: ActionPlanController.findingChoices
            ragNames: ActionPlanController.ragNames
            ragLabels: ActionPlanController.ragLabels
            errorMessage: ActionPlanController.errorMessage
            onAddRequested: (action, finding, owner, lead, dueDate, rag, evidence, reauditDate) => ActionPlanController.addAction(action, finding, owner, lead, dueDate, rag, evidence, reauditDate)
            onFieldEdited: (actionId, field, value) => ActionPlanController.setField(actionId, field, value)
            onRagChosen: (actionId, rag, note) => ActionPlanController.setRag(actionId, rag, note)
            onRemoveRequested: actionId => ActionPlanController.removeAction(actionId)
            onProposeRequested: ActionPlanController.proposeFromBriefing()
        }
    }

    Component {
        id: exportsComponent

        ExportsPage {
            auditTitle: OfficeAuditsController.currentTitle
            message: OfficeExportController.message
            errorMessage: OfficeExportController.errorMessage
            onPdfRequested: file => OfficeExportController.exportBriefingPdf(file)
            onHtmlRequested: file => OfficeExportController.exportBriefingHtml(file)
            onAnswersRequested: file => OfficeExportController.exportAnswersCsv(file)
            onActionPlanRequested: file => OfficeExportController.exportActionPlanCsv(file)
        }
    }
}
