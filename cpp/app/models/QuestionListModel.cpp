// Rows of one section (see QuestionListModel.h). Hidden questions keep their rows (relevant = false) so a write
// that hides or shows one changes a single row instead of shifting the list under the practitioner's finger.
#include "app/models/QuestionListModel.h"

#include "app/controllers/JsonBridge.h"
#include "core/privacy/IdentifierScan.h"

#include <QVariantMap>

using maqa::core::Question;
using maqa::core::QuestionType;

namespace {
bool shownAsRow(const Question &q)
{
    return q.type != QuestionType::Calculate || !q.label.empty(); // unlabelled calculations are internal
}
bool isFreeText(QuestionType type)
{
    return type == QuestionType::Text || type == QuestionType::LongText;
}
} // namespace

QuestionListModel::QuestionListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void QuestionListModel::setSection(const maqa::core::Form *form, int section, bool readOnly)
{
    beginResetModel();
    m_form = form;
    m_section = section;
    m_readOnly = readOnly;
    m_rows.clear();
    m_rejections.clear();
    m_choiceCache.clear();
    if (form && section >= 0 && section < int(form->templ().sections.size())) {
        const auto &t = form->templ();
        for (int qi : t.sections[section].questions) {
            const Question &q = t.questions[qi];
            if (!shownAsRow(q)) {
                continue;
            }
            m_rows.push_back({&q, q.name, {}, 0, false});
            if (q.type == QuestionType::Repeat) {
                const auto entries = rowsOf(q);
                m_rows.insert(m_rows.end(), entries.begin(), entries.end());
            }
        }
    }
    reindex();
    endResetModel();
    emit countChanged();
}

std::vector<QuestionListModel::Row> QuestionListModel::rowsOf(const Question &group) const
{
    std::vector<Row> rows;
    const auto &t = m_form->templ();
    int number = 0;
    for (const std::string &id : m_form->entryIds(group.name)) {
        ++number;
        bool first = true;
        for (int fi : group.fields) {
            const Question &f = t.questions[fi];
            if (!shownAsRow(f)) {
                continue;
            }
            rows.push_back({&f, group.name + "/" + id + "/" + f.name, id, number, first});
            first = false;
        }
    }
    return rows;
}

void QuestionListModel::reindex()
{
    m_rowByPath.clear();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        m_rowByPath[m_rows[i].path] = i;
    }
}

void QuestionListModel::rebuildGroup(const std::string &group)
{
    const auto it = m_rowByPath.find(group);
    if (it == m_rowByPath.end()) {
        return;
    }
    const int groupRow = it->second;
    int end = groupRow + 1;
    while (end < int(m_rows.size()) && !m_rows[end].entryId.empty() && m_rows[end].question->group >= 0 &&
           m_form->templ().questions[m_rows[end].question->group].name == group) {
        ++end;
    }
    std::vector<Row> fresh = rowsOf(*m_rows[groupRow].question);
    const int oldCount = end - groupRow - 1;
    const int newCount = int(fresh.size());
    // Common cases touch only the rows that changed: an entry appended, or one entry removed.
    int prefix = 0;
    while (prefix < oldCount && prefix < newCount && m_rows[groupRow + 1 + prefix].path == fresh[prefix].path) {
        ++prefix;
    }
    int suffix = 0;
    while (suffix < oldCount - prefix && suffix < newCount - prefix &&
           m_rows[end - 1 - suffix].path == fresh[newCount - 1 - suffix].path) {
        ++suffix;
    }
    const int first = groupRow + 1 + prefix;
    if (oldCount - prefix - suffix > 0) {
        beginRemoveRows({}, first, first + oldCount - prefix - suffix - 1);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + first + (oldCount - prefix - suffix));
        endRemoveRows();
    }
    if (newCount - prefix - suffix > 0) {
        beginInsertRows({}, first, first + newCount - prefix - suffix - 1);
        m_rows.insert(m_rows.begin() + first, fresh.begin() + prefix, fresh.begin() + (newCount - suffix));
        endInsertRows();
    }
    // Entry numbers after the change may have moved.
    for (int i = 0; i < newCount; ++i) {
        Row &row = m_rows[groupRow + 1 + i];
        if (row.entryNumber != fresh[i].entryNumber) {
            row.entryNumber = fresh[i].entryNumber;
            emit dataChanged(index(groupRow + 1 + i), index(groupRow + 1 + i), {EntryNumberRole});
        }
    }
    reindex();
    if (oldCount != newCount) {
        emit countChanged();
    }
}

void QuestionListModel::applyChanges(const maqa::core::FormChanges &changes)
{
    if (!m_form) {
        return;
    }
    for (const maqa::core::FormChange &change : changes) {
        const auto it = m_rowByPath.find(change.path);
        if (it == m_rowByPath.end()) {
            continue;
        }
        const int row = it->second;
        if (change.value && m_rows[row].question->type == QuestionType::Repeat) {
            rebuildGroup(change.path);
        }
        const int at = m_rowByPath.at(change.path);
        emit dataChanged(index(at), index(at));
    }
}

void QuestionListModel::setRejection(const std::string &path, const QString &message)
{
    const bool had = m_rejections.count(path) > 0;
    if (message.isEmpty()) {
        m_rejections.erase(path);
    } else {
        m_rejections[path] = message;
    }
    if (had || !message.isEmpty()) {
        if (const auto it = m_rowByPath.find(path); it != m_rowByPath.end()) {
            emit dataChanged(index(it->second), index(it->second), {MessageRole});
        }
    }
}

