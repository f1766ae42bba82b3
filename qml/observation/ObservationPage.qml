// Day in the Life: the form page plus, on the day's section, the timeline (a 24-hour clock and the entries as
// cards, in time order) and, on the child's-words section, quick capture of a quote with its time.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

FormPage {
    id: root

    required property EntryListModel timeline
    required property EntryListModel quotes
    required property bool timelineHere
    required property bool quotesHere

    signal timelineEntryRequested(string time)
    signal quoteCaptured(string words, string time, string context)

    objectName: "observationPage"

    TimelinePane {
        Layout.fillWidth: true
        Layout.margins: Theme.spacing
        visible: root.timelineHere
        entries: root.detached ? null : root.timeline
        compact: !root.landscape
        onAddRequested: time => root.timelineEntryRequested(time)
        onEntryChosen: path => root.pathChosen(path)
        onDayViewRequested: dayView.open()
    }

    QuickQuoteCard {
        Layout.fillWidth: true
        Layout.margins: Theme.spacing
        visible: root.quotesHere && !root.readOnly
        quoteCount: root.detached ? 0 : root.quotes.count
        onCaptured: (words, time, context) => root.quoteCaptured(words, time, context)
    }

    DayViewDialog {
        id: dayView

        objectName: "dayViewDialog"
        timeline: root.detached ? null : root.timeline
        caseCode: root.caseCode
        onEntryChosen: path => {
            dayView.close();
            root.pathChosen(path);
        }
    }
}
