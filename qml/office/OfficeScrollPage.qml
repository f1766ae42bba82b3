// The frame of the office's scrolling pages: a heading, then cards in one column (portrait) or two (landscape),
// scrolled with the finger, the wheel or the keyboard.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Page {
    id: root

    property string heading
    //! Two columns when the page is wide enough. Cards fill their row's height (the layout centres anything shorter,
    //! and qmllint 6.4 cannot type Layout.alignment); a column of cards ends with a filler. Cards share a row equally
    //! (Layout.preferredWidth: 1): sized by their content, wrapping chips would make the layout loop.
    readonly property bool wide: width >= 1000
    default property alias cards: grid.data

    background: Rectangle {
        color: Theme.background
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column

            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.spacingLarge

            Label {
                Layout.fillWidth: true
                text: root.heading
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
            }

            GridLayout {
                id: grid

                Layout.fillWidth: true
                columns: root.wide ? 2 : 1
                columnSpacing: Theme.spacingLarge
                rowSpacing: Theme.spacingLarge
            }
        }
    }
}
