// The base of every answer editor: what the question delegate hands in (value, choices, limits) and the two ways an
// editor reports back (a whole answer at once, or free text while typing). Editors never write anything themselves.
import QtQuick
import Maqa

FocusScope {
    id: root

    //! The stored answer: a string, a number or a list of choice names; undefined when unanswered.
    property var value
    //! [{name, label}] for choice questions.
    property var choices: []
    //! The answer as text (choice labels), for read-only display.
    property string displayValue
    //! True for submitted returns and calculated values.
    property bool readOnly: false
    //! The template's type name (integer vs decimal, date vs time).
    property string type
    //! XLSForm appearance (segmented, minimal, multiline).
    property string appearance
    //! Most characters accepted by text questions.
    property int maxLength: 0
    //! What screen readers announce for the control: the question's label.
    property string accessibleName
    //! Prefix for objectName of the inner controls, so tests find them ("answer:<path>").
    property string namePrefix

    //! A complete answer chosen (choice, date, number); undefined clears it.
    signal answered(var value)
    //! Free text while typing: the controller saves it after a short pause.
    signal textEdited(string text)
    //! Typing is over (focus left, Enter): the controller saves at once.
    signal textFinished
}
