// An audit (or observation) form: the section list beside the questions in landscape, in a drawer in portrait;
// a header with the case code and progress; Previous / Next / Submit at the bottom. Dumb: models in, intents out.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Page {
    id: root

    required property string formTitle
    required property string caseCode
    required property string statusText
    required property real progress
    required property bool readOnly
    required property bool liveRisk
    required property bool canSubmit
    required property bool submitRefused
    required property string errorMessage
    required property string focusPath
    required property int currentSection
    required property string currentSectionTitle
    required property SectionListModel sections
    required property QuestionListModel questions
    required property IssueListModel issues
    //! Extra content above the questions (the Day-in-the-Life timeline and quotes).
    default property alias extraContent: extra.data
    //! True once the page has left the stack: its lists show nothing while it waits to be deleted.
    property bool detached: false
    readonly property bool landscape: width >= height && width >= 900

    signal answerEdited(string path, var value)
    signal textEdited(string path, string text)
    signal textFinished(string path)
    signal entryAddRequested(string group)
    signal entryRemoveRequested(string group, string entryId)
    signal focusNoted(string path)
    signal sectionRequested(int index)
    signal nextSectionRequested
    signal previousSectionRequested
    signal submitRequested
    signal pathChosen(string path)
    signal refusalDismissed

    function revealFocus() {
        root.reveal(root.focusPath);
    }
    function reveal(path: string) {
        if (path !== "")
            questionList.reveal(root.questions.rowOf(path));
    }

    objectName: "formPage"
    // The list lays the section out first; a method reference (not an arrow function) is dropped if the page goes.
    onFocusPathChanged: Qt.callLater(root.revealFocus)
    onSubmitRefusedChanged: root.submitRefused ? issuesDialog.open() : issuesDialog.close()
    Component.onCompleted: Qt.callLater(root.revealFocus)
    // Once off the stack the page lets go of the controller's models, so their next reset costs it nothing.
    StackView.onRemoved: root.detached = true
    background: Rectangle {
        color: Theme.background
    }

    Shortcut {
        sequences: ["Ctrl+PgDown", "Alt+Right"]
        onActivated: root.nextSectionRequested()
    }
    Shortcut {
        sequences: ["Ctrl+PgUp", "Alt+Left"]
        onActivated: root.previousSectionRequested()
    }

    header: FormHeader {
        formTitle: root.formTitle
        caseCode: root.caseCode
        statusText: root.statusText
        progress: root.progress
        sectionTitle: root.currentSectionTitle
        showSectionsButton: !root.landscape
        onSectionsRequested: drawer.open()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        SectionListView {
            id: sideList

            Layout.preferredWidth: 300
            Layout.fillHeight: true
            visible: root.landscape
            model: root.detached ? null : root.sections
            onChosen: index => root.sectionRequested(index)
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            visible: root.landscape
            color: Theme.divider
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            MessageBanner {
                objectName: "formLiveRisk"
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                kind: MessageBanner.Error
                text: root.liveRisk ? qsTr("Live risk flagged: a child may be at risk now. Escalate through your agency's procedures at once.") : ""
            }

            MessageBanner {
                objectName: "formError"
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                kind: MessageBanner.Error
                text: root.errorMessage
            }

            ColumnLayout {
                id: extra

                Layout.fillWidth: true
                visible: children.length > 0
            }

            QuestionListView {
                id: questionList

                Layout.fillWidth: true
                Layout.fillHeight: true
                model: root.detached ? null : root.questions
                onAnswerEdited: (path, value) => root.answerEdited(path, value)
                onTextEdited: (path, text) => root.textEdited(path, text)
                onTextFinished: path => root.textFinished(path)
                onEntryAddRequested: group => root.entryAddRequested(group)
                onEntryRemoveRequested: (group, entryId) => root.entryRemoveRequested(group, entryId)
                onFocused: path => root.focusNoted(path)
            }

            FormFooter {
                Layout.fillWidth: true
                readOnly: root.readOnly
                canSubmit: root.canSubmit
                onPreviousRequested: root.previousSectionRequested()
                onNextRequested: root.nextSectionRequested()
                onSubmitRequested: root.submitRequested()
            }
        }
    }

    Drawer {
        id: drawer

        objectName: "sectionDrawer"
        width: Math.min(root.width * 0.8, 360)
        height: root.height

        SectionListView {
            anchors.fill: parent
            model: root.detached ? null : root.sections
            onChosen: index => {
                drawer.close();
                root.sectionRequested(index);
            }
        }
    }

    SubmitIssuesDialog {
        id: issuesDialog

        objectName: "submitIssues"
        issues: root.detached ? null : root.issues
        onChosen: path => root.pathChosen(path)
        onDismissed: root.refusalDismissed()
    }
}
