// Timeline and quote cards (see EntryListModel.h). Entry-list changes are diffed so a new entry is one inserted
// row and a re-sorted entry one moved row: the card the practitioner just edited keeps its delegate.
#include "app/models/EntryListModel.h"

#include "app/controllers/JsonBridge.h"

#include <QVariantMap>

#include <algorithm>

EntryListModel::EntryListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void EntryListModel::setGroup(const maqa::core::Form *form, const std::string &group)
{
    beginResetModel();
    m_form = form;
    m_group = group;
    m_ids.clear();
    if (m_form && !m_group.empty()) {
        m_ids = m_form->entryIds(m_group);
    }
    endResetModel();
    emit countChanged();
    emit entriesChanged();
}

void EntryListModel::syncIds()
{
    const std::vector<std::string> fresh = m_form->entryIds(m_group);
    // Removals first, then moves and insertions walking the new order.
    for (int i = int(m_ids.size()) - 1; i >= 0; --i) {
        if (std::find(fresh.begin(), fresh.end(), m_ids[i]) == fresh.end()) {
            beginRemoveRows({}, i, i);
            m_ids.erase(m_ids.begin() + i);
            endRemoveRows();
        }
    }
    for (int target = 0; target < int(fresh.size()); ++target) {
        const auto it = std::find(m_ids.begin(), m_ids.end(), fresh[target]);
        if (it == m_ids.end()) {
            beginInsertRows({}, target, target);
            m_ids.insert(m_ids.begin() + target, fresh[target]);
            endInsertRows();
            continue;
        }
        const int from = int(it - m_ids.begin());
        if (from != target) {
            beginMoveRows({}, from, from, {}, target > from ? target + 1 : target);
            const std::string id = m_ids[from];
            m_ids.erase(m_ids.begin() + from);
            m_ids.insert(m_ids.begin() + target, id);
            endMoveRows();
        }
    }
    emit dataChanged(index(0), index(std::max(0, rowCount() - 1)), {NumberRole});
    emit countChanged();
}

void EntryListModel::applyChanges(const maqa::core::FormChanges &changes)
{
    if (!m_form || m_group.empty()) {
        return;
    }
    bool touched = false;
    const std::string prefix = m_group + "/";
    for (const auto &change : changes) {
        if (change.path == m_group) {
            syncIds();
            touched = true;
        } else if (change.path.compare(0, prefix.size(), prefix) == 0) {
            const std::string id =
                change.path.substr(prefix.size(), change.path.find('/', prefix.size()) - prefix.size());
            const auto it = std::find(m_ids.begin(), m_ids.end(), id);
            if (it != m_ids.end()) {
                const int row = int(it - m_ids.begin());
                emit dataChanged(index(row), index(row));
                touched = true;
            }
        }
    }
    if (touched) {
        emit entriesChanged();
    }
}

QString EntryListModel::field(const std::string &id, const char *name, bool label) const
{
    const std::string path = m_group + "/" + id + "/" + name;
    nlohmann::json value;
    try {
        value = m_form->value(path);
    } catch (const std::exception &) {
        return {}; // the group has no such field (quotes have no rating)
    }
    if (label && value.is_string()) {
        const auto *group = m_form->templ().find(m_group);
        const auto *q = group ? m_form->templ().findField(*group, name) : nullptr;
        const auto *choices = q ? m_form->templ().choicesOf(*q) : nullptr;
        if (const auto *c = choices ? choices->find(value.get<std::string>()) : nullptr) {
            return QString::fromStdString(c->label);
        }
    }
    return jsonToDisplayText(value);
}

QVariantList EntryListModel::daySegments() const
{
    struct Segment
    {
        int start;
        QString rating;
    };
    std::vector<Segment> timed;
    for (const auto &id : m_ids) {
        const QString time = field(id, "time");
        if (time.size() == 5) {
            timed.push_back({time.left(2).toInt() * 60 + time.mid(3, 2).toInt(), field(id, "rating")});
        }
    }
    std::stable_sort(timed.begin(), timed.end(), [](const Segment &a, const Segment &b) { return a.start < b.start; });
    QVariantList segments;
    for (std::size_t i = 0; i < timed.size(); ++i) {
        const int end = i + 1 < timed.size() ? std::max(timed[i + 1].start, timed[i].start + 5)
                                             : std::min(24 * 60, timed[i].start + 60);
        segments.push_back(QVariantMap{{QStringLiteral("minutes"), timed[i].start},
                                       {QStringLiteral("endMinutes"), end},
                                       {QStringLiteral("rating"), timed[i].rating}});
    }
    return segments;
}

int EntryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant EntryListModel::data(const QModelIndex &index, int role) const
{
    if (!m_form || !index.isValid() || index.row() >= int(m_ids.size())) {
        return {};
    }
    const std::string &id = m_ids[index.row()];
    switch (role) {
    case EntryIdRole:
        return QString::fromStdString(id);
    case NumberRole:
        return index.row() + 1;
    case TimeRole:
        return field(id, "time");
    case MinutesRole: {
        const QString time = field(id, "time");
        return time.size() == 5 ? time.left(2).toInt() * 60 + time.mid(3, 2).toInt() : -1;
    }
    case BlockRole:
        return field(id, "block", true);
    case WhatRole:
        return field(id, "what");
    case WhoRole:
        return field(id, "who");
    case ExperienceRole:
        return field(id, "experience");
    case SourceRole:
        return field(id, "source", true);
    case RatingRole:
        return field(id, "rating");
    case RatingLabelRole:
        return field(id, "rating", true);
    case WordsRole:
        return field(id, "words");
    case ContextRole:
        return field(id, "context");
    case CompleteRole: {
        const std::string prefix = m_group + "/" + id + "/";
        for (const auto &issue : m_form->validationIssues()) {
            if (issue.path.compare(0, prefix.size(), prefix) == 0) {
                return false;
            }
        }
        return true;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> EntryListModel::roleNames() const
{
    return {{EntryIdRole, "entryId"},
            {NumberRole, "number"},
            {TimeRole, "time"},
            {MinutesRole, "minutes"},
            {BlockRole, "block"},
            {WhatRole, "what"},
            {WhoRole, "who"},
            {ExperienceRole, "experience"},
            {SourceRole, "source"},
            {RatingRole, "rating"},
            {RatingLabelRole, "ratingLabel"},
            {WordsRole, "words"},
            {ContextRole, "context"},
            {CompleteRole, "complete"}};
}
