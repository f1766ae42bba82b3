// Reading one return: its answers section by section (the store logged this opening), and beside them (below in
// portrait) its review — received, has issues with a comment the practitioner reads, approved — and the panel's
// agreed grade beside the agency's own for each graded section.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Page {
    id: root

    required property string returnTitle
    required property string note
    required property ReturnAnswersModel answers
    required property PanelGradeListModel grades
    required property string reviewState
    required property string reviewComment
    required property string errorMessage
    readonly property bool landscape: width >= height

    signal closeRequested
    signal reviewRequested(string state, string comment)
    signal panelGradeChosen(string question, string grade)

    objectName: "returnViewPage"
    background: Rectangle {
        color: Theme.background
    }

    Shortcut {
        sequence: "Esc"
        onActivated: root.closeRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true

            ToolButton {
                objectName: "returnViewClose"
                text: qsTr("‹ Returns")
                Accessible.name: qsTr("Back to the returns")
                onClicked: root.closeRequested()
            }
            Label {
                objectName: "returnViewTitle"
                Layout.fillWidth: true
                text: root.returnTitle
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }

        MessageBanner {
            Layout.fillWidth: true
            kind: MessageBanner.Info
            text: root.note !== "" ? qsTr("Note from the practitioner: %1").arg(root.note) : ""
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: root.landscape ? 2 : 1
            columnSpacing: Theme.spacingLarge
            rowSpacing: Theme.spacingLarge

            ReturnAnswersView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                answers: root.answers
            }

            ReviewPane {
                Layout.preferredWidth: root.landscape ? 380 : -1
                Layout.fillWidth: !root.landscape
                Layout.fillHeight: root.landscape
                Layout.preferredHeight: root.landscape ? -1 : root.height * 0.42
                grades: root.grades
                reviewState: root.reviewState
                reviewComment: root.reviewComment
                errorMessage: root.errorMessage
                onReviewRequested: (state, comment) => root.reviewRequested(state, comment)
                onPanelGradeChosen: (question, grade) => root.panelGradeChosen(question, grade)
            }
        }
    }
}
