// GET /office/templates, then each template version the office does not hold yet: kept in the office's store (the
// same TemplateRepository a device uses), so the office can open and re-evaluate every return sent with it.
#pragma once

#include "client/office/OfficeTask.h"

#include "protocol/Assignment.h"

#include <deque>

namespace maqa::client {

/** Pulls the template versions the office lacks. */
class PullTemplatesTask : public OfficeTask
{
    Q_OBJECT
public:
    using OfficeTask::OfficeTask;
    //! What this task does, for the status line.
    QString activity() const override { return QStringLiteral("Getting templates"); }

protected:
    void start() override;

private:
    void fetchNext();
    void keep(const protocol::TemplateRef &ref, const QByteArray &body);

    std::deque<protocol::TemplateRef> m_missing;
};

} // namespace maqa::client
