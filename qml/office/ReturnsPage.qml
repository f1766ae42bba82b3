// The returns of the audit shown, each with its review state (tap to read and review it), pulling new ones from the
// server, and the quarantine: returns that could not be accepted, each with its reason — shown, never hidden.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

OfficeScrollPage {
    id: root

    required property OfficeReturnListModel returns
    required property QuarantineListModel quarantine
    required property string auditTitle
    required property bool connected
    required property bool busy
    required property string lastSummary
    required property string errorMessage

    signal pullRequested
    signal returnChosen(string uuid, int revision)

    objectName: "returnsPage"
    heading: root.auditTitle === "" ? qsTr("Returns") : qsTr("Returns: %1").arg(root.auditTitle)

    RowLayout {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        spacing: Theme.spacing

        Label {
            objectName: "returnsSummary"
            Layout.fillWidth: true
            text: root.lastSummary !== "" ? root.lastSummary : qsTr("Pull to open the returns the agencies have sent.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
        ActionButton {
            objectName: "returnsPull"
            highlighted: true
            enabled: root.connected && !root.busy
            text: root.busy ? qsTr("Pulling…") : qsTr("Pull and open returns")
            Accessible.name: qsTr("Pull new returns from the server and open them")
            onClicked: root.pullRequested()
        }
    }

    MessageBanner {
        objectName: "returnsError"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: root.wide ? 2 : 1
        text: root.errorMessage
    }

    SectionCard {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        title: qsTr("%n return(s)", "", root.returns.count)
        subtitle: root.returns.count === 0 ? qsTr("No return of this audit has been opened yet.") : qsTr("Tap a return to read it section by section and review it.")

        ActionListView {
            objectName: "returnList"
            Layout.fillWidth: true
            Layout.preferredHeight: contentHeight
            interactive: false
            spacing: Theme.spacingSmall
            model: root.returns
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Returns of this audit")
            onActivated: (action, key, detail) => root.returnChosen(key, parseInt(detail))

            delegate: OfficeReturnDelegate {}
        }
    }

    SectionCard {
        objectName: "quarantineCard"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        title: qsTr("Quarantine (%1)").arg(root.quarantine.count)
        subtitle: root.quarantine.count === 0 ? qsTr("Nothing quarantined: every return pulled opened and checked.") : qsTr("These could not be accepted. Ask the agency to resend, or the server's administrator to check the device.")

        ListView {
            objectName: "quarantineList"
            Layout.fillWidth: true
            Layout.preferredHeight: contentHeight
            interactive: false
            spacing: Theme.spacingSmall
            model: root.quarantine
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Quarantined returns")

            delegate: QuarantineDelegate {}
        }
    }
}
