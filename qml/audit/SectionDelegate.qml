// One section in the section list: title, "answered of required" and a progress bar; complete sections get a
// check mark, the current one a highlight. Hidden sections collapse to nothing.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

ItemDelegate {
    id: root

    required property int index
    required property string title
    required property bool relevant
    required property int answered
    required property int questionCount
    required property int requiredCount
    required property int requiredAnswered
    required property int invalid
    required property bool complete
    required property real progress
    required property bool current

    objectName: "section:" + index
    visible: relevant
    height: relevant ? Math.max(Theme.touchTarget + Theme.spacingLarge, contentItem.implicitHeight + Theme.spacingLarge) : 0
    highlighted: current
    Accessible.name: title + ", " + (complete ? qsTr("complete") : qsTr("%1 of %2 required answered").arg(requiredAnswered).arg(requiredCount))
    onClicked: (ListView.view as ActionListView).activated("choose", String(index), "")

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true

            Label {
                Layout.fillWidth: true
                text: root.title
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.weight: root.current ? Font.DemiBold : Font.Normal
                color: Theme.text
            }
            Label {
                text: root.invalid > 0 ? "!" : root.complete ? "✓" : ""
                color: root.invalid > 0 ? Theme.error : Theme.success
                font.pixelSize: Theme.fontLarge
                font.weight: Font.Bold
            }
        }

        ProgressBar {
            Layout.fillWidth: true
            value: root.progress
        }

        Label {
            text: root.requiredCount > 0 ? qsTr("%1 of %2 required").arg(root.requiredAnswered).arg(root.requiredCount) : qsTr("%1 of %2 answered").arg(root.answered).arg(root.questionCount)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
}
