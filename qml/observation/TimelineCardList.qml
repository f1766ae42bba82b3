// The timeline's entries as a horizontal strip of cards, in time order; tapping one brings its fields into view.
import QtQuick
import QtQuick.Controls
import Maqa

ActionListView {
    id: root

    //! The practitioner chose the entry whose time field is at `path`.
    signal chosen(string path)

    objectName: "timelineCards"
    onActivated: (action, key) => root.chosen(key)
    orientation: ListView.Horizontal
    spacing: Theme.spacing
    clip: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Timeline entries")

    delegate: TimelineCardDelegate {}
}
