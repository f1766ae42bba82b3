// The office's controllers as QML singletons (see QmlSingletons.h for why QML_FOREIGN wrappers), and the pointers
// they hand out, set from the OfficeServices built beside the practitioner's controllers.
#pragma once

#include "app/controllers/office/ActionPlanController.h"
#include "app/controllers/office/BriefingController.h"
#include "app/controllers/office/OfficeAuditsController.h"
#include "app/controllers/office/OfficeExportController.h"
#include "app/controllers/office/OfficeFindingsController.h"
#include "app/controllers/office/OfficeReturnsController.h"
#include "app/controllers/office/OfficeServices.h"
#include "app/controllers/office/OfficeSetupController.h"
#include "app/controllers/office/OfficeSyncController.h"

#include <QQmlEngine>

/** Hands @p instance to QML, which must never delete it. */
template<typename T>
T *qmlSingletonInstance(T *instance)
{
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

/** Where the office wrappers find their instances; set once before the QML engine loads anything. */
struct OfficeSingletons
{
    static inline OfficeSyncController *sync = nullptr;
    static inline OfficeSetupController *setup = nullptr;
    static inline OfficeAuditsController *audits = nullptr;
    static inline OfficeReturnsController *returns = nullptr;
    static inline OfficeFindingsController *findings = nullptr;
    static inline BriefingController *briefing = nullptr;
    static inline ActionPlanController *actions = nullptr;
    static inline OfficeExportController *exports = nullptr;

    /** Points every office wrapper at @p office's controllers. */
    static void useServices(const OfficeServices &office)
    {
        sync = office.sync();
        setup = office.setup();
        audits = office.audits();
        returns = office.returns();
        findings = office.findings();
        briefing = office.briefing();
        actions = office.actions();
        exports = office.exports();
    }
};

/** `OfficeSyncController` in QML: the office's connection to its server and its sync. */
struct OfficeSyncControllerForeign
{
    Q_GADGET
    QML_FOREIGN(OfficeSyncController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(OfficeSyncController)
public:
    static OfficeSyncController *create(QQmlEngine *, QJSEngine *)
    {
        return qmlSingletonInstance(OfficeSingletons::sync);
    }
};

/** `OfficeSetupController` in QML: the office's key pair and its backup. */
struct OfficeSetupControllerForeign
{
    Q_GADGET
    QML_FOREIGN(OfficeSetupController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(OfficeSetupController)
public:
    static OfficeSetupController *create(QQmlEngine *, QJSEngine *)
    {
        return qmlSingletonInstance(OfficeSingletons::setup);
    }
};

/** `OfficeAuditsController` in QML: audits, their samples and enrolment codes. */
struct OfficeAuditsControllerForeign
{
    Q_GADGET
    QML_FOREIGN(OfficeAuditsController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(OfficeAuditsController)
public:
    static OfficeAuditsController *create(QQmlEngine *, QJSEngine *)
    {
        return qmlSingletonInstance(OfficeSingletons::audits);
    }
};

/** `OfficeReturnsController` in QML: returns, quarantine, reading and reviewing. */
struct OfficeReturnsControllerForeign
{
    Q_GADGET
    QML_FOREIGN(OfficeReturnsController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(OfficeReturnsController)
public:
    static OfficeReturnsController *create(QQmlEngine *, QJSEngine *)
    {
        return qmlSingletonInstance(OfficeSingletons::returns);
    }
};

/** `OfficeFindingsController` in QML: completeness and findings. */
struct OfficeFindingsControllerForeign
{
    Q_GADGET
    QML_FOREIGN(OfficeFindingsController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(OfficeFindingsController)
public:
    static OfficeFindingsController *create(QQmlEngine *, QJSEngine *)
    {
        return qmlSingletonInstance(OfficeSingletons::findings);
    }
};

/** `BriefingController` in QML: the learning briefing being edited. */
struct BriefingControllerForeign
{
    Q_GADGET
    QML_FOREIGN(BriefingController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(BriefingController)
public:
    static BriefingController *create(QQmlEngine *, QJSEngine *)
    {
        return qmlSingletonInstance(OfficeSingletons::briefing);
    }
};

/** `ActionPlanController` in QML: the action plan. */
struct ActionPlanControllerForeign
{
    Q_GADGET
    QML_FOREIGN(ActionPlanController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(ActionPlanController)
public:
    static ActionPlanController *create(QQmlEngine *, QJSEngine *)
    {
        return qmlSingletonInstance(OfficeSingletons::actions);
    }
};

/** `OfficeExportController` in QML: exports to files. */
struct OfficeExportControllerForeign
{
    Q_GADGET
    QML_FOREIGN(OfficeExportController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(OfficeExportController)
public:
    static OfficeExportController *create(QQmlEngine *, QJSEngine *)
    {
        return qmlSingletonInstance(OfficeSingletons::exports);
    }
};
