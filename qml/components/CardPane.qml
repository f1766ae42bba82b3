// A white, rounded, softly outlined panel centred on the page with a readable maximum width.
// Used by the lock, setup and small form pages so they look the same on a tablet in either orientation.
import QtQuick
import QtQuick.Controls
import Maqa

Pane {
    id: root

    padding: Theme.spacingXL
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 560, 560)
    anchors.centerIn: parent

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius * 2
        border.color: Theme.divider
    }
}
