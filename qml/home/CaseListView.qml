// Assigned cases grouped under their audit's title and due date; each row shows the case code and its state.
import QtQuick
import QtQuick.Controls
import Maqa

ActionListView {
    id: root

    //! Open (or start) the audit of `caseCode` in `auditId`.
    signal caseChosen(string auditId, string caseCode)
    //! Reopen a return the office sent back, as a new revision.
    signal reopenRequested(string uuid)

    objectName: "caseList"
    onActivated: (action, key, detail) => action === "reopen" ? root.reopenRequested(key) : root.caseChosen(key, detail)
    clip: true
    spacing: Theme.spacingSmall
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Assigned cases")
    section.property: "auditHeading"
    section.delegate: AuditHeading {}

    delegate: CaseDelegate {}

    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingLarge
        visible: root.count === 0
        text: qsTr("No audits are assigned to this device yet. They arrive with enrolment and sync; until then you can start a practice audit for a case code.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        color: Theme.textMuted
    }
}
