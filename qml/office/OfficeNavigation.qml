// The office's pages as a rail (landscape) or a scrolling tab row (portrait); the keyboard moves along it.
import QtQuick
import QtQuick.Controls
import Maqa

Rectangle {
    id: root

    property bool vertical: true
    property string current

    signal chosen(string key)

    implicitWidth: vertical ? 200 : 0
    implicitHeight: vertical ? 0 : Theme.touchTarget
    color: Theme.surfaceMuted

    //! The position of page @p key in the list below.
    function pageIndex(key: string): int {
        switch (key) {
        case "setup":
            return 0;
        case "audits":
            return 1;
        case "returns":
            return 2;
        case "completeness":
            return 3;
        case "findings":
            return 4;
        case "briefing":
            return 5;
        case "actions":
            return 6;
        case "exports":
            return 7;
        }
        return -1;
    }

    ActionListView {
        objectName: "officeNavigation"
        anchors.fill: parent
        orientation: root.vertical ? ListView.Vertical : ListView.Horizontal
        clip: true
        focus: true
        keyNavigationEnabled: true
        Accessible.role: Accessible.PageTabList
        Accessible.name: qsTr("Office pages")
        model: [{key: "setup", label: qsTr("Set up")}, {key: "audits", label: qsTr("Audits")}, {key: "returns", label: qsTr("Returns")}, {key: "completeness", label: qsTr("Completeness")}, {key: "findings", label: qsTr("Findings")}, {key: "briefing", label: qsTr("Briefing")}, {key: "actions", label: qsTr("Action plan")}, {key: "exports", label: qsTr("Exports")}]
        currentIndex: root.pageIndex(root.current)
        onActivated: (action, key) => root.chosen(key)

        delegate: ItemDelegate {
            id: navItem

            required property var modelData
            readonly property ActionListView list: ListView.view as ActionListView
            readonly property bool vertical: list !== null && list.orientation === ListView.Vertical

            objectName: "officeNav:" + modelData.key
            width: vertical ? list.width : implicitWidth
            height: Theme.touchTarget
            text: modelData.label
            highlighted: navItem.ListView.isCurrentItem
            font.weight: highlighted ? Font.DemiBold : Font.Normal
            Accessible.role: Accessible.PageTab
            Accessible.name: modelData.label
            onClicked: navItem.list.activated("show", navItem.modelData.key, "")
            background: Rectangle {
                color: navItem.highlighted ? Theme.surface : Theme.transparent
                border.color: navItem.visualFocus ? Theme.accent : Theme.transparent

                Rectangle {
                    width: navItem.vertical ? 4 : navItem.width
                    height: navItem.vertical ? navItem.height : 3
                    anchors.bottom: parent.bottom
                    visible: navItem.highlighted
                    color: Theme.primary
                }
            }
        }
    }
}
