// The questions of one section of an open form, as rows for QML: top-level questions, repeat groups and, below each
// group, every entry's fields. Updates only the rows a write changed (FormChanges), so editors keep their state.
#pragma once

#include "core/form/Form.h"

#include <QAbstractListModel>

#include <string>
#include <unordered_map>
#include <vector>

/** Rows of the current section; the FormController feeds it changes. */
class QuestionListModel : public QAbstractListModel
{
    Q_OBJECT
    //! Number of rows (questions, groups and entry fields), shown or not.
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        NameRole,
        KindRole, //!< "question" or "group"
        TypeRole, //!< the template's type name: yes_no, grade, long_text, ...
        LabelRole,
        HintRole,
        ValueRole,        //!< the answer (or calculated value) as a QML value; undefined when none
        DisplayValueRole, //!< the value as text (choice labels for choices)
        RelevantRole,
        RequiredRole,
        MessageRole,  //!< required / constraint message, or a refusal of the last edit
        ReadOnlyRole, //!< notes, calculations, and every row of a submitted return
        ChoicesRole,  //!< [{name, label}]
        AppearanceRole,
        MaxLengthRole,
        IdentifierWarningRole, //!< non-empty when free text looks like it holds an identifier
        LiveRiskRole,
        GroupRole,       //!< the repeat group's name for its own row and its entries' fields
        EntryIdRole,     //!< the entry's id for fields of an entry
        EntryNumberRole, //!< 1-based position of the entry
        EntryStartRole,  //!< true on the first shown field of an entry (draws the entry header)
        EntryCountRole,  //!< for a group row: how many entries
        CanAddEntryRole, //!< for a group row: below max_entries
    };
    Q_ENUM(Role)

    explicit QuestionListModel(QObject *parent = nullptr);

    /** Shows section @p section of @p form (null clears); @p readOnly for submitted returns. */
    void setSection(const maqa::core::Form *form, int section, bool readOnly);
    /** Updates the rows @p changes touched; rebuilds a group's entry rows when its entries changed. */
    void applyChanges(const maqa::core::FormChanges &changes);
    /** Shows (or with an empty message, clears) the refusal of the last edit of @p path. */
    void setRejection(const std::string &path, const QString &message);
    /** The row of @p path, or -1. */
    Q_INVOKABLE int rowOf(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    struct Row
    {
        const maqa::core::Question *question = nullptr;
        std::string path;
        std::string entryId;
        int entryNumber = 0;
        bool entryStart = false;
    };
    std::vector<Row> rowsOf(const maqa::core::Question &group) const;
    void rebuildGroup(const std::string &group);
    void reindex();
    QVariantList choicesOf(const maqa::core::Question &q) const;

    const maqa::core::Form *m_form = nullptr;
    int m_section = -1;
    bool m_readOnly = false;
    std::vector<Row> m_rows;
    std::unordered_map<std::string, int> m_rowByPath;
    std::unordered_map<std::string, QString> m_rejections;
    mutable std::unordered_map<int, QVariantList> m_choiceCache;
};
