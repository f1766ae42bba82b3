// The briefing's title, subtitle and background, with the sample in figures, the save state, and drafting it from
// the findings (asking first when it would replace the office's edits).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

SectionCard {
    id: root

    required property bool hasBriefing
    required property string backgroundText
    required property string sampleFacts
    required property string saveState
    required property string errorMessage
    property string briefingTitle
    property string briefingSubtitle

    signal draftRequested
    signal titleEdited(string text)
    signal subtitleEdited(string text)
    signal backgroundEdited(string text)
    signal editingFinished

    title: root.hasBriefing ? qsTr("Background and what we looked at") : qsTr("No briefing yet")
    subtitle: root.hasBriefing ? root.sampleFacts : qsTr("Draft one from the findings: the worries and good practice named most, the top themes, and the contradictions between agencies. Then edit every word.")

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Label {
            objectName: "briefingSaveState"
            Layout.fillWidth: true
            text: root.saveState
            color: Theme.textMuted
        }
        ActionButton {
            objectName: "briefingDraft"
            highlighted: !root.hasBriefing
            text: root.hasBriefing ? qsTr("Draft again from the findings…") : qsTr("Draft from the findings")
            Accessible.name: text
            onClicked: root.hasBriefing ? confirm.open() : root.draftRequested()
        }
    }

    MessageBanner {
        objectName: "briefingError"
        Layout.fillWidth: true
        text: root.errorMessage
    }

    TextField {
        objectName: "briefingTitle"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        visible: root.hasBriefing
        text: root.briefingTitle
        font.pixelSize: Theme.fontLarge
        placeholderText: qsTr("Title")
        Accessible.name: qsTr("Briefing title")
        onTextEdited: root.titleEdited(text)
        onEditingFinished: root.editingFinished()
    }
    TextField {
        objectName: "briefingSubtitle"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        visible: root.hasBriefing
        text: root.briefingSubtitle
        placeholderText: qsTr("Subtitle: the period, the month published")
        Accessible.name: qsTr("Briefing subtitle")
        onTextEdited: root.subtitleEdited(text)
        onEditingFinished: root.editingFinished()
    }
    TextArea {
        objectName: "briefingBackground"
        Layout.fillWidth: true
        visible: root.hasBriefing
        text: root.backgroundText
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Background: why this audit, and what was looked at")
        Accessible.name: qsTr("Background")
        onTextChanged: {
            if (activeFocus)
                root.backgroundEdited(text);
        }
        onEditingFinished: root.editingFinished()
    }

    Dialog {
        id: confirm

        objectName: "briefingRedraftDialog"
        implicitWidth: 480 // its default (title, buttons, content) loops through the button box's width
        anchors.centerIn: Overlay.overlay
        modal: true
        title: qsTr("Draft the briefing again?")
        standardButtons: Dialog.Yes | Dialog.Cancel
        onAccepted: root.draftRequested()
        background: PopupBackground {}

        Label {
            width: 420 // fixed: tied to the card, the popup and the card sized each other in a loop
            text: qsTr("The draft replaces everything written in this briefing so far.")
            wrapMode: Text.Wrap
        }
    }
}
