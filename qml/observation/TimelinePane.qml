// The day so far: a 24-hour clock of the entries coloured by rating, the entries as cards in time order (tap one
// to edit it below), and "Add entry" at a typed or current time.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Pane {
    id: root

    property EntryListModel entries
    property bool compact

    signal addRequested(string time)
    signal entryChosen(string path)
    signal dayViewRequested

    function pad(n: int): string {
        return n < 10 ? "0" + n : "" + n;
    }

    padding: Theme.spacing
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.divider
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingLarge

        DayClock {
            objectName: "timelineClock"
            Layout.preferredWidth: root.compact ? 150 : 200
            Layout.preferredHeight: Layout.preferredWidth
            entries: root.entries
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    text: qsTr("The day so far: %n entry(ies)", "", root.entries ? root.entries.count : 0)
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                TextField {
                    id: time

                    objectName: "timelineNewTime"
                    Layout.preferredWidth: 96
                    implicitHeight: Theme.touchTarget
                    placeholderText: qsTr("HH:MM")
                    Accessible.name: qsTr("Time of the new entry")
                }
                ActionButton {
                    objectName: "timelineAdd"
                    text: qsTr("Add entry")
                    highlighted: true
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Add a timeline entry")
                    onClicked: {
                        const now = new Date();
                        root.addRequested(time.text.trim() !== "" ? time.text.trim() : root.pad(now.getHours()) + ":" + root.pad(now.getMinutes()));
                        time.clear();
                    }
                }
                ActionButton {
                    objectName: "dayViewButton"
                    text: qsTr("24-hour view")
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Show the 24-hour view of the day")
                    onClicked: root.dayViewRequested()
                }
            }

            TimelineCardList {
                Layout.fillWidth: true
                Layout.preferredHeight: 132
                model: root.entries
                onChosen: path => root.entryChosen(path)
            }
        }
    }
}
