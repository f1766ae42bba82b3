// POST /office/enrol-codes: a single-use code for one agency's device, valid for a number of hours. The server keeps
// only its hash, so the answer is the one time the code exists in clear; it is handed to the caller, never stored.
#pragma once

#include "client/office/OfficeTask.h"

#include "protocol/Office.h"

namespace maqa::client {

/** Issues one enrolment code. */
class IssueEnrolCodeTask : public OfficeTask
{
    Q_OBJECT
public:
    /** Will ask for a code for @p agency valid @p hours (1..720). */
    IssueEnrolCodeTask(OfficeTaskContext &context, std::string agency, int hours);
    //! What this task does, for the status line.
    QString activity() const override { return QStringLiteral("Issuing an enrolment code"); }
    /** The code, its agency and expiry (valid once finished with Done). */
    const protocol::EnrolCode &issued() const { return m_code; }

protected:
    void start() override;

private:
    protocol::EnrolCode m_code;
};

} // namespace maqa::client
