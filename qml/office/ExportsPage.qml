// Exports of the audit shown, each to a file the office chooses: the briefing as PDF and as a web page (with its
// charts and the action plan), all answers as CSV for Excel, and the action plan as CSV.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Maqa

OfficeScrollPage {
    id: root

    required property string auditTitle
    required property string message
    required property string errorMessage
    property string pending

    signal pdfRequested(url file)
    signal htmlRequested(url file)
    signal answersRequested(url file)
    signal actionPlanRequested(url file)

    //! Writes export `kind` ("pdf", "html", "answers", "actions") to `file` (the save dialog, and tests, call this).
    function exportTo(kind: string, file: url) {
        switch (kind) {
        case "pdf":
            root.pdfRequested(file);
            break;
        case "html":
            root.htmlRequested(file);
            break;
        case "answers":
            root.answersRequested(file);
            break;
        default:
            root.actionPlanRequested(file);
        }
    }
    function choose(kind: string, suffix: string, filter: string) {
        root.pending = kind;
        saveDialog.defaultSuffix = suffix;
        saveDialog.nameFilters = [filter];
        saveDialog.open();
    }

    objectName: "exportsPage"
    heading: root.auditTitle === "" ? qsTr("Exports") : qsTr("Exports: %1").arg(root.auditTitle)

    MessageBanner {
        objectName: "exportError"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        text: root.errorMessage
    }
    MessageBanner {
        objectName: "exportMessage"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        kind: MessageBanner.Success
        text: root.message
    }

    SectionCard {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        title: qsTr("The briefing")
        subtitle: qsTr("One or two A4 pages with the charts and the action plan, as the office edited it.")

        ActionButton {
            objectName: "exportPdf"
            Layout.fillWidth: true
            highlighted: true
            text: qsTr("Save as PDF…")
            Accessible.name: qsTr("Save the briefing as a PDF")
            onClicked: root.choose("pdf", "pdf", qsTr("PDF (*.pdf)"))
        }
        ActionButton {
            objectName: "exportHtml"
            Layout.fillWidth: true
            text: qsTr("Save as a web page…")
            Accessible.name: qsTr("Save the briefing as a web page")
            onClicked: root.choose("html", "html", qsTr("Web page (*.html)"))
        }
    }

    SectionCard {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        title: qsTr("Data for Excel")
        subtitle: qsTr("Every answer, one row per return (latest revisions only), one column per question; and the action plan.")

        ActionButton {
            objectName: "exportAnswers"
            Layout.fillWidth: true
            text: qsTr("Save all answers as CSV…")
            Accessible.name: qsTr("Save all answers as CSV")
            onClicked: root.choose("answers", "csv", qsTr("CSV (*.csv)"))
        }
        ActionButton {
            objectName: "exportActions"
            Layout.fillWidth: true
            text: qsTr("Save the action plan as CSV…")
            Accessible.name: qsTr("Save the action plan as CSV")
            onClicked: root.choose("actions", "csv", qsTr("CSV (*.csv)"))
        }
    }

    FileDialog {
        id: saveDialog

        title: qsTr("Save the export")
        fileMode: FileDialog.SaveFile
        onAccepted: root.exportTo(root.pending, selectedFile)
    }
}
