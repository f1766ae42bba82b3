// The office's messages: registering its public key, creating audits, issuing enrolment codes, listing devices,
// and pulling sealed returns page by page in the order the server received them.
#pragma once

#include "protocol/Assignment.h"
#include "protocol/Envelope.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace maqa::protocol {

/** PUT /office/key: the office's X25519 public key (base64); the answer adds its key id and time. */
struct OfficeKey
{
    std::string publicKey; //!< base64 of 32 bytes
    std::string keyId;     //!< in answers only
    std::string createdAt; //!< in answers only

    /** Reads the request form ({public_key}); throws Error(Invalid) naming the offending field. */
    static OfficeKey requestFromJson(const nlohmann::json &json);
    /** Reads the answer form ({public_key, key_id, created_at}). */
    static OfficeKey fromJson(const nlohmann::json &json);
    /** The answer form as JSON. */
    nlohmann::json toJson() const;
};

/** An audit: its title and period, the template, the case sample and the agencies taking part. */
struct Audit
{
    std::string auditId; //!< UUID; empty in a create request
    std::string title;
    std::string theme;
    std::string period;
    std::string dueDate;
    std::string templateId;
    std::optional<std::int64_t> templateVersion; //!< absent in a request: the latest version
    std::vector<CaseRef> cases;
    std::vector<std::string> agencies;
    std::string createdAt; //!< empty in a create request

    /** Reads POST /office/audits (no audit_id, no created_at); throws Error(Invalid) naming the offending field. */
    static Audit requestFromJson(const nlohmann::json &json);
    /** Reads a stored audit as the server lists it. */
    static Audit fromJson(const nlohmann::json &json);
    /** The audit as JSON (all fields). */
    nlohmann::json toJson() const;
};

/** POST /office/enrol-codes: an agency and a lifetime; the answer carries the code, shown once. */
struct EnrolCode
{
    std::string code; //!< in answers only: "ABCD-EFGH-JKMN-PQRS"
    std::string agency;
    std::int64_t hours = 72;
    std::string expiresAt; //!< in answers only

    /** Reads the request form ({agency, hours?}); throws Error(Invalid) naming the offending field. */
    static EnrolCode requestFromJson(const nlohmann::json &json);
    /** The answer form as JSON ({code, agency, expires_at}). */
    nlohmann::json toJson() const;
};

/** One enrolled device as the office sees it. */
struct DeviceInfo
{
    std::string deviceId;
    std::string deviceName;
    std::string agency;
    std::string signPublicKey; //!< base64 of the Ed25519 key its returns are signed with
    std::string enrolledAt;
    bool revoked = false;
    std::string revokedAt; //!< empty unless revoked

    /** Strictly reads a device; throws Error(Invalid) naming the offending field. */
    static DeviceInfo fromJson(const nlohmann::json &json);
    /** The device as JSON. */
    nlohmann::json toJson() const;
};

/** One sealed return as the office pulls it. */
struct OfficeReturn
{
    std::int64_t sequence = 0; //!< increases with every return the server stores
    std::string receivedAt;
    Envelope envelope;

    /** Strictly reads a pulled return; throws Error(Invalid) naming the offending field. */
    static OfficeReturn fromJson(const nlohmann::json &json);
    /** The pulled return as JSON. */
    nlohmann::json toJson() const;
};

/** GET /office/returns?after=&limit=: returns with sequence > after, oldest first. */
struct OfficeReturnPage
{
    std::vector<OfficeReturn> returns;
    std::int64_t nextAfter = 0; //!< pass as ?after= next time
    bool more = false;          //!< true when another page is waiting now

    /** Strictly reads a page; throws Error(Invalid) naming the offending field. */
    static OfficeReturnPage fromJson(const nlohmann::json &json);
    /** The page as JSON. */
    nlohmann::json toJson() const;
};

} // namespace maqa::protocol
