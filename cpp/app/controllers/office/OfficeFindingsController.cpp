// The findings pages' figures (see OfficeFindingsController.h), rebuilt from the analysis when it changes; the
// models report only the rows that moved.
#include "app/controllers/office/OfficeFindingsController.h"

#include "app/controllers/office/BriefingController.h"
#include "app/controllers/office/OfficeSession.h"
#include "app/models/office/OfficeText.h"

namespace office = maqa::core::office;

namespace {

QStringList scaleOf(const office::GradeTable &table)
{
    QStringList labels;
    for (const auto &choice : table.grades) {
        labels << qstr(choice.label);
    }
    return labels;
}

GradeChartModel::Bar bar(const QString &key, const QString &title, const office::GradeCounts &counts)
{
    GradeChartModel::Bar out{key, title, {}, {}, 0};
    for (int n : counts.final) {
        out.counts << n;
        out.total += n;
    }
    QStringList detail{QObject::tr("%n graded", "", out.total)};
    if (counts.moderated > 0) {
        detail << QObject::tr("%1 moderated, %2 changed by the panel").arg(counts.moderated).arg(counts.changed);
    }
    if (counts.notGraded > 0) {
        detail << QObject::tr("%1 not graded").arg(counts.notGraded);
    }
    out.detail = detail.join(QStringLiteral(" · "));
    return out;
}

} // namespace

OfficeFindingsController::OfficeFindingsController(OfficeSession *office, BriefingController *briefing, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_briefing(briefing)
    , m_completeness(new CompletenessModel(this))
    , m_sectionGrades(new GradeChartModel(this))
    , m_agencyGrades(new GradeChartModel(this))
    , m_themes(new ThemeCountModel(this))
    , m_discrepancies(new DiscrepancyListModel(this))
    , m_statements(new FindingListModel(
          [briefing](const QString &kind, const QString &text) { return briefing->holdsStatement(kind, text); }, this))
{
    connect(office, &OfficeSession::analysisChanged, this, &OfficeFindingsController::refresh);
    connect(briefing, &BriefingController::statementsChanged, m_statements, &FindingListModel::refreshInBriefing);
}

void OfficeFindingsController::refresh()
{
    const office::Analysis *analysis = m_office->analysis();
    const office::AuditInfo *audit = m_office->currentAudit();
    std::vector<std::string> bands;
    if (audit) {
        for (const auto &c : audit->cases) {
            bands.push_back(c.ageBand);
        }
    }
    m_completeness->show(analysis ? analysis->completeness : office::Completeness{}, bands);

    std::vector<GradeChartModel::Bar> sections;
    std::vector<GradeChartModel::Bar> agencies;
    QStringList scale;
    if (analysis) {
        for (const office::GradeTable &table : analysis->grades) {
            scale = scale.isEmpty() ? scaleOf(table) : scale;
            sections.push_back(bar(qstr(table.question), qstr(table.section), table.total));
        }
        if (const office::GradeTable *overall = office::overallGrade(analysis->grades)) {
            scale = scaleOf(*overall);
            for (std::size_t a = 0; a < overall->agencies.size(); ++a) {
                agencies.push_back(
                    bar(qstr(overall->agencies[a]), agencyLabel(overall->agencies[a]), overall->byAgency[a]));
            }
        }
    }
    m_sectionGrades->show(scale, std::move(sections));
    m_agencyGrades->show(scale, std::move(agencies));
    m_themes->show(analysis ? analysis->themes : std::vector<office::ThemeCount>{});
    m_discrepancies->show(analysis ? analysis->discrepancies : std::vector<office::Discrepancy>{});
    m_statements->show(analysis);

    m_returnCount = analysis ? int(analysis->latest.size()) : 0;
    m_liveRiskText.clear();
    if (analysis && !analysis->liveRisks.empty()) {
        QStringList where;
        for (const office::LiveRiskFlag &flag : analysis->liveRisks) {
            where << QStringLiteral("%1 (%2)").arg(qstr(flag.caseCode), agencyLabel(flag.agency));
        }
        m_liveRiskText = tr("%n return(s) flag a child at risk now — make sure each was escalated: %1", "",
                            int(analysis->liveRisks.size()))
                             .arg(where.join(QStringLiteral(", ")));
    }
    m_problem = audit ? m_office->analysisProblem() : tr("No audit yet: create one on the Audits page.");
    emit analysisChanged();
}

bool OfficeFindingsController::addToBriefing(int row)
{
    const auto [kind, text] = m_statements->statement(row);
    return !kind.isEmpty() && m_briefing->addStatement(kind, text);
}
