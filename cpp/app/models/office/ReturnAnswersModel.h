// One opened return read section by section: each answered question with its answer as people read it (choice
// labels, entries of a repeat group one per line). The ListView groups rows by their section.
#pragma once

#include "core/office/Records.h"
#include "core/template/Template.h"

#include <QAbstractListModel>
#include <QString>

#include <vector>

/** The answers of the return being read. */
class ReturnAnswersModel : public QAbstractListModel
{
    Q_OBJECT
    //! Number of rows.
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        SectionRole = Qt::UserRole + 1, //!< the section's title (the view's section key)
        LabelRole,                      //!< the question's label; "" for a section with nothing answered
        AnswerRole,                     //!< the answer as text
        NameRole,                       //!< the question's name
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    /** Shows @p opened as @p templ lays it out (a reset: it is another return). */
    void show(const maqa::core::office::OpenedReturn &opened, const maqa::core::Template &templ);
    /** Empties the view (closing the return, or locking). */
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    struct Row
    {
        QString section;
        QString label;
        QString answer;
        QString name;
    };
    std::vector<Row> m_rows;
};
