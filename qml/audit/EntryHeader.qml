// The heading of one repeat entry inside the question list: its number and a remove button (asks first).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

RowLayout {
    id: root

    //! 1-based entry number.
    property int number
    //! No removing from submitted returns.
    property bool readOnly

    signal removeRequested

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        text: qsTr("Entry %1").arg(root.number)
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        color: Theme.primary
    }

    ActionButton {
        objectName: root.objectName + ":remove"
        visible: !root.readOnly
        text: confirm ? qsTr("Remove — sure?") : qsTr("Remove")
        flat: true
        implicitHeight: Theme.touchTarget
        Accessible.name: qsTr("Remove entry %1").arg(root.number)
        property bool confirm: false
        onClicked: {
            if (confirm)
                root.removeRequested();
            confirm = !confirm;
        }
    }
}
