// One list of the briefing, edited in place: each row one to three text fields (a statement; a theme's title, what
// we found and what needs to happen; a link's title and address), a way to remove it, and a way to add one.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

SectionCard {
    id: root

    //! Which of BriefingController's lists this edits.
    required property int list
    //! objectName prefix of the fields.
    required property string name
    required property list<string> fieldLabels
    required property BriefingListModel items

    signal fieldEdited(int list, int row, int field, string text)
    signal rowAdded(int list)
    signal rowRemoved(int list, int row)
    signal editingFinished

    BriefingRowsView {
        objectName: root.name + ":rows"
        Layout.fillWidth: true
        Layout.preferredHeight: contentHeight
        prefix: root.name
        fieldLabels: root.fieldLabels
        model: root.items
        Accessible.role: Accessible.List
        Accessible.name: root.title
        onFieldEdited: (row, field, text) => root.fieldEdited(root.list, row, field, text)
        onRemoveRequested: row => root.rowRemoved(root.list, row)
        onEditingFinished: root.editingFinished()

        delegate: BriefingRowEditor {}
    }

    ActionButton {
        objectName: root.name + ":add"
        text: qsTr("+ Add")
        Accessible.name: qsTr("Add to %1").arg(root.title)
        onClicked: root.rowAdded(root.list)
    }
}
