// A coloured band with one message: errors, warnings (a possible identifier) and information.
// Hidden when the text is empty, so pages bind it straight to a controller's message.
import QtQuick
import QtQuick.Controls
import Maqa

Rectangle {
    id: root

    enum Kind { Info, Warning, Error, Success }

    //! The message; the banner hides itself when it is empty.
    property string text
    //! Which colours to use.
    property int kind: MessageBanner.Error

    visible: text.length > 0
    implicitHeight: label.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radius
    color: kind === MessageBanner.Error ? Theme.errorSurface : kind === MessageBanner.Warning ? Theme.warningSurface : kind === MessageBanner.Success ? Theme.successSurface : Theme.infoSurface
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Label {
        id: label

        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        text: root.text
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: root.kind === MessageBanner.Error ? Theme.error : root.kind === MessageBanner.Warning ? Theme.warning : root.kind === MessageBanner.Success ? Theme.success : Theme.info
    }
}
