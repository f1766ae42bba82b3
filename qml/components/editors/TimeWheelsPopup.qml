// Hour and minute wheels in a popup, for setting a time by touch; arrow keys turn the focused wheel.
// Minutes move in steps of five: a Day-in-the-Life timeline needs no finer grain, and typing stays exact.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Popup {
    id: root

    signal picked(int hours, int minutes)

    function openAt(text: string) {
        const m = /^(\d{1,2}):(\d{2})$/.exec(text);
        const now = new Date();
        hours.currentIndex = m ? parseInt(m[1]) : now.getHours();
        minutes.currentIndex = Math.floor((m ? parseInt(m[2]) : now.getMinutes()) / 5);
        root.open();
    }

    modal: true
    focus: true
    padding: Theme.spacingLarge
    anchors.centerIn: Overlay.overlay
    background: PopupBackground {}

    ColumnLayout {
        spacing: Theme.spacing

        RowLayout {
            Tumbler {
                id: hours

                objectName: "wheelHours"
                model: 24
                focus: true
                Accessible.name: qsTr("Hours")
            }
            Label {
                text: ":"
                font.pixelSize: Theme.fontTitle
            }
            Tumbler {
                id: minutes

                objectName: "wheelMinutes"
                model: 12
                Accessible.name: qsTr("Minutes")
                delegate: Label {
                    required property int index

                    text: index * 5 < 10 ? "0" + index * 5 : "" + index * 5
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.fontBody
                }
            }
        }

        ActionButton {
            objectName: "wheelsDone"
            Layout.fillWidth: true
            text: qsTr("Set time")
            highlighted: true
            Accessible.name: qsTr("Set time")
            onClicked: {
                root.picked(hours.currentIndex, minutes.currentIndex * 5);
                root.close();
            }
        }
    }
}