int QuestionListModel::rowOf(const QString &path) const
{
    const auto it = m_rowByPath.find(path.toStdString());
    return it == m_rowByPath.end() ? -1 : it->second;
}

int QuestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariantList QuestionListModel::choicesOf(const Question &q) const
{
    auto it = m_choiceCache.find(q.index);
    if (it == m_choiceCache.end()) {
        QVariantList list;
        if (const auto *choices = m_form->templ().choicesOf(q)) {
            for (const auto &c : choices->choices) {
                list.push_back(QVariantMap{{QStringLiteral("name"), QString::fromStdString(c.name)},
                                           {QStringLiteral("label"), QString::fromStdString(c.label)}});
            }
        }
        it = m_choiceCache.emplace(q.index, std::move(list)).first;
    }
    return it->second;
}

QVariant QuestionListModel::data(const QModelIndex &index, int role) const
{
    if (!m_form || !index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[index.row()];
    const Question &q = *row.question;
    const auto &t = m_form->templ();
    switch (role) {
    case PathRole:
        return QString::fromStdString(row.path);
    case NameRole:
        return QString::fromStdString(q.name);
    case KindRole:
        return q.type == QuestionType::Repeat ? QStringLiteral("group") : QStringLiteral("question");
    case TypeRole:
        return QString::fromUtf8(maqa::core::questionTypeName(q.type).data(),
                                 qsizetype(maqa::core::questionTypeName(q.type).size()));
    case LabelRole:
        return QString::fromStdString(q.label);
    case HintRole:
        return QString::fromStdString(q.hint);
    case ValueRole:
        return q.type == QuestionType::Repeat || q.type == QuestionType::Note ? QVariant()
                                                                              : jsonToVariant(m_form->value(row.path));
    case DisplayValueRole: {
        const nlohmann::json value = m_form->value(row.path);
        if (const auto *choices = t.choicesOf(q); choices && !value.is_null()) {
            QStringList labels;
            for (const auto &name : value.is_array() ? value : nlohmann::json::array({value})) {
                const auto *c = name.is_string() ? choices->find(name.get<std::string>()) : nullptr;
                labels << (c ? QString::fromStdString(c->label) : jsonToDisplayText(name));
            }
            return labels.join(QStringLiteral(", "));
        }
        return jsonToDisplayText(value);
    }
    case RelevantRole:
        return m_form->isRelevant(row.path);
    case RequiredRole:
        return m_form->isRequired(row.path);
    case MessageRole: {
        if (const auto it = m_rejections.find(row.path); it != m_rejections.end()) {
            return it->second;
        }
        return QString::fromStdString(m_form->validationMessage(row.path));
    }
    case ReadOnlyRole:
        return m_readOnly || q.type == QuestionType::Calculate || q.type == QuestionType::Note;
    case ChoicesRole:
        return choicesOf(q);
    case AppearanceRole:
        return QString::fromStdString(q.appearance);
    case MaxLengthRole:
        return q.maxLength;
    case IdentifierWarningRole: {
        if (!isFreeText(q.type)) {
            return QString();
        }
        const nlohmann::json value = m_form->value(row.path);
        if (!value.is_string()) {
            return QString();
        }
        const auto hints = maqa::core::scanForIdentifiers(value.get<std::string>());
        return hints.empty() ? QString() : QString::fromStdString(hints.front().message);
    }
    case LiveRiskRole:
        return q.liveRisk;
    case GroupRole:
        return q.type == QuestionType::Repeat ? QString::fromStdString(q.name)
               : q.group >= 0                 ? QString::fromStdString(t.questions[q.group].name)
                                              : QString();
    case EntryIdRole:
        return QString::fromStdString(row.entryId);
    case EntryNumberRole:
        return row.entryNumber;
    case EntryStartRole:
        return row.entryStart;
    case EntryCountRole:
        return q.type == QuestionType::Repeat ? int(m_form->entryIds(q.name).size()) : 0;
    case CanAddEntryRole:
        return q.type == QuestionType::Repeat && !m_readOnly &&
               (q.maxEntries <= 0 || int(m_form->entryIds(q.name).size()) < q.maxEntries);
    default:
        return {};
    }
}

QHash<int, QByteArray> QuestionListModel::roleNames() const
{
    return {{PathRole, "path"},
            {NameRole, "name"},
            {KindRole, "kind"},
            {TypeRole, "type"},
            {LabelRole, "label"},
            {HintRole, "hint"},
            {ValueRole, "value"},
            {DisplayValueRole, "displayValue"},
            {RelevantRole, "relevant"},
            {RequiredRole, "isRequired"},
            {MessageRole, "message"},
            {ReadOnlyRole, "readOnly"},
            {ChoicesRole, "choices"},
            {AppearanceRole, "appearance"},
            {MaxLengthRole, "maxLength"},
            {IdentifierWarningRole, "identifierWarning"},
            {LiveRiskRole, "liveRisk"},
            {GroupRole, "group"},
            {EntryIdRole, "entryId"},
            {EntryNumberRole, "entryNumber"},
            {EntryStartRole, "entryStart"},
            {EntryCountRole, "entryCount"},
            {CanAddEntryRole, "canAddEntry"}};
}
