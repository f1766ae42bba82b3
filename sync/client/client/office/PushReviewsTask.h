// PUT /office/returns/{uuid}/{revision}/review for every review the office set and the server has not confirmed,
// oldest change first. A confirmed review is marked sent only if it did not change meanwhile (ReviewRepository::
// markSent), so a newer change is always sent too. The devices of the return's agency read it on their next sync.
#pragma once

#include "client/office/OfficeTask.h"

#include "store/office/ReviewRepository.h"

#include <deque>

namespace maqa::client {

/** Sends the office's review states. */
class PushReviewsTask : public OfficeTask
{
    Q_OBJECT
public:
    using OfficeTask::OfficeTask;
    //! What this task does, for the status line.
    QString activity() const override { return QStringLiteral("Sending reviews"); }

protected:
    void start() override;

private:
    void sendNext();

    std::deque<store::office::ReviewRecord> m_queue;
    QStringList m_refused; //!< reviews the server refused for good (the others are still sent)
};

} // namespace maqa::client
