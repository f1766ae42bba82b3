// A row (or column) of choice buttons over a choice list: segmented yes/no, multi-select chips, or full-width rows
// for grades and single choices. Buttons read the group through their parent, so none of them names an outer id.
import QtQuick
import Maqa

ChoiceGroupBase {
    id: root

    spacing: Theme.spacing

    Repeater {
        model: root.choices

        delegate: ChoiceButton {}
    }
}
