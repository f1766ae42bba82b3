// Home: the audits assigned to this agency (each case with its state), starting an observation or a practice audit
// for a typed case code, and recent observations. Landscape puts the lists side by side; portrait stacks them.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Page {
    id: root

    required property AssignmentListModel assignments
    required property ReturnListModel recent
    //! [{id, version, kind, title}] from the template catalog.
    required property var templates
    required property string codeProblem
    required property string errorMessage
    //! False until the device is enrolled with the office: a banner leads to enrolment.
    required property bool enrolled
    readonly property bool landscape: width >= height

    signal caseChosen(string auditId, string caseCode)
    signal reopenRequested(string uuid)
    signal returnChosen(string uuid)
    signal newReturnRequested(string templateId, string caseCode)
    signal caseCodeEdited(string code)
    signal enrolRequested

    objectName: "homePage"
    background: Rectangle {
        color: Theme.background
    }

    Rectangle {
        id: enrolBanner

        objectName: "enrolBanner"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingLarge
        visible: !root.enrolled
        height: visible ? enrolRow.implicitHeight + 2 * Theme.spacing : 0
        radius: Theme.radius
        color: Theme.warningSurface

        RowLayout {
            id: enrolRow

            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("This device is not enrolled yet: returns wait in the outbox and no audits are assigned until it is.")
                wrapMode: Text.Wrap
                color: Theme.warning
            }
            ActionButton {
                objectName: "homeEnrol"
                text: qsTr("Enrol this device")
                highlighted: true
                Accessible.name: text
                onClicked: root.enrolRequested()
            }
        }
    }

    GridLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.top: enrolBanner.visible ? enrolBanner.bottom : parent.top
        anchors.margins: Theme.spacingLarge
        columns: root.landscape ? 2 : 1
        columnSpacing: Theme.spacingLarge
        rowSpacing: Theme.spacingLarge

        HomeCard {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.rowSpan: root.landscape ? 2 : 1
            Layout.preferredWidth: 3
            title: qsTr("Assigned audits")

            CaseListView {
                anchors.fill: parent
                model: root.assignments
                onCaseChosen: (auditId, caseCode) => root.caseChosen(auditId, caseCode)
                onReopenRequested: uuid => root.reopenRequested(uuid)
            }
        }

        StartCard {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            templates: root.templates
            codeProblem: root.codeProblem
            errorMessage: root.errorMessage
            noAssignments: root.assignments.count === 0
            onStartRequested: (templateId, caseCode) => root.newReturnRequested(templateId, caseCode)
            onCaseCodeEdited: code => root.caseCodeEdited(code)
        }

        HomeCard {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            title: qsTr("Recent observations and practice audits")

            RecentListView {
                anchors.fill: parent
                model: root.recent
                onChosen: uuid => root.returnChosen(uuid)
            }
        }
    }
}
