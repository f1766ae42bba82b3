// A local date and time ("2026-11-26T14:30", no zone): a date editor and a time editor side by side. The answer is
// sent once both halves are there; one half alone waits here, because a date-time cannot be stored half given.
import QtQuick
import QtQuick.Layouts
import Maqa

QuestionEditor {
    id: root

    readonly property string storedDate: typeof value === "string" ? value.split("T")[0] : ""
    readonly property string storedTime: typeof value === "string" && value.indexOf("T") > 0 ? value.split("T")[1] : ""
    property string pendingDate
    property string pendingTime

    function combine() {
        const d = root.pendingDate !== "" ? root.pendingDate : root.storedDate;
        const t = root.pendingTime !== "" ? root.pendingTime : root.storedTime;
        if (d !== "" && t !== "") {
            root.pendingDate = "";
            root.pendingTime = "";
            root.answered(d + "T" + t);
        }
    }

    implicitHeight: row.implicitHeight

    Flow {
        id: row

        width: parent.width
        spacing: Theme.spacingLarge

        DateEditor {
            width: Math.min(row.width, 460)
            value: root.pendingDate !== "" ? root.pendingDate : root.storedDate
            readOnly: root.readOnly
            accessibleName: root.accessibleName + qsTr(", date")
            namePrefix: root.namePrefix
            onAnswered: v => {
                if (v === undefined) {
                    root.answered(undefined);
                    return;
                }
                root.pendingDate = v;
                root.combine();
            }
        }

        TimeEditor {
            width: Math.min(row.width, 360)
            value: root.pendingTime !== "" ? root.pendingTime : root.storedTime
            readOnly: root.readOnly
            accessibleName: root.accessibleName + qsTr(", time")
            namePrefix: root.namePrefix
            onAnswered: v => {
                if (v === undefined) {
                    root.answered(undefined);
                    return;
                }
                root.pendingTime = v;
                root.combine();
            }
        }
    }
}
