// The crash loop's expectations (see CrashModel.h): a kill may lose only the write in flight, never one that was
// acknowledged; a delivered return never goes back to waiting; a store never shows half a write.
#include "CrashModel.h"

#include <QStringList>

namespace maqa::test {

std::optional<CrashWrite> CrashWrite::parse(const QString &line)
{
    const QStringList words = line.split(' ', Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        return std::nullopt;
    }
    CrashWrite write;
    write.uuid = words.value(1);
    if (words[0] == "NEW") {
        write.kind = Kind::New;
    } else if (words[0] == "SAMPLE" && words.size() == 2) {
        write.kind = Kind::Sample;
    } else if (words[0] == "SUBMIT" && words.size() == 2) {
        write.kind = Kind::Submit;
    } else if (words[0] == "SYNC") {
        write.kind = Kind::Sync;
    } else if (words[0] == "SET" && words.size() == 4) {
        bool ok = false;
        write.kind = Kind::Set;
        write.path = words[2];
        write.value = words[3].toInt(&ok);
        if (!ok) {
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    return write;
}

void CrashModel::acknowledge(const CrashWrite &write)
{
    ++m_acknowledged;
    if (write.kind == CrashWrite::Kind::Sync) {
        for (const auto &[uuid, draft] : m_drafts) {
            if (draft.submitted) {
                m_mustBeDelivered.insert(uuid);
            }
        }
        return;
    }
    if (write.uuid.isEmpty()) {
        return; // a NEW in flight has no uuid yet
    }
    Draft &draft = m_drafts[write.uuid];
    m_touched.insert(write.uuid);
    switch (write.kind) {
    case CrashWrite::Kind::Sample:
        draft.sampled = true;
        break;
    case CrashWrite::Kind::Set:
        draft.answers[write.path] = write.value;
        break;
    case CrashWrite::Kind::Submit:
        draft.submitted = true;
        break;
    default:
        break;
    }
}

void CrashModel::inFlight(const CrashWrite &write)
{
    m_inFlight = write;
    if (write.uuid.isEmpty() || write.kind == CrashWrite::Kind::Sync) {
        return;
    }
    Draft &draft = m_drafts[write.uuid];
    m_touched.insert(write.uuid);
    if (write.kind == CrashWrite::Kind::Submit) {
        draft.maybeSubmitted = true;
    }
}

std::vector<std::string> CrashModel::checkOutbox(const nlohmann::json &outbox)
{
    std::vector<std::string> problems;
    std::map<QString, std::string> states;
    for (const nlohmann::json &item : outbox.at("items")) {
        states[QString::fromStdString(item.at("uuid").get<std::string>())] = item.at("state").get<std::string>();
    }
    for (auto &[uuid, draft] : m_drafts) {
        const auto found = states.find(uuid);
        if (draft.submitted && found == states.end()) {
            problems.push_back("acknowledged submit of " + uuid.toStdString() + " is not in the outbox");
        }
        if (draft.maybeSubmitted && found != states.end()) {
            draft.submitted = true; // the submit in flight landed: from now on it must stay
        }
        draft.maybeSubmitted = draft.maybeSubmitted && !draft.submitted;
    }
    for (const QString &uuid : m_mustBeDelivered) {
        const auto found = states.find(uuid);
        if (found == states.end() || found->second != "delivered") {
            problems.push_back(uuid.toStdString() + " was delivered but is now " +
                               (found == states.end() ? std::string("missing") : found->second));
        }
    }
    for (const auto &[uuid, state] : states) {
        if (state == "delivered") {
            m_mustBeDelivered.insert(uuid);
        }
        if (state == "failed") {
            problems.push_back(uuid.toStdString() + " failed to send");
        }
    }
    return problems;
}

std::vector<std::string> CrashModel::checkDraft(const QString &uuid, const nlohmann::json &shown)
{
    std::vector<std::string> problems;
    Draft &draft = m_drafts[uuid];
    const std::string id = uuid.toStdString();
    const nlohmann::json &answers = shown.at("answers");
    for (const auto &[path, value] : draft.answers) {
        const std::string name = path.toStdString();
        const bool inFlightHere = m_inFlight && m_inFlight->kind == CrashWrite::Kind::Set && m_inFlight->uuid == uuid &&
                                  m_inFlight->path == path;
        const bool matches = answers.contains(name) && answers[name] == agenciesFor(value);
        const bool matchesInFlight =
            inFlightHere && answers.contains(name) && answers[name] == agenciesFor(m_inFlight->value);
        if (!matches && !matchesInFlight) {
            problems.push_back("acknowledged answer " + name + "=" + agenciesFor(value).dump() + " of " + id +
                               " is lost: the store holds " + (answers.contains(name) ? answers[name].dump() : "none"));
        }
    }
    if (m_inFlight && m_inFlight->kind == CrashWrite::Kind::Set && m_inFlight->uuid == uuid) {
        const std::string name = m_inFlight->path.toStdString();
        if (answers.contains(name) && answers[name] == agenciesFor(m_inFlight->value)) {
            draft.answers[m_inFlight->path] = m_inFlight->value; // it landed: from now on it must stay
        }
    }
    if (draft.sampled && !shown.at("complete").get<bool>()) {
        problems.push_back("the acknowledged sample answers of " + id + " are incomplete");
    }
    const bool submitted = shown.at("status") == "submitted";
    if (draft.submitted && !submitted) {
        problems.push_back("acknowledged submit of " + id + " shows as a draft");
    }
    if (draft.maybeSubmitted && submitted) {
        draft.submitted = true;
    }
    if (draft.maybeSubmitted && !submitted) {
        draft.maybeSubmitted = false; // the submit in flight did not land: the draft is editable again
    }
    if (m_inFlight && m_inFlight->kind == CrashWrite::Kind::Sample && m_inFlight->uuid == uuid &&
        shown.at("complete").get<bool>()) {
        draft.sampled = true;
    }
    return problems;
}

void CrashModel::settle()
{
    m_inFlight.reset();
    m_touched.clear();
}

bool CrashModel::editable(const QString &uuid) const
{
    const auto found = m_drafts.find(uuid);
    return found == m_drafts.end() || (!found->second.submitted && !found->second.maybeSubmitted);
}

bool CrashModel::sampled(const QString &uuid) const
{
    const auto found = m_drafts.find(uuid);
    return found != m_drafts.end() && found->second.sampled;
}

} // namespace maqa::test
