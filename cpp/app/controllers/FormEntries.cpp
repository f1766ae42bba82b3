// FormController's repeat entries: adding and removing entries, and the Day-in-the-Life timeline (kept in time
// order, so the stored return reads as the day did) and quick quotes.
#include "app/controllers/FormController.h"

#include "app/controllers/SessionController.h"

#include "core/form/Form.h"
#include "core/util/Error.h"
#include "store/Store.h"
#include "store/repos/ReturnRepository.h"

#include <algorithm>

QString FormController::addEntry(const QString &group)
{
    const std::string g = group.toStdString();
    std::string id;
    apply(g, [&] {
        maqa::core::EntryAdded added = m_form->addEntry(g);
        id = added.id;
        return added.changes;
    });
    return QString::fromStdString(id);
}

bool FormController::removeEntry(const QString &group, const QString &entryId)
{
    commitText(); // text of the entry being removed must not be written after it is gone
    const std::string g = group.toStdString();
    const std::string id = entryId.toStdString();
    const bool ok = apply(g, [&] { return m_form->removeEntry(g, id); });
    if (ok) {
        m_session->store()->returns().clearAnswersUnder(m_key, g + "/" + id);
    }
    return ok;
}

QString FormController::addTimelineEntry(const QString &time)
{
    if (m_timelineGroup.empty()) {
        setError(tr("This form has no timeline."));
        return {};
    }
    const QString group = QString::fromStdString(m_timelineGroup);
    const QString id = addEntry(group);
    if (!id.isEmpty() && !time.isEmpty()) {
        setAnswer(group + '/' + id + QStringLiteral("/time"), time);
    }
    if (!id.isEmpty()) {
        goToPath(group + '/' + id + QStringLiteral("/time"));
    }
    return id;
}

QString FormController::addQuote(const QString &words, const QString &time, const QString &context)
{
    if (m_quotesGroup.empty()) {
        setError(tr("This form has no place for the child's own words."));
        return {};
    }
    if (words.trimmed().isEmpty()) {
        setError(tr("Type the child's words first."));
        return {};
    }
    const QString group = QString::fromStdString(m_quotesGroup);
    const QString id = addEntry(group);
    if (id.isEmpty()) {
        return {};
    }
    const QString prefix = group + '/' + id + '/';
    setAnswer(prefix + QStringLiteral("words"), words);
    if (!time.isEmpty()) {
        setAnswer(prefix + QStringLiteral("time"), time);
    }
    if (!context.isEmpty()) {
        setAnswer(prefix + QStringLiteral("context"), context);
    }
    return id;
}

void FormController::keepTimelineInOrder(const std::string &path)
{
    if (m_timelineGroup.empty() || path.size() < 5 || path.compare(path.size() - 5, 5, "/time") != 0 ||
        path.compare(0, m_timelineGroup.size() + 1, m_timelineGroup + "/") != 0) {
        return;
    }
    sortTimeline();
}

void FormController::sortTimeline()
{
    if (m_timelineGroup.empty() || !m_form) {
        return;
    }
    std::vector<std::string> ids = m_form->entryIds(m_timelineGroup);
    auto timeOf = [&](const std::string &entry) {
        const nlohmann::json t = m_form->value(m_timelineGroup + "/" + entry + "/time");
        return t.is_string() ? t.get<std::string>() : std::string("99:99"); // entries without a time go last
    };
    std::vector<std::string> sorted = ids;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](const std::string &a, const std::string &b) { return timeOf(a) < timeOf(b); });
    // Usually one entry is out of place (its time was just set); each move is one saved row and one moved model row.
    for (int target = 0; target < int(sorted.size()); ++target) {
        if (m_form->entryIds(m_timelineGroup)[target] != sorted[target]) {
            const std::string id = sorted[target];
            if (!apply(m_timelineGroup, [&] { return m_form->moveEntry(m_timelineGroup, id, target); })) {
                return;
            }
        }
    }
}

bool FormController::timelineHere() const
{
    const auto *group = m_form && !m_timelineGroup.empty() ? m_form->templ().find(m_timelineGroup) : nullptr;
    return group && group->section == m_currentSection;
}

bool FormController::quotesHere() const
{
    const auto *group = m_form && !m_quotesGroup.empty() ? m_form->templ().find(m_quotesGroup) : nullptr;
    return group && group->section == m_currentSection;
}
