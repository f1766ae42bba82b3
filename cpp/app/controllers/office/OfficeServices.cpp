// Construction of the office's controllers (see OfficeServices.h). Order matters: the sync attaches before the
// others read the newly opened store, and the briefing exists before the findings that add to it.
#include "app/controllers/office/OfficeServices.h"

#include "app/controllers/office/ActionPlanController.h"
#include "app/controllers/office/BriefingController.h"
#include "app/controllers/office/OfficeAuditsController.h"
#include "app/controllers/office/OfficeExportController.h"
#include "app/controllers/office/OfficeFindingsController.h"
#include "app/controllers/office/OfficeReturnsController.h"
#include "app/controllers/office/OfficeSession.h"
#include "app/controllers/office/OfficeSetupController.h"
#include "app/controllers/office/OfficeSyncController.h"

OfficeServices::OfficeServices(SessionController *session, TemplateCatalog *catalog,
                               const maqa::core::KdfParams &backupKdf,
                               const maqa::client::OfficeSyncOptions &syncOptions, QObject *parent)
    : QObject(parent)
    , m_session(new OfficeSession(session, catalog, this))
    , m_sync(new OfficeSyncController(m_session, syncOptions, this))
    , m_setup(new OfficeSetupController(m_session, backupKdf, this))
    , m_audits(new OfficeAuditsController(m_session, m_sync, this))
    , m_returns(new OfficeReturnsController(m_session, this))
    , m_briefing(new BriefingController(m_session, this))
    , m_findings(new OfficeFindingsController(m_session, m_briefing, this))
    , m_actions(new ActionPlanController(m_session, m_briefing, this))
    , m_exports(new OfficeExportController(m_session, m_briefing, this))
{}
