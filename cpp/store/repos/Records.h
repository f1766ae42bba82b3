// The records the local store keeps (design.md, Records), as plain structs the repositories read and write.
// Times are milliseconds since the epoch; JSON documents travel as text and are parsed by their users.
#pragma once

#include "core/crypto/Sodium.h"
#include "core/util/Clock.h"
#include "store/StoreObserver.h"

#include <optional>
#include <string>
#include <vector>

namespace maqa::store {

/** A template version stored on the device. */
struct TemplateRecord
{
    std::string id;     //!< template id (slug)
    int version = 1;    //!< template version
    std::string kind;   //!< "audit" or "observation"
    std::string title;  //!< shown in lists
    std::string body;   //!< the template JSON, exactly as received
    std::string sha256; //!< of body, as the server's manifest gives it
    core::Millis addedAt = 0;
};

/** One case in an audit's sample: a pseudonymous code, never a name. */
struct AssignmentCase
{
    std::string code;    //!< the case code the office issued
    std::string ageBand; //!< e.g. "0-1", "5-10"; never a date of birth
    std::string needs;   //!< range of needs / plan type, as the office describes it
};

/** An audit assigned to this device's agency. */
struct AssignmentRecord
{
    std::string auditId;
    std::string title;
    std::string theme;
    std::string period;  //!< e.g. "last 12 months, judged on the last 6"
    std::string dueDate; //!< YYYY-MM-DD, or empty
    std::string agency;
    std::string templateId;
    int templateVersion = 1;
    std::vector<AssignmentCase> cases;
    std::string body; //!< the assignment JSON as received, for fields added later
};

/** Lifecycle of a return on the device. */
enum class ReturnStatus { Draft, Submitted, Delivered };

/** One revision of one return, without its answers. */
struct ReturnRecord
{
    ReturnKey key;
    std::string kind; //!< "audit" or "observation"
    std::string templateId;
    int templateVersion = 1;
    std::optional<std::string> auditId; //!< empty for observations made outside an audit
    std::string caseCode;
    std::optional<std::string> agency;
    ReturnStatus status = ReturnStatus::Draft;
    std::optional<std::string> reviewState;   //!< received | has_issues | approved, from the office
    std::optional<std::string> reviewComment; //!< the office's comment, shown to the practitioner
    std::optional<core::Millis> reviewedAt;   //!< when the review state last changed (retention counts from it)
    double progress = 0;                      //!< 0..1, cached for lists
    std::optional<std::string> resumePath;    //!< where the practitioner was, to resume exactly there
    core::Millis createdAt = 0;
    core::Millis updatedAt = 0;
    std::optional<core::Millis> submittedAt;
    std::optional<core::Millis> deliveredAt;
};

/** What a new draft needs. */
struct NewReturn
{
    std::string kind;
    std::string templateId;
    int templateVersion = 1;
    std::optional<std::string> auditId;
    std::string caseCode;
    std::optional<std::string> agency;
};

/** One stored answer: a path (docs/architecture.md, Answers) and its JSON value as text. */
struct AnswerRow
{
    std::string path;
    std::string value;
};

/** State of a submitted return on its way to the office. */
enum class OutboxState { Queued, Sealed, Delivered, Failed };

/** One outbox entry. */
struct OutboxItem
{
    ReturnKey key;
    OutboxState state = OutboxState::Queued;
    std::optional<core::Bytes> envelope; //!< sealed once, then re-sent byte for byte
    int attempts = 0;
    core::Millis nextAttemptAt = 0;
    std::optional<std::string> lastError; //!< plain words, shown in the app
    core::Millis queuedAt = 0;
    std::optional<core::Millis> deliveredAt;
};

/** One line of the local append-only log. */
struct LogEntry
{
    std::int64_t id = 0;
    core::Millis at = 0;
    std::string actor;   //!< "practitioner", "office", "sync", ...
    std::string action;  //!< e.g. "return.submitted", "return.opened", "return.deleted"
    std::string subject; //!< the record it concerns (uuid/revision), never content
    std::string detail;
};

/** Text forms used in the database. */
std::string toString(ReturnStatus status);
ReturnStatus returnStatusFrom(const std::string &text);
std::string toString(OutboxState state);
OutboxState outboxStateFrom(const std::string &text);

} // namespace maqa::store
