// One assigned case: the case code, its age band and needs, its state (not started, draft with progress,
// submitted, delivered, returned with the office's comment) and, when returned, "Reopen as a new revision".
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

ItemDelegate {
    id: root

    required property string auditId
    required property string caseCode
    required property string ageBand
    required property string needs
    required property string state
    required property string stateLabel
    required property real progress
    required property string returnUuid
    required property string reviewComment

    readonly property ActionListView list: ListView.view as ActionListView

    objectName: "case:" + caseCode
    width: ListView.view ? ListView.view.width : 300
    implicitHeight: Math.max(Theme.touchTarget + Theme.spacing, contentItem.implicitHeight + Theme.spacingLarge)
    Accessible.name: qsTr("Case %1, %2").arg(caseCode).arg(stateLabel)
    onClicked: root.list.activated("open", root.auditId, root.caseCode)

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.surfaceMuted : Theme.surface
        border.color: root.visualFocus ? Theme.primary : Theme.divider
        border.width: root.visualFocus ? 2 : 1
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                text: root.caseCode
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: root.ageBand + (root.ageBand !== "" && root.needs !== "" ? " · " : "") + root.needs
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Label {
                objectName: "caseState:" + root.caseCode
                text: root.stateLabel
                color: Theme.stateColor(root.state)
                font.weight: Font.DemiBold
            }
        }

        ProgressBar {
            Layout.fillWidth: true
            visible: root.state === "draft"
            value: root.progress
        }

        Label {
            Layout.fillWidth: true
            visible: root.reviewComment !== ""
            text: qsTr("Office: %1").arg(root.reviewComment)
            wrapMode: Text.Wrap
            color: Theme.error
            font.pixelSize: Theme.fontSmall
        }

        ActionButton {
            objectName: "reopen:" + root.caseCode
            visible: root.state === "returned"
            text: qsTr("Reopen as a new revision")
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Reopen case %1 as a new revision").arg(root.caseCode)
            onClicked: root.list.activated("reopen", root.returnUuid, "")
        }
    }
}
