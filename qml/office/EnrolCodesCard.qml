// Enrolment codes: one per agency device, single use, expiring. Each shows as text to read out and as a QR code the
// practitioner's device reads from a picture; the QR can be saved as a PNG to print or send.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Maqa

SectionCard {
    id: root

    required property EnrolCodeListModel enrolCodes
    required property list<string> agencySlugs
    required property list<string> agencyNames
    required property bool busy
    property int savingRow: -1

    signal codeRequested(string agency, int hours)
    signal qrSaveRequested(int row, url file)

    title: qsTr("Enrolment codes")
    subtitle: qsTr("A code enrols one device for one agency, once, within its lifetime. It is shown only now: Maqa does not keep it.")

    GridLayout {
        Layout.fillWidth: true
        columns: width > 480 ? 3 : 1
        columnSpacing: Theme.spacing

        ComboBox {
            id: agency

            objectName: "enrolCodeAgency"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            model: root.agencyNames
            Accessible.name: qsTr("Agency the code is for")
        }
        SpinBox {
            id: hours

            objectName: "enrolCodeHours"
            from: 1
            to: 720
            value: 72
            editable: true
            Accessible.name: qsTr("Hours the code stays valid")
        }
        ActionButton {
            objectName: "enrolCodeIssue"
            highlighted: true
            enabled: !root.busy
            text: qsTr("Issue a code")
            Accessible.name: qsTr("Issue an enrolment code for %1").arg(agency.currentText)
            onClicked: root.codeRequested(root.agencySlugs[agency.currentIndex], hours.value)
        }
    }

    ActionListView {
        objectName: "enrolCodeList"
        Layout.fillWidth: true
        Layout.preferredHeight: contentHeight
        interactive: false
        spacing: Theme.spacing
        model: root.enrolCodes
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Enrolment codes issued")
        onActivated: (action, key) => {
            root.savingRow = parseInt(key);
            saveDialog.open();
        }

        delegate: EnrolCodeDelegate {}
    }

    FileDialog {
        id: saveDialog

        title: qsTr("Save the QR code")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "png"
        nameFilters: [qsTr("PNG pictures (*.png)")]
        onAccepted: root.qrSaveRequested(root.savingRow, selectedFile)
    }
}
