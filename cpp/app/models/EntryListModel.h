// The entries of one repeat group drawn as cards: the Day-in-the-Life timeline (time, block, what, who,
// experience, source, rating) and the child's own words (words, time, context). Field names are the ones
// docs/templates.md fixes for the `timeline` and `quotes` appearances.
#pragma once

#include "core/form/Form.h"

#include <QAbstractListModel>

#include <string>
#include <vector>

/** Entries of one repeat group in stored order (the controller keeps the timeline in time order). */
class EntryListModel : public QAbstractListModel
{
    Q_OBJECT
    //! Number of entries.
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    //! The group's name, or empty when the open form has no such group.
    Q_PROPERTY(QString group READ group NOTIFY countChanged)
    //! daySegments(), as a property that changes with every entry (the 24-hour picture repaints on it).
    Q_PROPERTY(QVariantList segments READ daySegments NOTIFY entriesChanged)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        NumberRole,
        TimeRole,
        MinutesRole, //!< minutes after midnight, -1 without a time
        BlockRole,
        WhatRole,
        WhoRole,
        ExperienceRole,
        SourceRole,
        RatingRole, //!< the choice name: strength, concern, not_known
        RatingLabelRole,
        WordsRole,
        ContextRole,
        CompleteRole, //!< no field of the entry carries a message
    };
    Q_ENUM(Role)

    explicit EntryListModel(QObject *parent = nullptr);

    /** Shows the entries of @p group in @p form (null or an empty group clears). */
    void setGroup(const maqa::core::Form *form, const std::string &group);
    /** Updates rows touched by @p changes; inserts, removes or moves rows when the entry list changed. */
    void applyChanges(const maqa::core::FormChanges &changes);
    QString group() const { return QString::fromStdString(m_group); }

    /** [{minutes, endMinutes, rating}] for the 24-hour picture: each entry lasts until the next one starts. */
    Q_INVOKABLE QVariantList daySegments() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();
    //! Any entry's content changed (the 24-hour picture repaints).
    void entriesChanged();

private:
    void syncIds();
    QString field(const std::string &id, const char *name, bool label = false) const;

    const maqa::core::Form *m_form = nullptr;
    std::string m_group;
    std::vector<std::string> m_ids;
};
