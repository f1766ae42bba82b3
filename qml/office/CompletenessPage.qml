// Who has returned what: the audit's case codes down, the agencies across, each cell returned (with its review),
// drafting (with progress), overdue or not started, and totals. Columns share the width in either orientation and
// scroll sideways only when a partnership asks more agencies than fit.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Page {
    id: root

    required property CompletenessModel matrix
    required property string auditTitle
    required property string problem
    //! The first column (case codes) and the others share what is left, never narrower than a readable cell.
    readonly property real caseColumnWidth: Math.max(110, Math.min(160, width * 0.16))
    readonly property real cellWidth: Math.max(84, (table.width - caseColumnWidth) / Math.max(1, matrix.agencyCount + 1))

    objectName: "completenessPage"
    background: Rectangle {
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: root.auditTitle === "" ? qsTr("Completeness") : qsTr("Completeness: %1").arg(root.auditTitle)
            font.pixelSize: Theme.fontHeadline
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "completenessSummary"
            Layout.fillWidth: true
            text: root.matrix.summary
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
        MessageBanner {
            Layout.fillWidth: true
            kind: MessageBanner.Info
            text: root.problem
        }

        TableView {
            id: table

            objectName: "completenessTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.matrix
            columnSpacing: 2
            rowSpacing: 2
            boundsBehavior: Flickable.StopAtBounds
            columnWidthProvider: column => column === 0 ? root.caseColumnWidth : root.cellWidth
            rowHeightProvider: row => row === 0 ? Theme.touchTarget : Theme.touchTarget + Theme.spacingLarge
            onWidthChanged: forceLayout()
            ScrollBar.horizontal: ScrollBar {}
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Completeness: cases by agencies")

            delegate: CompletenessCell {}
        }
    }
}
