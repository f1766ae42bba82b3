// The review of the return being read: its state (a comment is needed with "has issues": the practitioner reads it)
// and, for each graded section, the panel's agreed grade beside the agency's own.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Rectangle {
    id: root

    required property PanelGradeListModel grades
    required property string reviewState
    required property string reviewComment
    required property string errorMessage

    signal reviewRequested(string state, string comment)
    signal panelGradeChosen(string question, string grade)

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    Flickable {
        id: flick

        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        contentHeight: column.implicitHeight
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column

            width: flick.width
            spacing: Theme.spacing

            Label {
                text: qsTr("Review")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }

            ChoiceGroup {
                id: states

                property string chosen: root.reviewState

                Layout.fillWidth: true
                namePrefix: "review"
                accessibleName: qsTr("Review state")
                choices: [{name: "received", label: qsTr("Received")}, {name: "has_issues", label: qsTr("Has issues")}, {name: "approved", label: qsTr("Approved")}]
                value: chosen
                onPicked: name => states.chosen = name
            }

            TextArea {
                id: comment

                objectName: "reviewComment"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                visible: states.chosen === "has_issues"
                text: root.reviewComment
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("What needs correcting: the practitioner reads this.")
                Accessible.name: qsTr("Comment for the practitioner")
            }

            ActionButton {
                objectName: "reviewSave"
                Layout.fillWidth: true
                highlighted: true
                enabled: states.chosen !== "" && states.chosen !== "not_reviewed"
                text: qsTr("Save the review")
                Accessible.name: qsTr("Save the review")
                onClicked: root.reviewRequested(states.chosen, states.chosen === "has_issues" ? comment.text : "")
            }

            MessageBanner {
                objectName: "reviewError"
                Layout.fillWidth: true
                text: root.errorMessage
            }

            Label {
                Layout.topMargin: Theme.spacingLarge
                visible: root.grades.count > 0
                text: qsTr("Panel grades")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }

            ActionListView {
                objectName: "panelGrades"
                Layout.fillWidth: true
                Layout.preferredHeight: contentHeight
                interactive: false
                spacing: Theme.spacing
                model: root.grades
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Panel grades")
                onActivated: (action, key, detail) => root.panelGradeChosen(key, detail)

                delegate: PanelGradeDelegate {}
            }
        }
    }
}
