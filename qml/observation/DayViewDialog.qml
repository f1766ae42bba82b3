// The 24-hour view in a full-window dialog: a large clock of the day coloured by rating, a legend, and the entries in time
// order — the picture a practitioner shows in supervision or at the panel.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Dialog {
    id: root

    property EntryListModel timeline
    property string caseCode

    signal entryChosen(string path)

    title: qsTr("The day of %1").arg(caseCode)
    modal: true
    parent: Overlay.overlay
    x: Theme.margin
    y: Theme.margin
    width: parent ? parent.width - 2 * Theme.margin : 800
    height: parent ? parent.height - 2 * Theme.margin : 600
    standardButtons: Dialog.Close
    background: PopupBackground {}

    GridLayout {
        anchors.fill: parent
        columns: root.width > root.height ? 2 : 1
        columnSpacing: Theme.spacingXL
        rowSpacing: Theme.spacingLarge

        ColumnLayout {
            spacing: Theme.spacingLarge

            DayClock {
                objectName: "dayViewClock"
                Layout.preferredWidth: Math.min(root.width, root.height) * 0.6
                Layout.preferredHeight: Layout.preferredWidth
                entries: root.timeline
            }

            RowLayout {
                spacing: Theme.spacingLarge

                Repeater {
                    model: [["strength", qsTr("Strength")], ["concern", qsTr("Concern")], ["not_known", qsTr("Not known")]]

                    delegate: RowLayout {
                        id: legend

                        required property var modelData

                        Rectangle {
                            width: 16
                            height: 16
                            radius: 8
                            color: Theme.ratingColor(legend.modelData[0])
                        }
                        Label {
                            text: legend.modelData[1]
                        }
                    }
                }
            }
        }

        TimelineCardList {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: ListView.Vertical
            model: root.timeline
            onChosen: path => root.entryChosen(path)
        }
    }
}
