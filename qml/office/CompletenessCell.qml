// One cell of the completeness table: a header (agency or case), a total, or a case × agency state with its detail
// and, while drafting, a progress bar.
import QtQuick
import QtQuick.Controls
import Maqa

Rectangle {
    id: root

    required property string kind
    required property string text
    required property string detail
    required property string cellState
    required property real progress
    required property string accessibleText
    required property int row
    required property int column
    readonly property bool isHeader: kind === "agency" || kind === "case" || kind === "corner"

    objectName: "cell:" + row + ":" + column
    implicitWidth: 100
    implicitHeight: Theme.touchTarget
    radius: kind === "cell" ? Theme.radius / 2 : 0
    color: kind === "cell" ? Theme.completenessSurface(cellState) : isHeader ? Theme.surfaceMuted : Theme.surface
    border.color: kind === "cell" ? Theme.completenessColor(cellState) : Theme.transparent
    border.width: kind === "cell" && cellState !== "not_started" ? 1 : 0
    Accessible.role: isHeader ? Accessible.ColumnHeader : Accessible.Cell
    Accessible.name: accessibleText

    Column {
        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        spacing: 0

        Label {
            width: parent.width
            text: root.text
            elide: Text.ElideRight
            font.pixelSize: root.kind === "cell" ? Theme.fontSmall : Theme.fontBody
            font.weight: root.isHeader || root.kind === "total" ? Font.DemiBold : Font.Normal
            color: root.kind === "cell" ? Theme.completenessColor(root.cellState) : Theme.text
        }
        Label {
            width: parent.width
            visible: root.detail !== ""
            text: root.detail
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Rectangle {
            width: parent.width
            height: 4
            visible: root.progress > 0
            radius: 2
            color: Theme.divider

            Rectangle {
                width: parent.width * root.progress
                height: parent.height
                radius: 2
                color: Theme.completenessColor(root.cellState)
            }
        }
    }
}
