// Quick capture of the child's own words, verbatim, with the time (now by default) and the context, in one step:
// type, press Add (or Ctrl+Enter), and the quote becomes an entry below.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

Pane {
    id: root

    property int quoteCount

    signal captured(string words, string time, string context)

    function pad(n: int): string {
        return n < 10 ? "0" + n : "" + n;
    }
    function capture() {
        if (words.text.trim() === "")
            return;
        const now = new Date();
        root.captured(words.text, time.text.trim() !== "" ? time.text.trim() : root.pad(now.getHours()) + ":" + root.pad(now.getMinutes()), context.text);
        words.clear();
        context.clear();
        time.clear();
    }

    padding: Theme.spacingLarge
    background: Rectangle {
        radius: Theme.radius
        color: Theme.infoSurface
        border.color: Theme.divider
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: qsTr("In their own words — %n quote(s) so far", "", root.quoteCount)
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
        }

        TextArea {
            id: words

            objectName: "quoteWords"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget * 1.5
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Exactly what the child said…")
            Accessible.name: qsTr("The child's words")
            Keys.onPressed: event => {
                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                    root.capture();
                    event.accepted = true;
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            TextField {
                id: time

                objectName: "quoteTime"
                Layout.preferredWidth: 96
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("now")
                Accessible.name: qsTr("When it was said (HH:MM, empty for now)")
            }
            TextField {
                id: context

                objectName: "quoteContext"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Context: at tea, while playing…")
                Accessible.name: qsTr("Context of the quote")
            }
            ActionButton {
                objectName: "quoteAdd"
                text: qsTr("Add quote")
                highlighted: true
                enabled: words.text.trim() !== ""
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Add the quote")
                onClicked: root.capture()
            }
        }
    }
}
