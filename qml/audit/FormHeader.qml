// The form's heading: template title, case code, status, current section and overall progress; in portrait it
// also opens the section drawer.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Pane {
    id: root

    property string formTitle
    property string caseCode
    property string statusText
    property real progress
    property string sectionTitle
    property bool showSectionsButton

    signal sectionsRequested

    padding: Theme.spacingLarge
    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ActionButton {
                objectName: "sectionsButton"
                visible: root.showSectionsButton
                text: qsTr("Sections")
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Show the list of sections")
                onClicked: root.sectionsRequested()
            }

            Label {
                Layout.fillWidth: true
                text: root.formTitle + " · " + root.caseCode
                elide: Text.ElideRight
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
            }

            Label {
                objectName: "formStatus"
                text: root.statusText + " · " + Math.round(root.progress * 100) + "%"
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
            }
        }

        Label {
            objectName: "formSectionTitle"
            Layout.fillWidth: true
            text: root.sectionTitle
            font.pixelSize: Theme.fontLarge
            color: Theme.primary
            elide: Text.ElideRight
        }

        ProgressBar {
            Layout.fillWidth: true
            value: root.progress
            Accessible.name: qsTr("%1% complete").arg(Math.round(root.progress * 100))
        }
    }
}
