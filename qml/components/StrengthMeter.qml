// A five-step bar and a sentence showing how strong a passphrase is, as the person types it.
// The score and hint come from the session controller; this only draws them.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maqa

ColumnLayout {
    id: root

    //! 0 (unusable) to 4 (strong).
    property int score
    //! One sentence about the passphrase.
    property string hint

    spacing: Theme.spacingSmall
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Passphrase strength %1 of 4. %2").arg(score).arg(hint)

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        // Four explicit steps rather than a Repeater: delegates may not read outer ids cleanly in Qt 6.4's qmllint.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 6
            radius: 3
            color: root.score > 0 ? Theme.strengthColor(root.score) : Theme.surfaceMuted
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 6
            radius: 3
            color: root.score > 1 ? Theme.strengthColor(root.score) : Theme.surfaceMuted
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 6
            radius: 3
            color: root.score > 2 ? Theme.strengthColor(root.score) : Theme.surfaceMuted
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 6
            radius: 3
            color: root.score > 3 ? Theme.strengthColor(root.score) : Theme.surfaceMuted
        }
    }

    Label {
        Layout.fillWidth: true
        text: root.hint
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }
}
