// What a device pulls to know its work: the manifest (templates by id, version and digest, and the assignments)
// and each assignment (an audit's title, period, template and its sample of pseudonymous case codes).
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace maqa::protocol {

class FieldReader;

/** One case of an audit's sample: a code the office issued, never a name. */
struct CaseRef
{
    std::string code;    //!< pseudonymous case code
    std::string ageBand; //!< e.g. "0-1", "5-10"; may be empty
    std::string needs;   //!< level of need or plan type at sampling; may be empty

    bool operator==(const CaseRef &) const = default;
    /** Reads a case at @p path of @p reader's message. */
    static CaseRef read(const nlohmann::json &json, const FieldReader &parent, const std::string &path);
    /** The case as JSON. */
    nlohmann::json toJson() const;
};

/** An audit as one agency's devices see it. */
struct Assignment
{
    std::string auditId; //!< UUID
    std::string title;
    std::string theme;   //!< may be empty
    std::string period;  //!< e.g. "the last 12 months, judged on the last 6"; may be empty
    std::string dueDate; //!< "2026-12-31" or empty
    std::string templateId;
    std::int64_t templateVersion = 1;
    std::string agency; //!< the device's agency
    std::vector<CaseRef> cases;

    bool operator==(const Assignment &) const = default;
    /** Strictly reads an assignment; throws Error(Invalid) naming the offending field. */
    static Assignment fromJson(const nlohmann::json &json);
    /** The assignment as JSON. */
    nlohmann::json toJson() const;
};

/** A template the server can hand out, named by id and version and pinned by the SHA-256 of its exact bytes. */
struct TemplateRef
{
    std::string id;
    std::int64_t version = 1;
    std::string sha256; //!< lower-case hex of the bytes GET /templates/{id}/{version} returns
    std::int64_t size = 0;

    bool operator==(const TemplateRef &) const = default;
    /** Strictly reads a template reference; throws Error(Invalid) naming the offending field. */
    static TemplateRef fromJson(const nlohmann::json &json);
    /** The reference as JSON. */
    nlohmann::json toJson() const;
};

/** GET /manifest: every template and every assignment of the device's agency. */
struct Manifest
{
    std::vector<TemplateRef> templates;
    std::vector<Assignment> assignments;

    /** Strictly reads a manifest; throws Error(Invalid) naming the offending field. */
    static Manifest fromJson(const nlohmann::json &json);
    /** The manifest as JSON. */
    nlohmann::json toJson() const;
};

/** GET /assignments: the assignments of the device's agency. */
struct AssignmentList
{
    std::vector<Assignment> assignments;

    /** Strictly reads the list; throws Error(Invalid) naming the offending field. */
    static AssignmentList fromJson(const nlohmann::json &json);
    /** The list as JSON. */
    nlohmann::json toJson() const;
};

} // namespace maqa::protocol
