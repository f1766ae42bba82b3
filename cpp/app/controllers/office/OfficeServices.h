// The office's controllers, built once beside the practitioner's (AppServices owns one): its session, sync, set-up,
// audits, returns, findings, briefing, action plan and exports. Which pages show depends on the role setting.
#pragma once

#include "client/office/OfficeSyncOptions.h"
#include "core/crypto/KeyWrap.h"

#include <QObject>

class SessionController;
class TemplateCatalog;
class OfficeSession;
class OfficeSyncController;
class OfficeSetupController;
class OfficeAuditsController;
class OfficeReturnsController;
class OfficeFindingsController;
class BriefingController;
class ActionPlanController;
class OfficeExportController;

/** Owns the office's controllers. */
class OfficeServices : public QObject
{
    Q_OBJECT
public:
    /** Controllers over @p session; key backups use @p backupKdf, the sync @p syncOptions. */
    OfficeServices(SessionController *session, TemplateCatalog *catalog, const maqa::core::KdfParams &backupKdf,
                   const maqa::client::OfficeSyncOptions &syncOptions, QObject *parent = nullptr);

    OfficeSession *session() const { return m_session; }
    OfficeSyncController *sync() const { return m_sync; }
    OfficeSetupController *setup() const { return m_setup; }
    OfficeAuditsController *audits() const { return m_audits; }
    OfficeReturnsController *returns() const { return m_returns; }
    OfficeFindingsController *findings() const { return m_findings; }
    BriefingController *briefing() const { return m_briefing; }
    ActionPlanController *actions() const { return m_actions; }
    OfficeExportController *exports() const { return m_exports; }

private:
    OfficeSession *m_session;
    OfficeSyncController *m_sync;
    OfficeSetupController *m_setup;
    OfficeAuditsController *m_audits;
    OfficeReturnsController *m_returns;
    BriefingController *m_briefing;
    OfficeFindingsController *m_findings;
    ActionPlanController *m_actions;
    OfficeExportController *m_exports;
};
