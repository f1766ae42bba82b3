// The surface behind dialogs and popups, drawn with Theme colours so it shows under every renderer.
import QtQuick
import Maqa

Rectangle {
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.divider
}
