// Starting a return for a case code typed in: a Day-in-the-Life observation (baby or child) or an audit before
// assignments arrive (practice, or before enrolment). The code is checked as it is typed: never a name.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Pane {
    id: root

    //! [{id, version, kind, title}]
    property var templates: []
    property string codeProblem
    property string errorMessage
    property bool noAssignments

    signal startRequested(string templateId, string caseCode)
    signal caseCodeEdited(string code)

    function start() {
        if (code.text.trim() !== "" && root.codeProblem === "" && kind.currentIndex >= 0)
            root.startRequested(root.templates[kind.currentIndex].id, code.text.trim());
    }

    padding: Theme.spacingLarge
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.divider
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: qsTr("New observation or audit")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
        }

        Label {
            Layout.fillWidth: true
            visible: root.noAssignments
            text: qsTr("No assignments yet: you can still start an audit for a case code, for practice or before enrolment.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }

        ComboBox {
            id: kind

            objectName: "startTemplate"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            model: root.templates.map(t => t.title)
            currentIndex: Math.max(0, root.templates.findIndex(t => t.id === "ditl-child"))
            Accessible.name: qsTr("What to start")
        }

        TextField {
            id: code

            objectName: "startCaseCode"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Case code from the office, e.g. EH-2026-014")
            // qmllint disable type property
            // (Qt 6.4's qmltypes lack Qt.InputMethodHints; the property exists and works.)
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            // qmllint enable type property
            Accessible.name: qsTr("Case code")
            onTextEdited: root.caseCodeEdited(text.trim())
            onAccepted: root.start()
        }

        Label {
            objectName: "startCodeProblem"
            Layout.fillWidth: true
            visible: code.text !== "" && root.codeProblem !== ""
            text: root.codeProblem
            wrapMode: Text.Wrap
            color: Theme.error
            font.pixelSize: Theme.fontSmall
        }

        MessageBanner {
            Layout.fillWidth: true
            text: root.errorMessage
        }

        ActionButton {
            objectName: "startButton"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            text: qsTr("Start")
            highlighted: true
            enabled: code.text.trim() !== "" && root.codeProblem === ""
            Accessible.name: qsTr("Start the chosen form for this case code")
            onClicked: root.start()
        }
    }
}
