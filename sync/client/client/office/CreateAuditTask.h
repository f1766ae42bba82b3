// POST /office/audits: creates an audit (title, theme, period, due date, template, case codes with age band and
// range of needs, agencies) on the server, which gives it its id; the audit is then saved in the office's store.
#pragma once

#include "client/office/OfficeTask.h"

#include "core/office/Records.h"

namespace maqa::client {

/** Creates one audit. */
class CreateAuditTask : public OfficeTask
{
    Q_OBJECT
public:
    /** Will create @p audit (its id and creation time are ignored: the server chooses them). */
    CreateAuditTask(OfficeTaskContext &context, core::office::AuditInfo audit);
    //! What this task does, for the status line.
    QString activity() const override { return QStringLiteral("Creating the audit"); }
    /** The audit as the server created it (valid once finished with Done). */
    const core::office::AuditInfo &created() const { return m_audit; }

protected:
    void start() override;

private:
    core::office::AuditInfo m_audit;
};

} // namespace maqa::client
