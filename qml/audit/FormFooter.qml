// The bar under the questions: previous and next section (also Ctrl+PgUp / Ctrl+PgDown) and Submit.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Pane {
    id: root

    property bool readOnly
    property bool canSubmit

    signal previousRequested
    signal nextRequested
    signal submitRequested

    padding: Theme.spacing
    background: Rectangle {
        color: Theme.surface
        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ActionButton {
            objectName: "previousSection"
            text: qsTr("‹ Previous")
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Previous section")
            onClicked: root.previousRequested()
        }

        ActionButton {
            objectName: "nextSection"
            text: qsTr("Next ›")
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Next section")
            onClicked: root.nextRequested()
        }

        Item {
            Layout.fillWidth: true
        }

        ActionButton {
            objectName: "submitButton"
            visible: !root.readOnly
            text: root.canSubmit ? qsTr("Submit") : qsTr("Submit…")
            highlighted: root.canSubmit
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Submit this return")
            onClicked: root.submitRequested()
        }
    }
}
