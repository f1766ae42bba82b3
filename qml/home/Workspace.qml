// The practitioner's unlocked app and its navigator: a header (back, sync status, outbox, settings, lock) and a
// stack of pages that follows the controllers' state — a return opened in FormController shows its form, closing
// it goes home; enrolment is a page of its own, reached from home while the device is not enrolled.
// The only QML besides Main.qml that calls controllers; pages get properties in and send signals out.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Maqa

Page {
    id: root

    property bool formShown: false
    //! The navigator follows the controller: a return opened anywhere shows its form, closing it goes home.
    readonly property bool formOpen: FormController.isOpen

    signal lockRequested

    //! Opens the outbox page (header button, tests, screenshots).
    function showOutbox() {
        root.goHome();
        pages.push(outboxComponent, {}, StackView.Immediate);
    }
    //! Opens the enrolment page (the home page's "not enrolled" banner, tests, screenshots).
    function showEnrol() {
        root.goHome();
        EnrolmentController.clearMessages();
        pages.push(enrolComponent, {}, StackView.Immediate);
    }
    //! Opens the settings page.
    function showSettings() {
        root.goHome();
        pages.push(settingsComponent, {}, StackView.Immediate);
    }
    //! Back to the home page, closing any open return.
    function goHome() {
        if (FormController.isOpen)
            FormController.close();
        pages.pop(null, StackView.Immediate);
    }
    function back() {
        if (root.formShown && pages.depth === 2)
            FormController.close();
        else
            pages.pop(StackView.Immediate);
    }
    function followForm() {
        if (FormController.isOpen && !root.formShown) {
            pages.pop(null, StackView.Immediate);
            pages.push(FormController.kind === "observation" ? observationComponent : auditComponent, {}, StackView.Immediate);
            root.formShown = true;
        } else if (!FormController.isOpen && root.formShown) {
            root.formShown = false;
            pages.pop(null, StackView.Immediate);
        }
    }

    objectName: "workspace"
    onFormOpenChanged: root.followForm()


    Shortcut {
        sequence: "Alt+Home"
        enabled: pages.depth > 1
        onActivated: root.back()
    }

    header: ToolBar {
        Material.foreground: Theme.textOnPrimary
        background: Rectangle {
            implicitHeight: Theme.touchTarget + Theme.spacing
            color: Theme.primary
        }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            ToolButton {
                objectName: "backButton"
                visible: pages.depth > 1
                text: qsTr("‹ Home")
                Accessible.name: qsTr("Back to home")
                onClicked: root.back()
            }

            Label {
                text: qsTr("Maqa")
                font.pixelSize: Theme.fontTitle
                color: Theme.textOnPrimary
            }

            SyncStatusLine {
                Layout.fillWidth: true
                statusText: SyncController.statusText
                failedCount: SyncController.failedCount
                onOutboxRequested: root.showOutbox()
            }

            ToolButton {
                objectName: "settingsButton"
                text: qsTr("Settings")
                Accessible.name: qsTr("Open settings")
                onClicked: root.showSettings()
            }

            ToolButton {
                objectName: "lockButton"
                text: qsTr("Lock")
                Accessible.name: qsTr("Lock Maqa")
                onClicked: root.lockRequested()
            }
        }
    }

    StackView {
        id: pages

        objectName: "pages"
        // Pages built from Components cannot name this file's functions: their navigation requests are wired here,
        // once per page (each push builds a new page).
        onCurrentItemChanged: {
            const outbox = pages.currentItem as OutboxPage;
            if (outbox)
                outbox.enrolRequested.connect(root.showEnrol);
            const enrol = pages.currentItem as EnrolPage;
            if (enrol)
                enrol.doneRequested.connect(root.goHome);
        }
        anchors.fill: parent
        initialItem: HomePage {
            assignments: HomeController.assignments
            recent: HomeController.recent
            templates: TemplateCatalog.templates
            codeProblem: HomeController.codeProblem
            errorMessage: HomeController.errorMessage
            enrolled: SyncController.enrolled
            onEnrolRequested: root.showEnrol()
            onCaseChosen: (auditId, caseCode) => FormController.open(HomeController.startAudit(auditId, caseCode))
            onReopenRequested: uuid => FormController.open(HomeController.reopen(uuid))
            onReturnChosen: uuid => FormController.open(uuid)
            onNewReturnRequested: (templateId, caseCode) => FormController.open(HomeController.startReturn(templateId, caseCode))
            onCaseCodeEdited: code => HomeController.checkCaseCode(code)
        }
    }

    Component {
        id: auditComponent

        FormPage {
            formTitle: FormController.title
            caseCode: FormController.caseCode
            statusText: FormController.statusText
            progress: FormController.progress
            readOnly: FormController.readOnly
            liveRisk: FormController.liveRisk
            canSubmit: FormController.canSubmit
            submitRefused: FormController.submitRefused
            errorMessage: FormController.errorMessage
            focusPath: FormController.focusPath
            currentSection: FormController.currentSection
            currentSectionTitle: FormController.currentSectionTitle
            sections: FormController.sections
            questions: FormController.questions
            issues: FormController.issues
            onAnswerEdited: (path, value) => FormController.setAnswer(path, value)
            onTextEdited: (path, text) => FormController.editText(path, text)
            onTextFinished: path => FormController.commitText()
            onEntryAddRequested: group => FormController.addEntry(group)
            onEntryRemoveRequested: (group, entryId) => FormController.removeEntry(group, entryId)
            onFocusNoted: path => FormController.noteFocus(path)
            onSectionRequested: index => FormController.goToSection(index)
            onNextSectionRequested: FormController.nextSection()
            onPreviousSectionRequested: FormController.previousSection()
            onSubmitRequested: FormController.submit()
            onPathChosen: path => FormController.goToPath(path)
            onRefusalDismissed: FormController.dismissRefusal()
        }
    }

    Component {
        id: observationComponent

        ObservationPage {
            formTitle: FormController.title
            caseCode: FormController.caseCode
            statusText: FormController.statusText
            progress: FormController.progress
            readOnly: FormController.readOnly
            liveRisk: FormController.liveRisk
            canSubmit: FormController.canSubmit
            submitRefused: FormController.submitRefused
            errorMessage: FormController.errorMessage
            focusPath: FormController.focusPath
            currentSection: FormController.currentSection
            currentSectionTitle: FormController.currentSectionTitle
            sections: FormController.sections
            questions: FormController.questions
            issues: FormController.issues
            timeline: FormController.timeline
            quotes: FormController.quotes
            timelineHere: FormController.timelineHere
            quotesHere: FormController.quotesHere
            onAnswerEdited: (path, value) => FormController.setAnswer(path, value)
            onTextEdited: (path, text) => FormController.editText(path, text)
            onTextFinished: path => FormController.commitText()
            onEntryAddRequested: group => FormController.addEntry(group)
            onEntryRemoveRequested: (group, entryId) => FormController.removeEntry(group, entryId)
            onFocusNoted: path => FormController.noteFocus(path)
            onSectionRequested: index => FormController.goToSection(index)
            onNextSectionRequested: FormController.nextSection()
            onPreviousSectionRequested: FormController.previousSection()
            onSubmitRequested: FormController.submit()
            onPathChosen: path => FormController.goToPath(path)
            onRefusalDismissed: FormController.dismissRefusal()
            onTimelineEntryRequested: time => FormController.addTimelineEntry(time)
            onQuoteCaptured: (words, time, context) => FormController.addQuote(words, time, context)
        }
    }

    Component {
        id: outboxComponent

        OutboxPage {
            items: HomeController.outbox
            statusText: SyncController.statusText
            lastError: SyncController.lastError
            enrolled: SyncController.enrolled
            syncing: SyncController.syncing
            progress: SyncController.progress
            failedCount: SyncController.failedCount
            onSyncRequested: SyncController.syncNow()
            onRetryRequested: SyncController.retryFailed()
        }
    }

    Component {
        id: enrolComponent

        EnrolPage {
            serverUrl: EnrolmentController.serverUrl
            code: EnrolmentController.code
            deviceName: EnrolmentController.deviceName
            caFile: EnrolmentController.caFile
            busy: EnrolmentController.busy
            enrolled: SyncController.enrolled
            errorMessage: EnrolmentController.errorMessage
            message: EnrolmentController.message
            onServerEdited: text => EnrolmentController.serverUrl = text
            onCodeEdited: text => EnrolmentController.code = text
            onDeviceNameEdited: text => EnrolmentController.deviceName = text
            onCaFileChosen: file => EnrolmentController.caFile = file.toString()
            onImageChosen: file => EnrolmentController.readQrImage(file)
            onEnrolRequested: EnrolmentController.enrol()
        }
    }

    Component {
        id: settingsComponent

        SettingsPage {
            textScale: SettingsController.textScale
            dataDirectory: SessionController.dataDirectory
            idleLockSeconds: SessionController.idleLockSeconds
            onTextScaleRequested: scale => SettingsController.textScale = scale
            onLockRequested: SessionController.lock()
        }
    }
}
