// The section list: each section with its progress and a mark when complete; hidden sections take no room.
// Used beside the questions in landscape and inside the drawer in portrait.
import QtQuick
import QtQuick.Controls
import Maqa

ActionListView {
    id: root

    //! The practitioner chose section `index`.
    signal chosen(int index)

    objectName: "sectionList"
    onActivated: (action, key) => root.chosen(parseInt(key))
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Sections")

    delegate: SectionDelegate {
        width: ListView.view.width
    }
}
