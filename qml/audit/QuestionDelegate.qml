// One row of the question list: label, hint, the editor for the question's type, the required / constraint message
// beside it, a non-blocking identifier warning, the live-risk banner, and entry headers inside repeat groups.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

FocusScope {
    id: root

    required property int index
    required property string path
    required property string kind
    required property string type
    required property string label
    required property string hint
    required property var value
    required property string displayValue
    required property bool relevant
    required property bool isRequired
    required property string message
    required property bool readOnly
    required property var choices
    required property string appearance
    required property int maxLength
    required property string identifierWarning
    required property bool liveRisk
    required property string group
    required property string entryId
    required property int entryNumber
    required property bool entryStart
    required property int entryCount
    required property bool canAddEntry

    readonly property QuestionListBase view: ListView.view as QuestionListBase
    readonly property bool inEntry: entryId !== ""

    function editorFor(): Component {
        switch (root.type) {
        case "yes_no":
            return yesNo;
        case "grade":
            return root.appearance === "segmented" ? yesNo : grade;
        case "select_one":
            return root.appearance === "segmented" ? yesNo : singleChoice;
        case "select_multiple":
        case "agencies":
        case "themes":
            return chips;
        case "date":
            return dateEditor;
        case "time":
            return timeEditor;
        case "datetime":
            return dateTimeEditor;
        case "integer":
        case "decimal":
            return numberEditor;
        case "text":
            return root.appearance === "multiline" ? longText : shortText;
        case "long_text":
            return longText;
        case "calculate":
            return calculated;
        case "repeat":
            return repeat;
        default:
            return null;
        }
    }

    function bindEditor(e: QuestionEditor) {
        if (!e)
            return;
        e.value = Qt.binding(() => root.value);
        e.choices = Qt.binding(() => root.choices);
        e.displayValue = Qt.binding(() => root.displayValue);
        e.readOnly = Qt.binding(() => root.readOnly);
        e.type = root.type;
        e.appearance = root.appearance;
        e.maxLength = root.maxLength;
        e.accessibleName = root.label;
        e.namePrefix = "answer:" + root.path;
        e.answered.connect(v => root.view.answerEdited(root.path, v));
        e.textEdited.connect(t => root.view.textEdited(root.path, t));
        e.textFinished.connect(() => root.view.textFinished(root.path));
        const r = e as RepeatEditor;
        if (r) {
            r.entryCount = Qt.binding(() => root.entryCount);
            r.canAdd = Qt.binding(() => root.canAddEntry);
            r.addRequested.connect(() => root.view.entryAddRequested(root.path));
        }
    }

    objectName: "question:" + path
    visible: relevant
    height: relevant ? column.implicitHeight + Theme.spacingXL : 0
    implicitHeight: height
    onActiveFocusChanged: {
        if (activeFocus && root.view)
            root.view.focused(root.path);
    }

    Rectangle {
        anchors.fill: parent
        anchors.leftMargin: root.inEntry ? Theme.spacingLarge : 0
        visible: root.inEntry
        color: Theme.surfaceMuted
    }

    ColumnLayout {
        id: column

        x: root.inEntry ? Theme.margin + Theme.spacingLarge : Theme.margin
        y: Theme.spacingLarge
        width: root.width - x - Theme.margin
        spacing: Theme.spacing

        EntryHeader {
            Layout.fillWidth: true
            visible: root.entryStart
            number: root.entryNumber
            readOnly: root.readOnly
            objectName: "entry:" + root.group + "/" + root.entryId
            onRemoveRequested: root.view.entryRemoveRequested(root.group, root.entryId)
        }

        Label {
            Layout.fillWidth: true
            text: root.label + (root.isRequired ? "  *" : "")
            wrapMode: Text.Wrap
            font.pixelSize: root.kind === "group" ? Theme.fontLarge : Theme.fontBody
            font.weight: root.type === "note" ? Font.Normal : Font.DemiBold
            color: root.liveRisk ? Theme.error : Theme.text
        }

        Label {
            Layout.fillWidth: true
            visible: root.hint !== ""
            text: root.hint
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }

        Loader {
            id: editor

            Layout.fillWidth: true
            sourceComponent: root.editorFor()
            onLoaded: root.bindEditor(editor.item as QuestionEditor)
        }

        AnswerNotes {
            Layout.fillWidth: true
            objectName: "notes:" + root.path
            message: root.message
            identifierWarning: root.identifierWarning
            liveRiskRaised: root.liveRisk && root.value === "yes"
        }
    }

    Component {
        id: yesNo

        YesNoEditor {}
    }
    Component {
        id: grade

        GradeEditor {}
    }
    Component {
        id: singleChoice

        SingleChoiceEditor {}
    }
    Component {
        id: chips

        ChipsEditor {}
    }
    Component {
        id: dateEditor

        DateEditor {}
    }
    Component {
        id: timeEditor

        TimeEditor {}
    }
    Component {
        id: dateTimeEditor

        DateTimeEditor {}
    }
    Component {
        id: numberEditor

        NumberEditor {}
    }
    Component {
        id: shortText

        ShortTextEditor {}
    }
    Component {
        id: longText

        LongTextEditor {}
    }
    Component {
        id: calculated

        CalculatedEditor {}
    }
    Component {
        id: repeat

        RepeatEditor {}
    }
}
