// The answers of the return being read, grouped under their sections' titles.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Rectangle {
    id: root

    required property ReturnAnswersModel answers

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ListView {
        id: list

        objectName: "returnAnswers"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        clip: true
        model: root.answers
        spacing: Theme.spacingSmall
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Answers, section by section")
        ScrollBar.vertical: ScrollBar {}
        section.property: "section"
        section.criteria: ViewSection.FullString
        section.delegate: Label {
            required property string section

            width: ListView.view.width
            topPadding: Theme.spacingLarge
            bottomPadding: Theme.spacingSmall
            text: section
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: Theme.primary
            wrapMode: Text.Wrap
        }

        delegate: ColumnLayout {
            id: row

            required property string label
            required property string answer
            required property string name

            objectName: "answer:" + name
            width: ListView.view.width
            spacing: 0

            Label {
                Layout.fillWidth: true
                visible: row.label !== ""
                text: row.label
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Label {
                Layout.fillWidth: true
                text: row.answer
                wrapMode: Text.Wrap
                color: row.label === "" ? Theme.textMuted : Theme.text
            }
        }
    }
}
