// Exposes the controllers built in main() (or a test's setup) to QML as singletons, declaratively:
// QML_FOREIGN + QML_SINGLETON wrappers, so qmllint and the QML compiler see their types (no context properties).
// The office's controllers have their wrappers in OfficeSingletons.h.
#pragma once

#include "OfficeSingletons.h"
#include "app/controllers/EnrolmentController.h"
#include "app/controllers/FormController.h"
#include "app/controllers/HomeController.h"
#include "app/controllers/SessionController.h"
#include "app/controllers/SettingsController.h"
#include "app/controllers/SyncController.h"
#include "app/controllers/TemplateCatalog.h"

#include <QQmlEngine>

/** Where the wrappers find the instances; set once before the QML engine loads anything. */
struct QmlSingletons
{
    static inline SessionController *session = nullptr;
    static inline TemplateCatalog *templates = nullptr;
    static inline SyncController *sync = nullptr;
    static inline EnrolmentController *enrolment = nullptr;
    static inline SettingsController *settings = nullptr;
    static inline HomeController *home = nullptr;
    static inline FormController *form = nullptr;

    /** Points every wrapper at @p services' controllers. */
    template<typename Services>
    static void useServices(const Services &services)
    {
        session = services.session();
        templates = services.templates();
        sync = services.sync();
        enrolment = services.enrolment();
        settings = services.settings();
        home = services.home();
        form = services.form();
        OfficeSingletons::useServices(*services.office());
    }
};

/** `SessionController` in QML: the session's lock state and passphrase handling. */
struct SessionControllerForeign
{
    Q_GADGET
    QML_FOREIGN(SessionController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(SessionController)
public:
    static SessionController *create(QQmlEngine *, QJSEngine *) { return qmlSingletonInstance(QmlSingletons::session); }
};

/** `TemplateCatalog` in QML: the templates a new return can use. */
struct TemplateCatalogForeign
{
    Q_GADGET
    QML_FOREIGN(TemplateCatalog)
    QML_SINGLETON
    QML_NAMED_ELEMENT(TemplateCatalog)
public:
    static TemplateCatalog *create(QQmlEngine *, QJSEngine *) { return qmlSingletonInstance(QmlSingletons::templates); }
};

/** `SyncController` in QML: the honest sync status line. */
struct SyncControllerForeign
{
    Q_GADGET
    QML_FOREIGN(SyncController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(SyncController)
public:
    static SyncController *create(QQmlEngine *, QJSEngine *) { return qmlSingletonInstance(QmlSingletons::sync); }
};

/** `EnrolmentController` in QML: enrolling this device (typed, or from a QR picture). */
struct EnrolmentControllerForeign
{
    Q_GADGET
    QML_FOREIGN(EnrolmentController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(EnrolmentController)
public:
    static EnrolmentController *create(QQmlEngine *, QJSEngine *)
    {
        return qmlSingletonInstance(QmlSingletons::enrolment);
    }
};

/** `SettingsController` in QML: text size and role. */
struct SettingsControllerForeign
{
    Q_GADGET
    QML_FOREIGN(SettingsController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(SettingsController)
public:
    static SettingsController *create(QQmlEngine *, QJSEngine *)
    {
        return qmlSingletonInstance(QmlSingletons::settings);
    }
};

/** `HomeController` in QML: assignments, recent returns, the outbox and starting returns. */
struct HomeControllerForeign
{
    Q_GADGET
    QML_FOREIGN(HomeController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(HomeController)
public:
    static HomeController *create(QQmlEngine *, QJSEngine *) { return qmlSingletonInstance(QmlSingletons::home); }
};

/** `FormController` in QML: the open return, its one write path and its models. */
struct FormControllerForeign
{
    Q_GADGET
    QML_FOREIGN(FormController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(FormController)
public:
    static FormController *create(QQmlEngine *, QJSEngine *) { return qmlSingletonInstance(QmlSingletons::form); }
};

// The list models, as types pages can name in `required property` declarations (QML never creates them).

/** `QuestionListModel` in QML: the questions of the current section. */
struct QuestionListModelForeign
{
    Q_GADGET
    QML_FOREIGN(QuestionListModel)
    QML_NAMED_ELEMENT(QuestionListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `SectionListModel` in QML: sections with progress. */
struct SectionListModelForeign
{
    Q_GADGET
    QML_FOREIGN(SectionListModel)
    QML_NAMED_ELEMENT(SectionListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `EntryListModel` in QML: timeline or quote entries. */
struct EntryListModelForeign
{
    Q_GADGET
    QML_FOREIGN(EntryListModel)
    QML_NAMED_ELEMENT(EntryListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `IssueListModel` in QML: what stops a submit. */
struct IssueListModelForeign
{
    Q_GADGET
    QML_FOREIGN(IssueListModel)
    QML_NAMED_ELEMENT(IssueListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `AssignmentListModel` in QML: assigned cases. */
struct AssignmentListModelForeign
{
    Q_GADGET
    QML_FOREIGN(AssignmentListModel)
    QML_NAMED_ELEMENT(AssignmentListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `ReturnListModel` in QML: recent returns. */
struct ReturnListModelForeign
{
    Q_GADGET
    QML_FOREIGN(ReturnListModel)
    QML_NAMED_ELEMENT(ReturnListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `OutboxListModel` in QML: outbox items. */
struct OutboxListModelForeign
{
    Q_GADGET
    QML_FOREIGN(OutboxListModel)
    QML_NAMED_ELEMENT(OutboxListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};
