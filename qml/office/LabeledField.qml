// A label above a one-line text field, touch-sized, named for tests and screen readers.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

ColumnLayout {
    id: root

    //! objectName of the field.
    property string name
    property string label
    property string placeholder
    property alias text: field.text

    signal editingFinished

    Layout.fillWidth: true
    spacing: 2

    Label {
        text: root.label
        font.weight: Font.DemiBold
    }
    TextField {
        id: field

        objectName: root.name
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        placeholderText: root.placeholder
        Accessible.name: root.label
        onEditingFinished: root.editingFinished()
    }
}
