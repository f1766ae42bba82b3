// What the audit's returns say together: grade distributions per section and per agency, theme tags, agencies that
// disagree on the same case (both sides shown), live-risk flags, and the worries and good practice the returns
// name — a tap adds one to the briefing.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

OfficeScrollPage {
    id: root

    required property GradeChartModel sectionGrades
    required property GradeChartModel agencyGrades
    required property ThemeCountModel themes
    required property DiscrepancyListModel discrepancies
    required property FindingListModel statements
    required property int returnCount
    required property string liveRiskText
    required property string problem

    signal statementPicked(int row)

    objectName: "findingsPage"
    heading: qsTr("Findings from %n return(s)", "", root.returnCount)

    MessageBanner {
        objectName: "findingsLiveRisk"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        kind: MessageBanner.Error
        text: root.liveRiskText
    }
    MessageBanner {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        kind: MessageBanner.Info
        text: root.problem
    }

    SectionCard {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        title: qsTr("Grades by section")
        subtitle: qsTr("The panel's agreed grade where it moderated, else the agency's own.")

        GradeBars {
            objectName: "sectionGradeChart"
            Layout.fillWidth: true
            chart: root.sectionGrades
        }
    }

    SectionCard {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        title: qsTr("Overall grade by agency")

        GradeBars {
            objectName: "agencyGradeChart"
            Layout.fillWidth: true
            chart: root.agencyGrades
        }
    }

    SectionCard {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        title: qsTr("Themes named")

        ThemeBars {
            objectName: "themeChart"
            Layout.fillWidth: true
            counts: root.themes
        }
    }

    SectionCard {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        title: qsTr("Where agencies disagree (%1)").arg(root.discrepancies.count)
        subtitle: root.discrepancies.count === 0 ? qsTr("No agency contradicts another on a shared question.") : qsTr("Answers to shared questions that differ between agencies on the same case.")

        ListView {
            objectName: "discrepancyList"
            Layout.fillWidth: true
            Layout.preferredHeight: contentHeight
            interactive: false
            spacing: Theme.spacingSmall
            model: root.discrepancies
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Where agencies disagree")

            delegate: DiscrepancyDelegate {}
        }
    }

    SectionCard {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        title: qsTr("Worries and good practice")
        subtitle: qsTr("Tap one to add it to the briefing.")

        ActionListView {
            objectName: "statementList"
            Layout.fillWidth: true
            Layout.preferredHeight: contentHeight
            interactive: false
            spacing: Theme.spacingSmall
            model: root.statements
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Worries and good practice")
            onActivated: (action, key) => root.statementPicked(parseInt(key))

            delegate: StatementDelegate {}
        }
    }
}
