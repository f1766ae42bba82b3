// The partnership office's unlocked app and its navigator: a header (the audit shown, the office's sync status,
// sync now, lock), a rail of pages (a tab bar in portrait), and reading a return on top of the returns page.
// With OfficePages.qml, the only office QML that calls controllers; pages get properties in and send signals out.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Maqa

Page {
    id: root

    readonly property bool landscape: width >= height
    //! The page shown: one of OfficeNavigation's keys.
    property string current: OfficeSyncController.setUp ? "audits" : "setup"

    signal lockRequested

    //! Shows page `key` ("setup", "audits", "returns", "completeness", "findings", "briefing", "actions", "exports").
    function show(key: string) {
        OfficeReturnsController.closeReturn();
        root.current = key;
    }

    objectName: "officeWorkspace"

    header: OfficeHeader {
        auditTitles: OfficeAuditsController.audits
        currentAuditId: OfficeAuditsController.currentAuditId
        statusText: OfficeSyncController.statusText
        busy: OfficeSyncController.busy
        setUp: OfficeSyncController.setUp
        onAuditChosen: auditId => OfficeAuditsController.currentAuditId = auditId
        onSyncRequested: OfficeSyncController.syncNow()
        onLockRequested: root.lockRequested()
    }

    GridLayout {
        anchors.fill: parent
        columns: root.landscape ? 2 : 1
        rowSpacing: 0
        columnSpacing: 0

        OfficeNavigation {
            Layout.fillHeight: root.landscape
            Layout.fillWidth: !root.landscape
            vertical: root.landscape
            current: root.current
            onChosen: key => root.show(key)
        }

        OfficePages {
            Layout.fillWidth: true
            Layout.fillHeight: true
            current: root.current
        }
    }
}
