// What a group of choice buttons shares with its buttons: the answer, the lock, names for tests and screen readers,
// and the one signal a tap leaves by. A base of its own so ChoiceButton can read it without naming ChoiceGroup.
import QtQuick

Flow {
    //! The answer: one choice name, or a list of names for multi-select.
    property var value
    //! [{name, label}]
    property var choices: []
    //! No change allowed (submitted return).
    property bool readOnly
    //! objectName prefix of the buttons.
    property string namePrefix
    //! The question's label, for screen readers.
    property string accessibleName
    //! ChoiceButton.Segmented, .Chip or .Stacked
    property int look: 0
    //! True when several choices may be chosen.
    property bool multiple

    //! The button of choice `name` was pressed.
    signal picked(string name)
}
