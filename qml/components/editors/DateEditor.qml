// A date: typed as YYYY-MM-DD (keyboard), or picked from a month calendar (touch), or "Today" in one tap.
// The form engine checks the date is real; a badly shaped entry is pointed out here before it is sent.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

QuestionEditor {
    id: root

    property string problem

    function submitText() {
        const text = field.text.trim();
        if (text === "") {
            root.problem = "";
            root.answered(undefined);
        } else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
            root.problem = "";
            root.answered(text);
        } else {
            root.problem = qsTr("Type the date as year-month-day, e.g. 2026-11-26.");
        }
    }
    function pad(n: int): string {
        return n < 10 ? "0" + n : "" + n;
    }
    function isoOf(day): string {
        return day.getFullYear() + "-" + pad(day.getMonth() + 1) + "-" + pad(day.getDate());
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

                objectName: root.namePrefix + ":date"
                Layout.preferredWidth: 200
                implicitHeight: Theme.touchTarget
                text: typeof root.value === "string" ? root.value : ""
                placeholderText: qsTr("YYYY-MM-DD")
                readOnly: root.readOnly
                font.pixelSize: Theme.fontBody
                Accessible.name: root.accessibleName + qsTr(" (date, year-month-day)")
                onEditingFinished: root.submitText()
            }

            ActionButton {
                objectName: root.namePrefix + ":today"
                visible: !root.readOnly
                text: qsTr("Today")
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Set %1 to today").arg(root.accessibleName)
                onClicked: root.answered(root.isoOf(new Date()))
            }

            ActionButton {
                objectName: root.namePrefix + ":calendar"
                visible: !root.readOnly
                text: qsTr("Calendar…")
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Pick %1 from a calendar").arg(root.accessibleName)
                onClicked: calendar.openAt(field.text)
            }
        }

        Label {
            visible: root.problem !== ""
            text: root.problem
            color: Theme.error
            font.pixelSize: Theme.fontSmall
        }
    }

    CalendarPopup {
        id: calendar

        onPicked: date => root.answered(root.isoOf(date))
    }
}
