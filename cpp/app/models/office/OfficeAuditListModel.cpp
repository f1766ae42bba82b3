// Audit rows (see OfficeAuditListModel.h); choosing another audit changes two rows' CurrentRole.
#include "app/models/office/OfficeAuditListModel.h"

#include "app/controllers/office/OfficeSession.h"
#include "app/controllers/office/OfficeSignals.h"
#include "app/models/office/OfficeText.h"
#include "store/office/OfficeAuditRepository.h"
#include "store/office/OfficeStore.h"

#include <QStringList>

OfficeAuditListModel::OfficeAuditListModel(OfficeSession *office, QObject *parent)
    : RowListModel(parent)
    , m_office(office)
{
    connect(office, &OfficeSession::availabilityChanged, this, &OfficeAuditListModel::refresh);
    connect(office, &OfficeSession::currentAuditChanged, this, &OfficeAuditListModel::refresh);
    connect(office->officeSignals(), &OfficeSignals::auditsWereChanged, this, &OfficeAuditListModel::refresh);
}

void OfficeAuditListModel::refresh()
{
    std::vector<Row> fresh;
    if (auto *store = m_office->office()) {
        for (const auto &audit : store->audits().list()) {
            QStringList cases;
            for (const auto &c : audit.cases) {
                cases << (c.ageBand.empty() ? qstr(c.code)
                                            : QStringLiteral("%1 (%2)").arg(qstr(c.code), qstr(c.ageBand)));
            }
            QStringList agencies;
            for (const auto &agency : audit.agencies) {
                agencies << agencyLabel(agency);
            }
            const QString id = qstr(audit.auditId);
            fresh.push_back({id, qstr(audit.title), qstr(audit.theme), qstr(audit.period), qstr(audit.dueDate),
                             QStringLiteral("%1 v%2").arg(qstr(audit.templateId)).arg(audit.templateVersion),
                             cases.join(QStringLiteral(", ")), int(audit.cases.size()),
                             agencies.join(QStringLiteral(", ")), id == m_office->currentAuditId()});
        }
    }
    syncRows(m_rows, std::move(fresh), [](const Row &r) { return r.auditId; });
}

int OfficeAuditListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OfficeAuditListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case AuditIdRole:
        return row.auditId;
    case TitleRole:
        return row.title;
    case ThemeRole:
        return row.theme;
    case PeriodRole:
        return row.period;
    case DueDateRole:
        return row.dueDate;
    case TemplateRole:
        return row.templ;
    case CasesRole:
        return row.cases;
    case CaseCountRole:
        return row.caseCount;
    case AgenciesRole:
        return row.agencies;
    case CurrentRole:
        return row.current;
    default:
        return {};
    }
}

QHash<int, QByteArray> OfficeAuditListModel::roleNames() const
{
    return {{AuditIdRole, "auditId"}, {TitleRole, "title"},         {ThemeRole, "theme"},
            {PeriodRole, "period"},   {DueDateRole, "dueDate"},     {TemplateRole, "templateName"},
            {CasesRole, "cases"},     {CaseCountRole, "caseCount"}, {AgenciesRole, "agencies"},
            {CurrentRole, "current"}};
}
