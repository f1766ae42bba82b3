// The templates this device can use: the shipped ones (embedded as Qt resources, seeded into every store on
// unlock) and those the office sends, each parsed once and shared by every form that follows it.
#pragma once

#include "core/template/Template.h"

#include <QObject>
#include <QVariantList>

#include <map>
#include <memory>
#include <string>
#include <utility>

class SessionController;

/** Seeds and loads templates; QML lists them to start observations and practice audits. */
class TemplateCatalog : public QObject
{
    Q_OBJECT
    //! Every template's newest version: [{id, version, kind, title}], audits first, by title.
    Q_PROPERTY(QVariantList templates READ templates NOTIFY templatesChanged)

public:
    explicit TemplateCatalog(SessionController *session, QObject *parent = nullptr);

    QVariantList templates() const { return m_templates; }

    /** The template @p id at @p version, parsed once; throws Error(NotFound) when the store does not hold it. */
    std::shared_ptr<const maqa::core::Template> templateFor(const std::string &id, int version);
    /** The newest version of @p id stored on this device; throws Error(NotFound). */
    std::shared_ptr<const maqa::core::Template> latest(const std::string &id);
    /** The title of @p id (any version), or @p id itself when unknown. */
    QString titleOf(const QString &id) const;
    /** Adds the shipped templates the open store lacks (id, version, kind, title, body, sha256). */
    void seedShippedTemplates();
    /** The resource names of the shipped templates (":/maqa/templates/…json"). */
    static QStringList shippedTemplateFiles();

signals:
    void templatesChanged();

private:
    void refresh();

    SessionController *m_session;
    std::map<std::pair<std::string, int>, std::shared_ptr<const maqa::core::Template>> m_cache;
    QVariantList m_templates;
};
