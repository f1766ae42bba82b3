// The worries and the good practice the returns name, to pick from for the briefing: each distinct statement once,
// with how many returns name it and where it comes from (case and agency, never more), and whether the briefing
// already holds it.
#pragma once

#include "app/models/office/RowListModel.h"

#include "core/office/Analysis.h"

#include <QString>

#include <functional>

/** Worry and good-practice statements, most named first. */
class FindingListModel : public RowListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, //!< "worry" or "good_practice"
        KindLabelRole,               //!< in words
        TextRole,                    //!< the statement
        CountRole,                   //!< returns naming it
        SourcesRole,                 //!< "EH-1 · Police; EH-3 · GP"
        InBriefingRole,              //!< the briefing holds it already
    };
    Q_ENUM(Role)

    /** Whether the briefing holds statement @p text of @p kind. */
    using InBriefing = std::function<bool(const QString &kind, const QString &text)>;

    /** Rows whose InBriefing flag @p inBriefing tells. */
    explicit FindingListModel(InBriefing inBriefing, QObject *parent = nullptr);

    /** Shows the worries and good practice of @p analysis (null: none). */
    void show(const maqa::core::office::Analysis *analysis);
    /** Re-reads every row's InBriefing flag (after the briefing changed). */
    void refreshInBriefing();
    /** The kind and text of row @p row, for adding it to the briefing. */
    std::pair<QString, QString> statement(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString kind;
        QString text;
        int count = 0;
        QStringList sources;
        bool inBriefing = false;
        bool operator==(const Row &) const = default;
    };
    InBriefing m_inBriefing;
    std::vector<Row> m_rows;
};
