// The window and its navigator: which page shows follows the session's state (no store, locked, open, erased) and,
// once open, the role chosen after first-run setup (the practitioner's workspace or the partnership office's).
// The only QML that talks to controllers for the session; pages get properties in and send signals out.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Maqa

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    title: qsTr("Maqa")
    color: Theme.background
    font.pixelSize: Theme.fontBody

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    Loader {
        id: stage

        objectName: "stage"
        anchors.fill: parent
        sourceComponent: {
            switch (SessionController.state) {
            case SessionController.NoStore:
                return setupComponent;
            case SessionController.Locked:
                return unlockComponent;
            case SessionController.Wiped:
                return erasedComponent;
            default:
                if (!SettingsController.loaded)
                    return null;
                if (SettingsController.role === "office")
                    return officeComponent;
                return SettingsController.role === "practitioner" ? workspaceComponent : roleComponent;
            }
        }
    }

    Component {
        id: setupComponent

        SetupPage {
            busy: SessionController.busy
            errorMessage: SessionController.errorMessage
            strengthScore: SessionController.passphraseScore(candidate)
            strengthHint: SessionController.passphraseHint(candidate)
            onCreateRequested: (passphrase, confirmation) => SessionController.createStore(passphrase, confirmation)
        }
    }

    Component {
        id: unlockComponent

        UnlockPage {
            busy: SessionController.busy
            errorMessage: SessionController.errorMessage
            retryInSeconds: SessionController.retryInSeconds
            onUnlockRequested: passphrase => SessionController.unlock(passphrase)
        }
    }

    Component {
        id: erasedComponent

        ErasedPage {
            message: SessionController.errorMessage
            onAcknowledged: SessionController.acknowledgeWipe()
        }
    }

    Component {
        id: roleComponent

        RolePage {
            onRoleChosen: role => SettingsController.chooseRole(role)
        }
    }

    Component {
        id: officeComponent

        OfficeWorkspace {
            onLockRequested: SessionController.lock()
        }
    }

    Component {
        id: workspaceComponent

        Workspace {
            onLockRequested: SessionController.lock()
        }
    }
}
