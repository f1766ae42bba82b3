// Multi-select as chips (select_multiple, agencies, themes): each choice toggles on tap, Space or Enter.
// The answer is the chosen names in list order; none chosen clears it.
import QtQuick
import Maqa

QuestionEditor {
    id: root

    function toggled(name: string): var {
        const chosen = Array.isArray(root.value) ? root.value.slice() : [];
        const at = chosen.indexOf(name);
        if (at >= 0)
            chosen.splice(at, 1);
        else
            chosen.push(name);
        const ordered = root.choices.map(c => c.name).filter(n => chosen.indexOf(n) >= 0);
        return ordered.length > 0 ? ordered : undefined;
    }

    implicitHeight: group.implicitHeight

    ChoiceGroup {
        id: group

        width: parent.width
        value: root.value
        choices: root.choices
        readOnly: root.readOnly
        namePrefix: root.namePrefix
        accessibleName: root.accessibleName
        look: ChoiceButton.Chip
        multiple: true
        onPicked: name => root.answered(root.toggled(name))
    }
}
