// What the crash loop knows must be in the device's store: every write a writer acknowledged before it was killed,
// and the one write in flight at the kill (which may or may not have landed), checked against the store read back.
#pragma once

#include "core/domain/Agencies.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <set>
#include <vector>

namespace maqa::test {

/**
 * The answer the crash loop writes: the agencies whose bits are set in @p mask, in the list's order. An agencies
 * question is always relevant in the test template and has 1,023 distinct answers, so a lost write shows.
 */
inline nlohmann::json agenciesFor(int mask)
{
    nlohmann::json slugs = nlohmann::json::array();
    int bit = 0;
    for (const core::Agency &agency : core::defaultAgencies()) {
        if (mask & (1 << bit++)) {
            slugs.push_back(std::string(agency.slug));
        }
    }
    return slugs;
}

/** One write, as a writer announces it: NEW, SAMPLE, SET, SUBMIT or SYNC. */
struct CrashWrite
{
    enum class Kind { New, Sample, Set, Submit, Sync };
    Kind kind = Kind::Set;
    QString uuid;
    QString path;
    int value = 0; //!< SET: the agencies mask (see agenciesFor)

    /** Parses "SET <uuid> <path> <value>" and the like; nullopt when the line is not a write. */
    static std::optional<CrashWrite> parse(const QString &line);
};

/** The expected state of the store, built from acknowledged writes and narrowed by what the store shows. */
class CrashModel
{
public:
    /** A write was acknowledged (the writer reported it done before the kill). */
    void acknowledge(const CrashWrite &write);
    /** This write was in flight when the writer was killed: either outcome is acceptable. */
    void inFlight(const CrashWrite &write);
    /** Drafts touched since the last check. */
    std::vector<QString> touched() const { return {m_touched.begin(), m_touched.end()}; }

    /** Checks the outbox in `maqa-cli outbox`'s JSON shape; returns the problems (empty when nothing acknowledged is
     * missing). */
    std::vector<std::string> checkOutbox(const nlohmann::json &outbox);
    /** Checks a draft in `maqa-cli draft show`'s JSON shape; resolves the in-flight write against it. */
    std::vector<std::string> checkDraft(const QString &uuid, const nlohmann::json &shown);
    /** Ends a round's check: forgets the in-flight write and the touched drafts. */
    void settle();

    /** Whether @p uuid may still be edited (not submitted, not possibly submitted). */
    bool editable(const QString &uuid) const;
    /** Whether the draft got its sample answers. */
    bool sampled(const QString &uuid) const;
    /** Acknowledged writes so far (each is checked at least once). */
    int acknowledged() const { return m_acknowledged; }

private:
    struct Draft
    {
        std::map<QString, int> answers; //!< path → last acknowledged value
        bool sampled = false;
        bool submitted = false;
        bool maybeSubmitted = false; //!< a submit was in flight at a kill
    };

    std::map<QString, Draft> m_drafts;
    std::set<QString> m_mustBeDelivered; //!< submitted before an acknowledged sync, or seen delivered once
    std::set<QString> m_touched;
    std::optional<CrashWrite> m_inFlight;
    int m_acknowledged = 0;
};

} // namespace maqa::test
