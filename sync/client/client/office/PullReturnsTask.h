// GET /office/returns?after=&limit=, page by page in the order the server received them: each page is opened on
// every core (office key, device signature, sealed metadata, template re-evaluation), the opened returns kept and
// every return that fails a check quarantined with its reason — never dropped — before the cursor moves past it.
#pragma once

#include "client/office/OfficeTask.h"

#include "core/office/Opening.h"

#include <cstdint>
#include <vector>

namespace maqa::client {

/** Pulls and opens the returns received since the office's cursor. */
class PullReturnsTask : public OfficeTask
{
    Q_OBJECT
public:
    using OfficeTask::OfficeTask;
    //! What this task does, for the status line.
    QString activity() const override { return QStringLiteral("Opening returns"); }

protected:
    void start() override;

private:
    void fetch();
    void read(const nlohmann::json &page);
    void openAndKeep();
    void refreshDevicesThenOpen();

    core::office::TemplateSet m_templates;
    core::office::OfficeKeyring m_keyring;
    core::office::OpenContext m_open;
    std::int64_t m_after = 0;
    std::vector<core::office::SealedReturn> m_batch;     //!< the page's readable envelopes
    std::vector<core::office::Quarantined> m_unreadable; //!< the page's items that are not envelopes at all
    std::int64_t m_nextAfter = 0;
    bool m_more = false;
    int m_pages = 0;
    int m_openedThisPass = 0;
};

} // namespace maqa::client
