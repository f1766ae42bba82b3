// Home: the audits assigned to this practitioner and their recent observations (filled in by later work).
// For now it says plainly that the device is not enrolled yet.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Page {
    id: root

    objectName: "homePage"
    background: Rectangle {
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacingLarge

        MessageBanner {
            Layout.fillWidth: true
            kind: MessageBanner.Info
            text: qsTr("This device is not enrolled yet: ask the partnership office for an enrolment code.")
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
