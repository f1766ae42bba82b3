// The day as a picture: a 24-hour clock face (midnight at the top) with one arc per timeline entry, from its time
// to the next entry's, coloured by rating — strengths green, concerns red, not known grey. Drawn with Canvas.
import QtQuick
import Maqa

Canvas {
    id: root

    property EntryListModel entries
    //! [{minutes, endMinutes, rating}], recomputed whenever an entry changes.
    readonly property var segments: entries ? entries.segments : []

    objectName: "dayClock"
    antialiasing: true
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("24-hour view of the day with %n entry(ies)", "", entries ? entries.count : 0)
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()
    onSegmentsChanged: requestPaint()


    onPaint: {
        const ctx = getContext("2d");
        const size = Math.min(width, height);
        const cx = width / 2, cy = height / 2;
        const outer = size / 2 - 4;
        const band = Math.max(10, size * 0.14);
        const angle = minutes => -Math.PI / 2 + 2 * Math.PI * minutes / (24 * 60);
        ctx.reset();
        ctx.lineWidth = band;
        ctx.strokeStyle = Theme.ratingEmpty;
        ctx.beginPath();
        ctx.arc(cx, cy, outer - band / 2, 0, 2 * Math.PI);
        ctx.stroke();
        const segments = root.segments;
        for (let i = 0; i < segments.length; ++i) {
            const s = segments[i];
            ctx.strokeStyle = Theme.ratingColor(s.rating);
            ctx.beginPath();
            ctx.arc(cx, cy, outer - band / 2, angle(s.minutes) + 0.01, angle(s.endMinutes) - 0.01);
            ctx.stroke();
        }
        ctx.fillStyle = Theme.textMuted;
        ctx.font = Math.round(Math.max(10, size * 0.07)) + "px sans-serif";
        ctx.textAlign = "center";
        ctx.textBaseline = "middle";
        const labels = [["0", 0], ["6", 360], ["12", 720], ["18", 1080]];
        for (let j = 0; j < labels.length; ++j) {
            const a = angle(labels[j][1]);
            const r = outer - band - size * 0.08;
            ctx.fillText(labels[j][0], cx + r * Math.cos(a), cy + r * Math.sin(a));
        }
        ctx.fillStyle = Theme.text;
        ctx.font = "bold " + Math.round(Math.max(12, size * 0.1)) + "px sans-serif";
        ctx.fillText(segments.length + "", cx, cy);
    }
}
