// The action plan (see ActionPlanController.h). The store validates every action and keeps the RAG history.
#include "app/controllers/office/ActionPlanController.h"

#include "app/controllers/office/BriefingController.h"
#include "app/controllers/office/OfficeSession.h"
#include "app/models/office/OfficeText.h"
#include "core/office/DraftBriefing.h"
#include "core/util/Error.h"
#include "store/office/BriefingRepository.h"
#include "store/office/OfficeStore.h"

#include <algorithm>

using maqa::core::Error;
using maqa::core::ErrorKind;
namespace office = maqa::core::office;

namespace {
constexpr office::Rag kRags[] = {office::Rag::Red, office::Rag::Amber, office::Rag::Green, office::Rag::Complete};

office::Rag ragOrThrow(const QString &text)
{
    const auto rag = office::ragFrom(text.toStdString());
    if (!rag) {
        throw Error(ErrorKind::Invalid, "Choose red, amber, green or complete.");
    }
    return *rag;
}
} // namespace

ActionPlanController::ActionPlanController(OfficeSession *office, BriefingController *briefing, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_briefing(briefing)
    , m_actions(new ActionListModel(office, this))
{
    connect(office, &OfficeSession::currentAuditChanged, this, [this] {
        setError({});
        refreshChoices();
    });
    connect(briefing, &BriefingController::briefingChanged, this, &ActionPlanController::refreshChoices);
    connect(briefing->themes(), &QAbstractItemModel::dataChanged, this, &ActionPlanController::refreshChoices);
    connect(briefing->themes(), &QAbstractItemModel::rowsInserted, this, &ActionPlanController::refreshChoices);
    connect(briefing->themes(), &QAbstractItemModel::rowsRemoved, this, &ActionPlanController::refreshChoices);
    connect(briefing, &BriefingController::statementsChanged, this, &ActionPlanController::refreshChoices);
}

QStringList ActionPlanController::ragNames() const
{
    QStringList names;
    for (office::Rag rag : kRags) {
        names << qstr(std::string(office::toString(rag)));
    }
    return names;
}

QStringList ActionPlanController::ragLabels() const
{
    QStringList labels;
    for (office::Rag rag : kRags) {
        labels << qstr(std::string(office::ragLabel(rag)));
    }
    return labels;
}

void ActionPlanController::refreshChoices()
{
    QStringList slugs;
    QStringList names;
    if (const auto *audit = m_office->currentAudit()) {
        for (const std::string &agency : audit->agencies) {
            slugs << qstr(agency);
            names << agencyLabel(agency);
        }
    }
    slugs << QStringLiteral("partnership");
    names << tr("The partnership");
    QStringList findings;
    for (const auto &row : m_briefing->themes()->rows()) {
        if (!row.text.trimmed().isEmpty()) {
            findings << row.text.trimmed();
        }
    }
    for (const auto &row : m_briefing->worries()->rows()) {
        if (!row.text.trimmed().isEmpty()) {
            findings << row.text.trimmed();
        }
    }
    if (slugs != m_ownerSlugs || names != m_ownerNames || findings != m_findingChoices) {
        m_ownerSlugs = slugs;
        m_ownerNames = names;
        m_findingChoices = findings;
        emit choicesChanged();
    }
}

bool ActionPlanController::addAction(const QString &action, const QString &finding, const QString &owner,
                                     const QString &lead, const QString &dueDate, const QString &rag,
                                     const QString &evidence, const QString &reauditDate)
{
    return guarded([&] {
        office::ActionItem item;
        item.auditId = m_office->currentAuditId().toStdString();
        if (item.auditId.empty()) {
            throw Error(ErrorKind::Invalid, "Choose an audit first.");
        }
        item.action = action.trimmed().toStdString();
        item.finding = finding.trimmed().toStdString();
        item.owner = owner.trimmed().toStdString();
        item.lead = lead.trimmed().toStdString();
        item.dueDate = dueDate.trimmed().toStdString();
        item.rag = ragOrThrow(rag.isEmpty() ? QStringLiteral("red") : rag);
        item.evidence = evidence.trimmed().toStdString();
        item.reauditDate = reauditDate.trimmed().toStdString();
        m_office->office()->briefings().addAction(std::move(item), m_office->actor());
    });
}

bool ActionPlanController::setField(const QString &actionId, const QString &field, const QString &value)
{
    return guarded([&] {
        auto items = m_office->office()->briefings().actions(m_office->currentAuditId().toStdString());
        const auto it = std::find_if(items.begin(), items.end(),
                                     [&](const office::ActionItem &a) { return a.id == actionId.toStdString(); });
        if (it == items.end()) {
            throw Error(ErrorKind::NotFound, "This action is no longer in the plan.");
        }
        const std::string text = value.trimmed().toStdString();
        std::string *target = field == QLatin1String("action")        ? &it->action
                              : field == QLatin1String("finding")     ? &it->finding
                              : field == QLatin1String("owner")       ? &it->owner
                              : field == QLatin1String("lead")        ? &it->lead
                              : field == QLatin1String("dueDate")     ? &it->dueDate
                              : field == QLatin1String("evidence")    ? &it->evidence
                              : field == QLatin1String("reauditDate") ? &it->reauditDate
                                                                      : nullptr;
        if (!target) {
            throw Error(ErrorKind::Invalid, "An action has no field called " + field.toStdString() + ".");
        }
        if (*target == text) {
            return;
        }
        *target = text;
        m_office->office()->briefings().updateAction(*it, m_office->actor());
    });
}

bool ActionPlanController::setRag(const QString &actionId, const QString &rag, const QString &note)
{
    return guarded([&] {
        auto items = m_office->office()->briefings().actions(m_office->currentAuditId().toStdString());
        const auto it = std::find_if(items.begin(), items.end(),
                                     [&](const office::ActionItem &a) { return a.id == actionId.toStdString(); });
        if (it == items.end()) {
            throw Error(ErrorKind::NotFound, "This action is no longer in the plan.");
        }
        it->rag = ragOrThrow(rag);
        m_office->office()->briefings().updateAction(*it, m_office->actor(), note.trimmed().toStdString());
    });
}

bool ActionPlanController::removeAction(const QString &actionId)
{
    return guarded([&] { m_office->office()->briefings().removeAction(actionId.toStdString(), m_office->actor()); });
}

int ActionPlanController::proposeFromBriefing()
{
    int added = 0;
    guarded([&] {
        const auto briefing = m_briefing->current();
        if (!briefing) {
            throw Error(ErrorKind::Invalid, "Draft the briefing first: actions are proposed from its themes.");
        }
        auto &repo = m_office->office()->briefings();
        const auto existing = repo.actions(briefing->auditId);
        for (office::ActionItem item : office::proposeActions(*briefing)) {
            const bool answered = std::any_of(existing.begin(), existing.end(),
                                              [&](const office::ActionItem &a) { return a.finding == item.finding; });
            if (!answered) {
                item.auditId = briefing->auditId;
                repo.addAction(std::move(item), m_office->actor());
                ++added;
            }
        }
    });
    return added;
}

bool ActionPlanController::guarded(const std::function<void()> &action)
{
    const QString error = m_office->attempt(action);
    setError(error);
    return error.isEmpty();
}

void ActionPlanController::setError(const QString &message)
{
    if (message != m_errorMessage) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}
