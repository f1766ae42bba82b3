// The action plan that follows the current audit's briefing: actions added (or proposed from the briefing's themes),
// each field edited in place, the RAG status changed with a note — every change of it kept in a dated history the
// subgroup reads to track progress — and actions removed (their history stays).
#pragma once

#include "app/models/office/ActionListModel.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class OfficeSession;
class BriefingController;

/** The action plan page's controller. */
class ActionPlanController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ActionListModel *actions READ actions CONSTANT) //!< the plan, in order
    //! Who can own an action: the audit's agencies and the partnership (slugs and names, parallel lists).
    Q_PROPERTY(QList<QString> ownerSlugs READ ownerSlugs NOTIFY choicesChanged)
    Q_PROPERTY(QList<QString> ownerNames READ ownerNames NOTIFY choicesChanged)
    //! What an action can answer: the briefing's themes and worries.
    Q_PROPERTY(QList<QString> findingChoices READ findingChoices NOTIFY choicesChanged)
    //! The RAG statuses, as stored and as read (parallel lists).
    Q_PROPERTY(QList<QString> ragNames READ ragNames CONSTANT)
    Q_PROPERTY(QList<QString> ragLabels READ ragLabels CONSTANT)
    //! The last refusal in plain words, or "".
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    ActionPlanController(OfficeSession *office, BriefingController *briefing, QObject *parent = nullptr);

    ActionListModel *actions() const { return m_actions; }
    QStringList ownerSlugs() const { return m_ownerSlugs; }
    QStringList ownerNames() const { return m_ownerNames; }
    QStringList findingChoices() const { return m_findingChoices; }
    QStringList ragNames() const;
    QStringList ragLabels() const;
    QString errorMessage() const { return m_errorMessage; }

    /** Adds an action at the end of the plan; false (with errorMessage) when it cannot be saved. */
    Q_INVOKABLE bool addAction(const QString &action, const QString &finding, const QString &owner, const QString &lead,
                               const QString &dueDate, const QString &rag, const QString &evidence,
                               const QString &reauditDate);
    /**
     * Changes one field of action @p actionId: "action", "finding", "owner", "lead", "dueDate", "evidence" or
     * "reauditDate". False (with errorMessage) when refused, e.g. a malformed date.
     */
    Q_INVOKABLE bool setField(const QString &actionId, const QString &field, const QString &value);
    /** Changes the RAG status of @p actionId, with @p note saying why (kept in its history). */
    Q_INVOKABLE bool setRag(const QString &actionId, const QString &rag, const QString &note);
    /** Removes an action from the plan (its RAG history is kept). */
    Q_INVOKABLE bool removeAction(const QString &actionId);
    /** Adds one proposed action per theme of the briefing that no action answers yet; returns how many. */
    Q_INVOKABLE int proposeFromBriefing();

signals:
    void choicesChanged();
    void errorMessageChanged();

private:
    bool guarded(const std::function<void()> &action);
    void refreshChoices();
    void setError(const QString &message);

    OfficeSession *m_office;
    BriefingController *m_briefing;
    ActionListModel *m_actions;
    QStringList m_ownerSlugs;
    QStringList m_ownerNames;
    QStringList m_findingChoices;
    QString m_errorMessage;
};
