// One timeline entry as a card: time and block, what happens, the child's experience, and a rating stripe.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

ItemDelegate {
    id: root

    required property string entryId
    required property string time
    required property string block
    required property string what
    required property string experience
    required property string rating
    required property string ratingLabel
    required property bool complete

    readonly property ActionListView list: ListView.view as ActionListView

    objectName: "timelineCard:" + entryId
    width: root.list && root.list.orientation === ListView.Vertical ? root.list.width : 220
    height: root.list && root.list.orientation === ListView.Horizontal ? root.list.height : 104
    padding: Theme.spacing
    Accessible.name: (time !== "" ? time : qsTr("no time")) + ", " + block + ", " + (ratingLabel !== "" ? ratingLabel : qsTr("not rated"))
    onClicked: {
        if (root.list)
            root.list.activated("choose", root.list.model.group + "/" + root.entryId + "/time", "");
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: root.visualFocus ? Theme.primary : Theme.divider
        border.width: root.visualFocus ? 2 : 1

        Rectangle {
            width: 6
            height: parent.height
            radius: 3
            color: Theme.ratingColor(root.rating)
        }
    }

    contentItem: ColumnLayout {
        spacing: 2

        Label {
            Layout.fillWidth: true
            leftPadding: Theme.spacing
            text: (root.time !== "" ? root.time : "--:--") + "  " + root.block
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            leftPadding: Theme.spacing
            text: root.experience !== "" ? "“" + root.experience + "”" : root.what
            wrapMode: Text.Wrap
            elide: Text.ElideRight
            maximumLineCount: 3
            font.pixelSize: Theme.fontSmall
            color: Theme.text
        }
        Label {
            leftPadding: Theme.spacing
            text: root.complete ? root.ratingLabel : qsTr("Needs details")
            color: root.complete ? Theme.ratingColor(root.rating) : Theme.warning
            font.pixelSize: Theme.fontSmall
        }
    }
}
