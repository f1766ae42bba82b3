// The server's one storage interface. Two backends implement it (embedded SQLite, PostgreSQL); the services above
// never know which. Every mutation takes the audit-log entry that records it and writes both in one transaction.
#pragma once

#include "server/store/StoreRecords.h"

#include "protocol/Assignment.h"
#include "protocol/Enrolment.h"
#include "protocol/Envelope.h"
#include "protocol/Office.h"
#include "protocol/Progress.h"
#include "protocol/Review.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace maqa::server {

/** How a storage failure the server cannot fix by itself (disk full, read-only) begins: HTTP answers name it. */
inline constexpr const char *kStorageRefusedPrefix = "The server database could not save: ";

/** Storage for maqa-server. Implementations throw core::Error(Io) when the database fails. */
class Store
{
public:
    virtual ~Store() = default;

    /** "sqlite" or "postgresql". */
    virtual std::string backendName() const = 0;
    /** Applies every migration not yet applied, each in its own transaction; safe to run from several instances. */
    virtual void migrate() = 0;
    /** The number of the last applied migration. */
    virtual int schemaVersion() = 0;

    /** True when `admin init` has issued an office token. */
    virtual bool hasOfficeToken() = 0;
    /** Stores an office token's hash. */
    virtual void addOfficeToken(const std::string &tokenHash, const std::string &label, const AuditLogEntry &log) = 0;
    /** The device or office that owns the token with this hash. */
    virtual std::optional<Principal> findPrincipal(const std::string &tokenHash) = 0;

    /** Registers an office public key as the current one. Registering a known key again makes it current. */
    virtual void addOfficeKey(const protocol::OfficeKey &key, const AuditLogEntry &log) = 0;
    /** The most recently registered office key. */
    virtual std::optional<protocol::OfficeKey> currentOfficeKey() = 0;
    /** True when a key with this id was ever registered (devices may have sealed to an older key). */
    virtual bool hasOfficeKey(const std::string &keyId) = 0;

    /** The device policy (defaults until the office sets one). */
    virtual protocol::Policy policy() = 0;
    /** Replaces the device policy. */
    virtual void setPolicy(const protocol::Policy &policy, const AuditLogEntry &log) = 0;

    /** Stores an enrolment code's hash for @p agency, valid until @p expiresAt. */
    virtual void addEnrolCode(const std::string &codeId, const std::string &codeHash, const std::string &agency,
                              std::int64_t createdAt, std::int64_t expiresAt, const AuditLogEntry &log) = 0;
    /** Consumes the code and adds the device in one transaction; @p log is written only when enrolled. */
    virtual EnrolResult enrolDevice(const std::string &codeHash, const NewDevice &device, const AuditLogEntry &log) = 0;
    /** Every device, enrolment order. */
    virtual std::vector<protocol::DeviceInfo> devices() = 0;
    /** Revokes a device; false when there is no such device. Revoking twice keeps the first time. */
    virtual bool revokeDevice(const std::string &deviceId, std::int64_t at, const AuditLogEntry &log) = 0;

    /** Adds a template version; Identical when the same bytes are there, Conflict when other bytes are. */
    virtual PutOutcome addTemplate(const TemplateRecord &record, std::int64_t addedAt, const AuditLogEntry &log) = 0;
    /** A template's exact bytes. */
    virtual std::optional<std::string> templateBody(const std::string &id, std::int64_t version) = 0;
    /** Every template version, by id and version. */
    virtual std::vector<protocol::TemplateRef> templates() = 0;

    /** Stores a new audit (its id, template version and created time already set). */
    virtual void addAudit(const protocol::Audit &audit, const AuditLogEntry &log) = 0;
    /** Every audit, or only those @p agency takes part in. */
    virtual std::vector<protocol::Audit> audits(const std::optional<std::string> &agency) = 0;
    /** One audit. */
    virtual std::optional<protocol::Audit> audit(const std::string &auditId) = 0;

    /** Stores a return (and its "received" review state) unless (uuid, revision) is there already. */
    virtual PutOutcome putReturn(const IncomingReturn &incoming, const AuditLogEntry &log) = 0;
    /** Returns with sequence > @p after, oldest first: at most @p limit, and at most @p maxBytes of envelopes
     * (always at least one). Envelope bytes only when @p withEnvelopes. */
    virtual std::vector<StoredReturn> returnsAfter(std::int64_t after, int limit, std::size_t maxBytes,
                                                   bool withEnvelopes) = 0;
    /** The agency of a stored return, if there is one. */
    virtual std::optional<std::string> returnAgency(const std::string &uuid, std::int64_t revision) = 0;

    /** Records a review state for a stored return; returns it with its cursor. */
    virtual protocol::ReviewState setReview(const std::string &uuid, std::int64_t revision, const std::string &agency,
                                            const protocol::ReviewUpdate &update, std::int64_t at,
                                            const AuditLogEntry &log) = 0;
    /** Review changes of @p agency's returns with cursor > @p after, oldest first. */
    virtual std::vector<protocol::ReviewState> reviewsAfter(const std::string &agency, std::int64_t after,
                                                            int limit) = 0;

    /** Replaces what a device reported as in progress. */
    virtual void replaceProgress(const std::string &deviceId, const std::vector<protocol::ProgressEntry> &entries,
                                 std::int64_t at) = 0;
    /** Every device's progress. */
    virtual std::vector<protocol::DeviceProgress> progress() = 0;

    /** Records one failed authentication or enrolment from @p address (milliseconds since the epoch). */
    virtual void recordAuthFailure(const std::string &address, std::int64_t atMs) = 0;
    /** Times (ms) of @p address's failures after @p sinceMs, oldest first. */
    virtual std::vector<std::int64_t> authFailuresSince(const std::string &address, std::int64_t sinceMs) = 0;

    /** Appends to the audit log outside any other change (e.g. a refused request). */
    virtual void appendAuditLog(const AuditLogEntry &entry) = 0;
    /** The audit log, oldest first, entries with id > @p after, at most @p limit. */
    virtual std::vector<AuditLogEntry> auditLog(std::int64_t after, int limit) = 0;
};

} // namespace maqa::server
