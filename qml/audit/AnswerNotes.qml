// What shows under an answer: the required / constraint message (or a refused edit), a warning when free text
// looks like it holds an identifier (never blocking), and the live-risk instruction when a child is at risk now.
import QtQuick
import QtQuick.Layouts
import Maqa

ColumnLayout {
    id: root

    //! The form engine's message for this question, or empty.
    property string message
    //! The identifier scan's warning, or empty.
    property string identifierWarning
    //! The live-risk question is answered "yes".
    property bool liveRiskRaised

    spacing: Theme.spacingSmall
    visible: message !== "" || identifierWarning !== "" || liveRiskRaised

    MessageBanner {
        objectName: root.objectName + ":message"
        Layout.fillWidth: true
        kind: MessageBanner.Error
        text: root.message
    }

    MessageBanner {
        objectName: root.objectName + ":identifier"
        Layout.fillWidth: true
        kind: MessageBanner.Warning
        text: root.identifierWarning !== "" ? qsTr("Possible identifier: %1").arg(root.identifierWarning) : ""
    }

    MessageBanner {
        objectName: root.objectName + ":liveRisk"
        Layout.fillWidth: true
        kind: MessageBanner.Error
        text: root.liveRiskRaised ? qsTr("A child may be at risk now. Act through your agency's safeguarding procedures at once — do not wait for this audit.") : ""
    }
}
