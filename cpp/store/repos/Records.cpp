// Text forms of the store's enums (see Records.h); the database CHECK constraints list the same words.
// An unknown word means a damaged or newer database, reported as Corrupt rather than guessed.
#include "store/repos/Records.h"

#include "core/util/Error.h"

namespace maqa::store {

std::string toString(ReturnStatus status)
{
    switch (status) {
    case ReturnStatus::Draft:
        return "draft";
    case ReturnStatus::Submitted:
        return "submitted";
    case ReturnStatus::Delivered:
        return "delivered";
    }
    return "draft";
}

ReturnStatus returnStatusFrom(const std::string &text)
{
    if (text == "draft") {
        return ReturnStatus::Draft;
    }
    if (text == "submitted") {
        return ReturnStatus::Submitted;
    }
    if (text == "delivered") {
        return ReturnStatus::Delivered;
    }
    throw core::Error(core::ErrorKind::Corrupt, "A return has an unknown status '" + text + "'.");
}

std::string toString(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return "queued";
    case OutboxState::Sealed:
        return "sealed";
    case OutboxState::Delivered:
        return "delivered";
    case OutboxState::Failed:
        return "failed";
    }
    return "queued";
}

OutboxState outboxStateFrom(const std::string &text)
{
    if (text == "queued") {
        return OutboxState::Queued;
    }
    if (text == "sealed") {
        return OutboxState::Sealed;
    }
    if (text == "delivered") {
        return OutboxState::Delivered;
    }
    if (text == "failed") {
        return OutboxState::Failed;
    }
    throw core::Error(core::ErrorKind::Corrupt, "An outbox entry has an unknown state '" + text + "'.");
}

} // namespace maqa::store
