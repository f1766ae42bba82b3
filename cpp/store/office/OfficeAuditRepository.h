// Audits known to the office (title, theme, period, due date, template, the case sample with age bands and needs,
// the agencies asked) and the devices' drafting progress, which together drive the completeness matrix.
#pragma once

#include "core/office/Records.h"
#include "store/office/OfficeObserver.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace maqa::store {
class Store;
}

namespace maqa::store::office {

/** Reads and writes audits and progress reports. Owned by the OfficeStore. */
class OfficeAuditRepository
{
public:
    OfficeAuditRepository(Store &store, OfficeNotifier &notifier);

    /** Adds or replaces @p audit with its cases and agencies, atomically. Throws Error(Invalid) without an id. */
    void save(const core::office::AuditInfo &audit);
    /** Every audit, newest due date first, then by title. */
    std::vector<core::office::AuditInfo> list();
    /** One audit, if known. */
    std::optional<core::office::AuditInfo> find(const std::string &auditId);

    /** Replaces every progress report with @p drafts (a pull brings the full list), atomically. */
    void replaceProgress(std::span<const core::office::DraftProgress> drafts);
    /** The drafts reported for audit @p auditId. */
    std::vector<core::office::DraftProgress> progress(const std::string &auditId);

private:
    Store &m_store;
    OfficeNotifier &m_notifier;
};

} // namespace maqa::store::office
