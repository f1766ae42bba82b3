// The sections of an open form with their progress and completeness, for the section list (or drawer).
// Refreshed from Form::progress() after each write; only sections whose numbers moved emit dataChanged.
#pragma once

#include "core/form/FormReports.h"

#include <QAbstractListModel>

#include <vector>

/** One row per template section; hidden sections stay as rows with relevant = false. */
class SectionListModel : public QAbstractListModel
{
    Q_OBJECT
    //! Number of sections.
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        TitleRole = Qt::UserRole + 1,
        NameRole,
        RelevantRole,
        AnsweredRole,
        QuestionCountRole, //!< shown questions
        RequiredCountRole,
        RequiredAnsweredRole,
        InvalidRole,
        CompleteRole,
        ProgressRole, //!< required answered / required (answered / shown when nothing is required)
        CurrentRole,
    };
    Q_ENUM(Role)

    explicit SectionListModel(QObject *parent = nullptr);

    /** Replaces every row (a form was opened or closed). */
    void reset(const std::vector<maqa::core::SectionProgress> &sections, int current);
    /** Updates the rows whose counts differ from @p sections. */
    void refresh(const std::vector<maqa::core::SectionProgress> &sections);
    /** Marks @p current as the section on screen. */
    void setCurrent(int current);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    std::vector<maqa::core::SectionProgress> m_sections;
    int m_current = 0;
};
