// POST /office/templates: publishes a template version to the server (devices pull it with their assignments), after
// loading it with the same loader the devices use; the office keeps the same bytes in its own store.
#pragma once

#include "client/office/OfficeTask.h"

#include "protocol/Assignment.h"

namespace maqa::client {

/** Publishes one template version. */
class AddTemplateTask : public OfficeTask
{
    Q_OBJECT
public:
    /** Will publish the template JSON @p body, exactly these bytes. */
    AddTemplateTask(OfficeTaskContext &context, std::string body);
    //! What this task does, for the status line.
    QString activity() const override { return QStringLiteral("Publishing a template"); }
    /** The server's reference to it (valid once finished with Done). */
    const protocol::TemplateRef &published() const { return m_ref; }
    /** True when the server already held these bytes. */
    bool alreadyThere() const { return m_alreadyThere; }

protected:
    void start() override;

private:
    std::string m_body;
    protocol::TemplateRef m_ref;
    bool m_alreadyThere = false;
};

} // namespace maqa::client
