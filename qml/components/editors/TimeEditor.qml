// A time of day: typed as HH:MM (keyboard), set to "Now" in one tap, or picked on hour and minute wheels (touch).
// Times are 24-hour, as the answers contract stores them.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

QuestionEditor {
    id: root

    property string problem

    function pad(n: int): string {
        return n < 10 ? "0" + n : "" + n;
    }
    function submitText() {
        const text = field.text.trim();
        const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(text);
        if (text === "") {
            root.problem = "";
            root.answered(undefined);
        } else if (m && parseInt(m[1]) < 24 && parseInt(m[2]) < 60) {
            root.problem = "";
            root.answered(pad(parseInt(m[1])) + ":" + m[2]);
        } else {
            root.problem = qsTr("Type the time as hours:minutes, e.g. 07:30.");
        }
    }

    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column

        width: parent.width
        spacing: Theme.spacingSmall

        RowLayout {
            spacing: Theme.spacing

            TextField {
                id: field

                objectName: root.namePrefix + ":time"
                Layout.preferredWidth: 120
                implicitHeight: Theme.touchTarget
                text: typeof root.value === "string" ? root.value : ""
                placeholderText: qsTr("HH:MM")
                readOnly: root.readOnly
                font.pixelSize: Theme.fontBody
                Accessible.name: root.accessibleName + qsTr(" (time, hours:minutes)")
                onEditingFinished: root.submitText()
            }

            ActionButton {
                objectName: root.namePrefix + ":now"
                visible: !root.readOnly
                text: qsTr("Now")
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Set %1 to now").arg(root.accessibleName)
                onClicked: {
                    const d = new Date();
                    root.answered(root.pad(d.getHours()) + ":" + root.pad(d.getMinutes()));
                }
            }

            ActionButton {
                objectName: root.namePrefix + ":wheels"
                visible: !root.readOnly
                text: qsTr("Pick…")
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Pick %1 on wheels").arg(root.accessibleName)
                onClicked: wheels.openAt(field.text)
            }
        }

        Label {
            visible: root.problem !== ""
            text: root.problem
            color: Theme.error
            font.pixelSize: Theme.fontSmall
        }
    }

    TimeWheelsPopup {
        id: wheels

        onPicked: (hours, minutes) => root.answered(root.pad(hours) + ":" + root.pad(minutes))
    }
}
