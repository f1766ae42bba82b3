// A month calendar in a popup for picking a date by touch: month arrows, a grid of days, Escape closes.
// Emits picked(date); the date editor turns it into YYYY-MM-DD.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Popup {
    id: root

    property int month: new Date().getMonth()
    property int year: new Date().getFullYear()

    signal picked(date date)

    function openAt(iso: string) {
        const parts = /^(\d{4})-(\d{2})/.exec(iso);
        const now = new Date();
        root.year = parts ? parseInt(parts[1]) : now.getFullYear();
        root.month = parts ? parseInt(parts[2]) - 1 : now.getMonth();
        root.open();
    }
    function step(delta: int) {
        const m = root.month + delta;
        root.year += Math.floor(m / 12);
        root.month = ((m % 12) + 12) % 12;
    }

    modal: true
    focus: true
    padding: Theme.spacingLarge
    anchors.centerIn: Overlay.overlay
    background: PopupBackground {}

    ColumnLayout {
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true

            ToolButton {
                objectName: "calendarPrevious"
                text: "‹"
                Accessible.name: qsTr("Previous month")
                onClicked: root.step(-1)
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: new Date(root.year, root.month, 1).toLocaleDateString(Qt.locale(), "MMMM yyyy")
                font.pixelSize: Theme.fontLarge
            }
            ToolButton {
                objectName: "calendarNext"
                text: "›"
                Accessible.name: qsTr("Next month")
                onClicked: root.step(1)
            }
        }

        DayOfWeekRow {
            Layout.fillWidth: true
        }

        MonthGrid {
            id: grid

            objectName: "calendarGrid"
            Layout.preferredWidth: 7 * Theme.touchTarget
            Layout.preferredHeight: 6 * Theme.touchTarget
            month: root.month
            year: root.year
            Accessible.name: qsTr("Days of the month")
            onClicked: date => {
                root.picked(date);
                root.close();
            }
        }
    }
}
