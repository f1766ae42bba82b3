// Opened returns at the office: stored with their answers (shown answers and recomputed calculations) and who
// opened them when. Every opening and every read of answers writes the local append-only log — who, when, which
// return, never content.
#pragma once

#include "core/office/Records.h"
#include "core/util/Clock.h"
#include "store/office/OfficeObserver.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace maqa::store {
class Store;
}

namespace maqa::store::office {

/** An opened revision without its answers, for lists. */
struct OpenedRecord
{
    core::office::ReturnMeta meta;
    core::Millis openedAt = 0;
    std::string openedBy;
};

/** Reads and writes opened returns. Owned by the OfficeStore. */
class OfficeReturnRepository
{
public:
    OfficeReturnRepository(Store &store, OfficeNotifier &notifier);

    /**
     * Stores @p opened in one transaction and logs each opening ("return.opened", by @p actor). A revision already
     * held is left as it was (an envelope is immutable). Returns the revisions newly stored.
     */
    std::vector<core::office::ReturnRef> addOpened(std::span<const core::office::OpenedReturn> opened,
                                                   const std::string &actor);
    /** Every revision held of audit @p auditId, without answers (not logged: no content), by case and agency. */
    std::vector<OpenedRecord> list(const std::string &auditId);
    /**
     * The latest revision of each return of @p auditId with its answers, for analysis and exports. Logged as one
     * line ("returns.read": the audit and how many), since it is one act of access.
     */
    std::vector<core::office::OpenedReturn> latestForAudit(const std::string &auditId, const std::string &actor);
    /** One revision with its answers, logged as "return.viewed"; nullopt when it is not held. */
    std::optional<core::office::OpenedReturn> get(const core::office::ReturnRef &ref, const std::string &actor);
    /** The revisions held of @p uuid, ascending. */
    std::vector<int> revisions(const std::string &uuid);
    /** Revisions held, all audits. */
    long long count();

private:
    Store &m_store;
    OfficeNotifier &m_notifier;
};

} // namespace maqa::store::office
