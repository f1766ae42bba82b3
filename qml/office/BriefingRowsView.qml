// The rows of one briefing list, sized to its content inside the page's scrolling: what each row needs to know
// (field labels, names for tests) and the signals its rows leave by, so row delegates never name an outer id.
import QtQuick
import Maqa

ListView {
    //! objectName prefix of the rows' fields.
    property string prefix
    //! One label per field: one (statements), two (links) or three (themes).
    property list<string> fieldLabels

    //! Field `field` of row `row` was edited to `text`.
    signal fieldEdited(int row, int field, string text)
    //! Row `row` should go.
    signal removeRequested(int row)
    //! A field lost focus: save now.
    signal editingFinished

    implicitHeight: contentHeight
    interactive: false
    spacing: Theme.spacing
}
