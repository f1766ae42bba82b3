// How many returns named each theme, as horizontal bars drawn with Rectangles.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

ColumnLayout {
    id: root

    required property ThemeCountModel counts

    spacing: Theme.spacingSmall

    Label {
        visible: root.counts.count === 0
        text: qsTr("No return names a theme yet.")
        color: Theme.textMuted
    }

    Repeater {
        model: root.counts

        delegate: RowLayout {
            id: theme

            required property string name
            required property string label
            required property int count
            required property real fraction

            objectName: "theme:" + name
            Layout.fillWidth: true
            spacing: Theme.spacing
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("%1: %n return(s)", "", count).arg(label)

            Label {
                Layout.preferredWidth: theme.width * 0.38
                text: theme.label
                elide: Text.ElideRight
            }
            Item {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.spacingLarge + Theme.spacingSmall

                Rectangle {
                    width: parent.width * theme.fraction
                    height: parent.height
                    radius: 3
                    color: Theme.chartBar
                }
            }
            Label {
                Layout.preferredWidth: 32
                text: theme.count
                horizontalAlignment: Text.AlignRight
            }
        }
    }
}
