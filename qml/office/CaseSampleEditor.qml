// The case sample of a new audit: a code (checked as it is added), its age band and level of need; the list so far
// with a way to take a case out.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

ColumnLayout {
    id: root

    required property CaseDraftListModel draftCases
    required property list<string> ageBands
    required property list<string> needsLevels
    required property string caseProblem

    signal caseAdded(string code, string ageBand, string needs)
    signal caseRemoved(int row)

    function add() {
        root.caseAdded(code.text.trim(), band.currentText, needs.currentText);
    }

    spacing: Theme.spacing

    Label {
        text: qsTr("Case sample (%n case(s))", "", root.draftCases.count)
        font.weight: Font.DemiBold
    }

    ActionListView {
        objectName: "draftCaseList"
        Layout.fillWidth: true
        Layout.preferredHeight: contentHeight
        interactive: false
        model: root.draftCases
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Case sample")
        onActivated: (action, key) => root.caseRemoved(parseInt(key))

        delegate: RowLayout {
            id: caseRow

            required property string code
            required property string ageBand
            required property string needs
            required property int index
            readonly property ActionListView list: ListView.view as ActionListView

            width: ListView.view ? ListView.view.width : 300

            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · %2 · %3").arg(caseRow.code).arg(caseRow.ageBand).arg(caseRow.needs)
            }
            ToolButton {
                objectName: "removeCase:" + caseRow.code
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove case %1").arg(caseRow.code)
                onClicked: caseRow.list.activated("remove", String(caseRow.index), "")
            }
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: width > 560 ? 4 : 2
        columnSpacing: Theme.spacing

        TextField {
            id: code

            objectName: "newCaseCode"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Case code, e.g. EH-2026-014")
            Accessible.name: qsTr("Case code")
            onAccepted: root.add()
        }
        ComboBox {
            id: band

            objectName: "newCaseAgeBand"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            model: root.ageBands
            Accessible.name: qsTr("Age band")
        }
        ComboBox {
            id: needs

            objectName: "newCaseNeeds"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            model: root.needsLevels
            Accessible.name: qsTr("Level of need")
        }
        ActionButton {
            objectName: "newCaseAdd"
            text: qsTr("Add case")
            enabled: code.text.trim() !== ""
            Accessible.name: qsTr("Add the case to the sample")
            onClicked: {
                root.add();
                if (root.caseProblem === "")
                    code.clear();
            }
        }
    }

    Label {
        objectName: "newCaseProblem"
        Layout.fillWidth: true
        visible: root.caseProblem !== ""
        text: root.caseProblem
        wrapMode: Text.Wrap
        color: Theme.error
        font.pixelSize: Theme.fontSmall
    }
}
