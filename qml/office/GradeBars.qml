// Grade distributions as horizontal stacked bars drawn with Rectangles, one per section or agency, on one scale,
// with a legend. Every bar also says its counts in words for screen readers.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

ColumnLayout {
    id: root

    required property GradeChartModel chart

    spacing: Theme.spacing

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingLarge

        Repeater {
            model: root.chart.gradeLabels

            delegate: Row {
                id: legendItem

                required property string modelData
                required property int index

                spacing: Theme.spacingSmall

                Rectangle {
                    width: 14
                    height: 14
                    radius: 3
                    anchors.verticalCenter: parent.verticalCenter
                    color: Theme.gradeColor(legendItem.index)
                }
                Label {
                    text: legendItem.modelData
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }

    Label {
        visible: root.chart.count === 0
        text: qsTr("No graded returns yet.")
        color: Theme.textMuted
    }

    Repeater {
        model: root.chart

        delegate: ColumnLayout {
            id: bar

            required property string key
            required property string title
            required property string detail
            required property var counts
            required property var fractions
            required property string spoken

            objectName: "bar:" + key
            Layout.fillWidth: true
            spacing: 2
            Accessible.role: Accessible.Chart
            Accessible.name: bar.spoken

            Label {
                Layout.fillWidth: true
                text: bar.title
                elide: Text.ElideRight
            }
            Row {
                id: track

                Layout.fillWidth: true
                Layout.preferredHeight: Theme.spacingXL

                Repeater {
                    model: bar.fractions

                    delegate: Rectangle {
                        id: segment

                        required property var modelData
                        required property int index

                        width: (parent ? parent.width : 0) * modelData.share
                        height: Theme.spacingXL
                        color: Theme.gradeColor(index)

                        Label {
                            anchors.centerIn: parent
                            visible: segment.modelData.count > 0 && segment.width > 18
                            text: segment.modelData.count
                            color: Theme.textOnDark
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                text: bar.detail
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
    }
}
