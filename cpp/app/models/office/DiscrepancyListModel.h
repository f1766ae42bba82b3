// Discrepancies between agencies on the same case, each listed with every side (agency, answer, evidence), so the
// panel sees what each agency's record says without opening the returns one by one.
#pragma once

#include "app/models/office/RowListModel.h"

#include "core/office/Discrepancies.h"

#include <QString>
#include <QVariantList>

/** Discrepancies, contradictions first, then by case and template order. */
class DiscrepancyListModel : public RowListModel
{
    Q_OBJECT
public:
    enum Role {
        CaseCodeRole = Qt::UserRole + 1, //!< the case
        QuestionRole,                    //!< the shared question's name
        LabelRole,                       //!< its label
        SectionRole,                     //!< its section
        StrengthRole,                    //!< "contradiction" or "partial"
        StrengthLabelRole,               //!< in words
        SidesRole,                       //!< [{agency, answer, evidence}] in the agencies' order
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    /** Shows @p found. */
    void show(const std::vector<maqa::core::office::Discrepancy> &found);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString caseCode;
        QString question;
        QString label;
        QString section;
        QString strength;
        QVariantList sides;
        bool operator==(const Row &) const = default;
    };
    std::vector<Row> m_rows;
};
