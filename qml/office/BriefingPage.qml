// The briefing editor: drafted from the findings, then edited section by section — background and sample, worries,
// good practice, themes for learning (what we found, what needs to happen), reflection questions, links. Every
// change is saved as it is typed (the controller waits for a pause); the state shows beside the title.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

OfficeScrollPage {
    id: root

    required property bool hasBriefing
    required property string briefingTitle
    required property string briefingSubtitle
    required property string backgroundText
    required property string sampleFacts
    required property BriefingListModel worries
    required property BriefingListModel goodPractice
    required property BriefingListModel themes
    required property BriefingListModel reflection
    required property BriefingListModel links
    required property string saveState
    required property string errorMessage

    signal draftRequested
    signal titleEdited(string text)
    signal subtitleEdited(string text)
    signal backgroundEdited(string text)
    signal fieldEdited(int list, int row, int field, string text)
    signal rowAdded(int list)
    signal rowRemoved(int list, int row)
    signal editingFinished

    objectName: "briefingPage"
    heading: qsTr("Briefing")

    BriefingHeaderCard {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        hasBriefing: root.hasBriefing
        briefingTitle: root.briefingTitle
        briefingSubtitle: root.briefingSubtitle
        backgroundText: root.backgroundText
        sampleFacts: root.sampleFacts
        saveState: root.saveState
        errorMessage: root.errorMessage
        onDraftRequested: root.draftRequested()
        onTitleEdited: text => root.titleEdited(text)
        onSubtitleEdited: text => root.subtitleEdited(text)
        onBackgroundEdited: text => root.backgroundEdited(text)
        onEditingFinished: root.editingFinished()
    }

    BriefingListEditor {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        visible: root.hasBriefing
        list: BriefingController.Worries
        name: "worries"
        title: qsTr("What we are worried about")
        fieldLabels: [qsTr("Worry")]
        items: root.worries
        onFieldEdited: (list, row, field, text) => root.fieldEdited(list, row, field, text)
        onRowAdded: list => root.rowAdded(list)
        onRowRemoved: (list, row) => root.rowRemoved(list, row)
        onEditingFinished: root.editingFinished()
    }

    BriefingListEditor {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        visible: root.hasBriefing
        list: BriefingController.GoodPractice
        name: "goodPractice"
        title: qsTr("What good practice we saw")
        fieldLabels: [qsTr("Good practice")]
        items: root.goodPractice
        onFieldEdited: (list, row, field, text) => root.fieldEdited(list, row, field, text)
        onRowAdded: list => root.rowAdded(list)
        onRowRemoved: (list, row) => root.rowRemoved(list, row)
        onEditingFinished: root.editingFinished()
    }

    BriefingListEditor {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        visible: root.hasBriefing
        list: BriefingController.Themes
        name: "themes"
        title: qsTr("Themes for learning")
        fieldLabels: [qsTr("Theme"), qsTr("What we found"), qsTr("What needs to happen")]
        items: root.themes
        onFieldEdited: (list, row, field, text) => root.fieldEdited(list, row, field, text)
        onRowAdded: list => root.rowAdded(list)
        onRowRemoved: (list, row) => root.rowRemoved(list, row)
        onEditingFinished: root.editingFinished()
    }

    BriefingListEditor {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        visible: root.hasBriefing
        list: BriefingController.Reflection
        name: "reflection"
        title: qsTr("Questions to reflect on")
        fieldLabels: [qsTr("Question")]
        items: root.reflection
        onFieldEdited: (list, row, field, text) => root.fieldEdited(list, row, field, text)
        onRowAdded: list => root.rowAdded(list)
        onRowRemoved: (list, row) => root.rowRemoved(list, row)
        onEditingFinished: root.editingFinished()
    }

    BriefingListEditor {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        visible: root.hasBriefing
        list: BriefingController.Links
        name: "links"
        title: qsTr("Policies and tools")
        fieldLabels: [qsTr("Title"), qsTr("Address")]
        items: root.links
        onFieldEdited: (list, row, field, text) => root.fieldEdited(list, row, field, text)
        onRowAdded: list => root.rowAdded(list)
        onRowRemoved: (list, row) => root.rowRemoved(list, row)
        onEditingFinished: root.editingFinished()
    }
}
