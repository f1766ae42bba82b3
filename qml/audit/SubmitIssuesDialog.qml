// The submit refusal: "not yet — these need attention", listing every missing or invalid answer with its section;
// tapping one closes the dialog and goes there.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Dialog {
    id: root

    property IssueListModel issues

    signal chosen(string path)
    signal dismissed

    title: qsTr("Not ready to submit")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 2 * Theme.margin : 600, 640)
    height: Math.min(Overlay.overlay ? Overlay.overlay.height - 2 * Theme.margin : 600, 640)
    closePolicy: Popup.CloseOnEscape
    standardButtons: Dialog.Close
    background: PopupBackground {}
    onRejected: root.dismissed()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("%n answer(s) still need attention. Tap one to go there.", "", root.issues ? root.issues.count : 0)
            wrapMode: Text.Wrap
            color: Theme.text
        }

        IssueListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: root.issues
            onChosen: path => {
                root.chosen(path);
                root.dismissed();
            }
        }
    }
}
