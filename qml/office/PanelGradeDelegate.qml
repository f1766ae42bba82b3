// One graded section of the return being read: the agency's own grade and the panel's agreed one (chosen here;
// "not moderated", the first choice, clears it).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

ColumnLayout {
    id: root

    required property string question
    required property string section
    required property string label
    required property string agencyGrade
    required property string panelGrade
    required property list<string> choiceNames
    required property list<string> choiceLabels
    readonly property ActionListView list: ListView.view as ActionListView

    width: ListView.view ? ListView.view.width : 300
    spacing: 2

    Label {
        Layout.fillWidth: true
        text: root.section !== "" ? root.section : root.label
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Label {
            Layout.preferredWidth: root.width * 0.45
            text: qsTr("Agency: %1").arg(root.agencyGrade !== "" ? root.agencyGrade : qsTr("not graded"))
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
        ComboBox {
            objectName: "panelGrade:" + root.question
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            model: root.choiceLabels
            currentIndex: Math.max(0, root.choiceNames.indexOf(root.panelGrade))
            Accessible.name: qsTr("Panel's agreed grade for %1").arg(root.section)
            onActivated: index => root.list.activated("grade", root.question, root.choiceNames[index])
        }
    }
}
