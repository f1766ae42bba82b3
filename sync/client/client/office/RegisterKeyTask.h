// PUT /office/key: makes sure the office has a key pair (it makes one the first time) and that the server has the
// public half of the active one, so devices seal new returns to it. Nothing is sent once the server has it.
#pragma once

#include "client/office/OfficeTask.h"

namespace maqa::client {

/** Registers the office's active public key with the server when it is not registered yet. */
class RegisterKeyTask : public OfficeTask
{
    Q_OBJECT
public:
    using OfficeTask::OfficeTask;
    //! What this task does, for the status line.
    QString activity() const override { return QStringLiteral("Registering the office key"); }

protected:
    void start() override;
};

} // namespace maqa::client
