// The list inside the submit refusal: one row per missing or invalid answer.
import QtQuick
import QtQuick.Controls
import Maqa

ActionListView {
    id: root

    //! The practitioner tapped the issue at `path`.
    signal chosen(string path)

    objectName: "issueList"
    onActivated: (action, key) => root.chosen(key)
    clip: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Answers that need attention")

    delegate: ItemDelegate {
        id: issue

        required property string path
        required property string label
        required property string section
        required property string message

        objectName: "issue:" + path
        width: ListView.view.width
        implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + Theme.spacingLarge)
        Accessible.name: label + ", " + section + ": " + message
        onClicked: (ListView.view as ActionListView).activated("choose", path, "")

        contentItem: Column {
            spacing: 2

            Label {
                width: parent.width
                text: issue.label
                wrapMode: Text.Wrap
                font.weight: Font.DemiBold
            }
            Label {
                width: parent.width
                text: issue.section + " — " + issue.message
                wrapMode: Text.Wrap
                color: Theme.error
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
