// One discrepancy: the case and shared question, how strongly the agencies disagree, and every side — agency,
// answer, and the evidence it gave.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Pane {
    id: root

    required property string caseCode
    required property string question
    required property string label
    required property string section
    required property string strength
    required property string strengthLabel
    required property var sides

    objectName: "discrepancy:" + caseCode + ":" + question
    width: ListView.view ? ListView.view.width : 300
    padding: Theme.spacing
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1 on %2: %3").arg(strengthLabel).arg(caseCode).arg(label)
    background: Rectangle {
        radius: Theme.radius
        color: root.strength === "contradiction" ? Theme.warningSurface : Theme.surfaceMuted
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            text: qsTr("%1 · %2 · %3").arg(root.caseCode).arg(root.strengthLabel).arg(root.section)
            font.weight: Font.DemiBold
            color: root.strength === "contradiction" ? Theme.warning : Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: root.label
            wrapMode: Text.Wrap
        }

        Repeater {
            model: root.sides

            delegate: Label {
                required property var modelData

                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingLarge
                text: modelData.evidence !== "" ? qsTr("%1: %2 — “%3”").arg(modelData.agency).arg(modelData.answer).arg(modelData.evidence) : qsTr("%1: %2").arg(modelData.agency).arg(modelData.answer)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
