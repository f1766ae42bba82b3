// Recent observations and practice audits, newest first; tap one to open it.
import QtQuick
import QtQuick.Controls
import Maqa

ActionListView {
    id: root

    //! Open the return `uuid`.
    signal chosen(string uuid)

    objectName: "recentList"
    onActivated: (action, key) => root.chosen(key)
    clip: true
    spacing: Theme.spacingSmall
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Recent observations and practice audits")

    delegate: RecentDelegate {}

    Label {
        anchors.centerIn: parent
        visible: root.count === 0
        text: qsTr("Nothing yet.")
        color: Theme.textMuted
    }
}
