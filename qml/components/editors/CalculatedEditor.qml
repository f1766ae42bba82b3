// A calculated value, read-only: what the template's calculation gives from the current answers ("—" while it
// cannot be worked out yet).
import QtQuick
import QtQuick.Controls
import Maqa

QuestionEditor {
    id: root

    implicitHeight: shown.implicitHeight + 2 * Theme.spacing

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.surfaceMuted
    }

    Label {
        id: shown

        objectName: root.namePrefix + ":calculated"
        anchors.verticalCenter: parent.verticalCenter
        x: Theme.spacingLarge
        width: parent.width - 2 * Theme.spacingLarge
        text: root.displayValue !== "" ? root.displayValue : "—"
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        color: Theme.text
        Accessible.role: Accessible.StaticText
        Accessible.name: root.accessibleName + ": " + text
    }
}
