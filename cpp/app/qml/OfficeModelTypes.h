// The office's list models as types pages can name in `required property` declarations (QML never creates them:
// they come from the office's controllers).
#pragma once

#include "OfficeSingletons.h"

/** `OfficeKeyListModel` in QML: the office's key pairs. */
struct OfficeKeyListModelForeign
{
    Q_GADGET
    QML_FOREIGN(OfficeKeyListModel)
    QML_NAMED_ELEMENT(OfficeKeyListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `OfficeAuditListModel` in QML: audits. */
struct OfficeAuditListModelForeign
{
    Q_GADGET
    QML_FOREIGN(OfficeAuditListModel)
    QML_NAMED_ELEMENT(OfficeAuditListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `CaseDraftListModel` in QML: the sample of an audit being made. */
struct CaseDraftListModelForeign
{
    Q_GADGET
    QML_FOREIGN(CaseDraftListModel)
    QML_NAMED_ELEMENT(CaseDraftListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `EnrolCodeListModel` in QML: enrolment codes issued. */
struct EnrolCodeListModelForeign
{
    Q_GADGET
    QML_FOREIGN(EnrolCodeListModel)
    QML_NAMED_ELEMENT(EnrolCodeListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `OfficeReturnListModel` in QML: returns of an audit. */
struct OfficeReturnListModelForeign
{
    Q_GADGET
    QML_FOREIGN(OfficeReturnListModel)
    QML_NAMED_ELEMENT(OfficeReturnListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `QuarantineListModel` in QML: returns not accepted. */
struct QuarantineListModelForeign
{
    Q_GADGET
    QML_FOREIGN(QuarantineListModel)
    QML_NAMED_ELEMENT(QuarantineListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `ReturnAnswersModel` in QML: the answers of the return being read. */
struct ReturnAnswersModelForeign
{
    Q_GADGET
    QML_FOREIGN(ReturnAnswersModel)
    QML_NAMED_ELEMENT(ReturnAnswersModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `PanelGradeListModel` in QML: its graded sections. */
struct PanelGradeListModelForeign
{
    Q_GADGET
    QML_FOREIGN(PanelGradeListModel)
    QML_NAMED_ELEMENT(PanelGradeListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `CompletenessModel` in QML: cases × agencies. */
struct CompletenessModelForeign
{
    Q_GADGET
    QML_FOREIGN(CompletenessModel)
    QML_NAMED_ELEMENT(CompletenessModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `GradeChartModel` in QML: grade bars. */
struct GradeChartModelForeign
{
    Q_GADGET
    QML_FOREIGN(GradeChartModel)
    QML_NAMED_ELEMENT(GradeChartModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `ThemeCountModel` in QML: theme counts. */
struct ThemeCountModelForeign
{
    Q_GADGET
    QML_FOREIGN(ThemeCountModel)
    QML_NAMED_ELEMENT(ThemeCountModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `DiscrepancyListModel` in QML: discrepancies between agencies. */
struct DiscrepancyListModelForeign
{
    Q_GADGET
    QML_FOREIGN(DiscrepancyListModel)
    QML_NAMED_ELEMENT(DiscrepancyListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `FindingListModel` in QML: worries and good practice. */
struct FindingListModelForeign
{
    Q_GADGET
    QML_FOREIGN(FindingListModel)
    QML_NAMED_ELEMENT(FindingListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `BriefingListModel` in QML: one list of the briefing. */
struct BriefingListModelForeign
{
    Q_GADGET
    QML_FOREIGN(BriefingListModel)
    QML_NAMED_ELEMENT(BriefingListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};

/** `ActionListModel` in QML: the action plan. */
struct ActionListModelForeign
{
    Q_GADGET
    QML_FOREIGN(ActionListModel)
    QML_NAMED_ELEMENT(ActionListModel)
    QML_UNCREATABLE("Models come from the controllers.")
};
