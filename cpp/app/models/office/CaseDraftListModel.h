// The case sample of an audit being created: each case code (checked: never a name or a date of birth) with its
// age band and range of needs, before the audit is sent to the server.
#pragma once

#include "app/models/office/RowListModel.h"

#include "core/office/Records.h"

#include <QString>

/** Cases typed so far, in the order typed. */
class CaseDraftListModel : public RowListModel
{
    Q_OBJECT
public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        AgeBandRole,
        NeedsRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    /** Appends a case (already checked by the controller). */
    void append(const maqa::core::office::CaseInfo &info);
    /** Removes row @p row. */
    void remove(int row);
    /** Empties the list. */
    void clear();
    /** True when @p code is listed already. */
    bool contains(const QString &code) const;
    /** The cases, in order. */
    std::vector<maqa::core::office::CaseInfo> cases() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString code;
        QString ageBand;
        QString needs;
        bool operator==(const Row &) const = default;
    };
    std::vector<Row> m_rows;
};
