// What the current audit's returns say together: the completeness matrix, grade distributions per section and per
// agency, theme tag counts, discrepancies between agencies with both sides, live-risk flags, and the worries and
// good practice to pick for the briefing (a tap adds one). Everything follows OfficeSession's analysis.
#pragma once

#include "app/models/office/CompletenessModel.h"
#include "app/models/office/DiscrepancyListModel.h"
#include "app/models/office/FindingListModel.h"
#include "app/models/office/GradeChartModel.h"
#include "app/models/office/ThemeCountModel.h"

#include <QObject>
#include <QString>

class OfficeSession;
class BriefingController;

/** The completeness and findings pages' controller. */
class OfficeFindingsController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(CompletenessModel *completeness READ completeness CONSTANT)      //!< cases × agencies
    Q_PROPERTY(GradeChartModel *sectionGrades READ sectionGrades CONSTANT)      //!< one bar per graded section
    Q_PROPERTY(GradeChartModel *agencyGrades READ agencyGrades CONSTANT)        //!< overall grade, one bar per agency
    Q_PROPERTY(ThemeCountModel *themes READ themes CONSTANT)                    //!< theme tags named
    Q_PROPERTY(DiscrepancyListModel *discrepancies READ discrepancies CONSTANT) //!< agencies disagreeing
    Q_PROPERTY(FindingListModel *statements READ statements CONSTANT)           //!< worries and good practice
    //! Returns counted (latest revisions).
    Q_PROPERTY(int returnCount READ returnCount NOTIFY analysisChanged)
    //! "2 returns flag a child at risk now: EH-2 (Police), …", or "".
    Q_PROPERTY(QString liveRiskText READ liveRiskText NOTIFY analysisChanged)
    //! Why there are no figures (no audit, the template is missing), or "".
    Q_PROPERTY(QString problem READ problem NOTIFY analysisChanged)

public:
    OfficeFindingsController(OfficeSession *office, BriefingController *briefing, QObject *parent = nullptr);

    CompletenessModel *completeness() const { return m_completeness; }
    GradeChartModel *sectionGrades() const { return m_sectionGrades; }
    GradeChartModel *agencyGrades() const { return m_agencyGrades; }
    ThemeCountModel *themes() const { return m_themes; }
    DiscrepancyListModel *discrepancies() const { return m_discrepancies; }
    FindingListModel *statements() const { return m_statements; }
    int returnCount() const { return m_returnCount; }
    QString liveRiskText() const { return m_liveRiskText; }
    QString problem() const { return m_problem; }

    /** Adds statement @p row to the briefing's worries or good practice. */
    Q_INVOKABLE bool addToBriefing(int row);

signals:
    void analysisChanged();

private:
    void refresh();

    OfficeSession *m_office;
    BriefingController *m_briefing;
    CompletenessModel *m_completeness;
    GradeChartModel *m_sectionGrades;
    GradeChartModel *m_agencyGrades;
    ThemeCountModel *m_themes;
    DiscrepancyListModel *m_discrepancies;
    FindingListModel *m_statements;
    int m_returnCount = 0;
    QString m_liveRiskText;
    QString m_problem;
};
