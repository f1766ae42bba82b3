// Whole numbers and decimals: a numeric field that sends a number when typing is done (Enter or leaving it).
// Text that is not a number is pointed out here; the template's constraint is checked by the form engine.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

QuestionEditor {
    id: root

    property string problem

    function submitText() {
        const text = field.text.trim().replace(",", ".");
        const whole = root.type === "integer";
        if (text === "") {
            root.problem = "";
            root.answered(undefined);
        } else if ((whole ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(text)) {
            root.problem = "";
            root.answered(Number(text));
        } else {
            root.problem = whole ? qsTr("Type a whole number, e.g. 3.") : qsTr("Type a number, e.g. 2.5.");
        }
    }

    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column

        width: parent.width
        spacing: Theme.spacingSmall

        TextField {
            id: field

            objectName: root.namePrefix + ":number"
            Layout.preferredWidth: 200
            implicitHeight: Theme.touchTarget
            text: typeof root.value === "number" ? String(root.value) : ""
            readOnly: root.readOnly
            // qmllint disable type property
            // (Qt 6.4's qmltypes lack Qt.InputMethodHints; the property exists and works.)
            inputMethodHints: root.type === "integer" ? Qt.ImhDigitsOnly : Qt.ImhFormattedNumbersOnly
            // qmllint enable type property
            font.pixelSize: Theme.fontBody
            Accessible.name: root.accessibleName
            onEditingFinished: root.submitText()
        }

        Label {
            visible: root.problem !== ""
            text: root.problem
            color: Theme.error
            font.pixelSize: Theme.fontSmall
        }
    }
}
