// The office's records: opened returns, audits with their case samples, review states, the panel's grades and
// drafting progress. Plain structs the analysis reads and the office store keeps; core sits below the wire format.
#pragma once

#include <nlohmann/json.hpp>

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace maqa::core::office {

/** Names one revision of one return. */
struct ReturnRef
{
    std::string uuid; //!< the client-made UUID, the same for every revision
    int revision = 1; //!< 1, then n+1 for each resubmission

    bool operator==(const ReturnRef &) const = default;
    auto operator<=>(const ReturnRef &) const = default;
    /** "uuid/revision": how the log and messages name a revision, never with content. */
    std::string text() const { return uuid + "/" + std::to_string(revision); }
};

/** What an envelope and its sealed payload say about a return (the wire format's metadata, in office terms). */
struct ReturnMeta
{
    ReturnRef ref;
    std::string auditId;     //!< the audit (UUID); empty for an observation outside an audit
    std::string caseCode;    //!< pseudonymous case code
    std::string agency;      //!< agency slug of the signing device
    std::string templateId;  //!< template slug
    int templateVersion = 1; //!< template version the answers follow
    std::string kind;        //!< "audit" or "observation"
    std::string deviceId;    //!< the enrolled device that signed it
    std::string keyId;       //!< the office key it was sealed to
    std::string createdAt;   //!< UTC timestamp, as the device wrote it
    std::string submittedAt; //!< UTC timestamp, as the device wrote it

    bool operator==(const ReturnMeta &) const = default;
};

/** An opened, verified return: metadata and answers as the office reads them (shown answers + calculated values). */
struct OpenedReturn
{
    ReturnMeta meta;
    nlohmann::json answers = nlohmann::json::object(); //!< keyed by question name (docs/architecture.md, Answers)
    std::string note;                                  //!< the practitioner's note to the office
};

/** The office's verdict on one revision, which flows back to the device. */
enum class ReviewState { Received, HasIssues, Approved };

/** "received", "has_issues", "approved". */
std::string_view toString(ReviewState state);
/** The state called @p text, if it is one. */
std::optional<ReviewState> reviewStateFrom(std::string_view text);

/** The review of one revision. */
struct Review
{
    ReturnRef ref;
    ReviewState state = ReviewState::Received;
    std::string comment; //!< required with has_issues: the practitioner reads it
};

/** The grade the moderation panel agreed for one graded part of one revision, beside the agency's own. */
struct PanelGrade
{
    ReturnRef ref;
    std::string question; //!< the grade question's name, e.g. "voice_grade"
    std::string grade;    //!< a choice name of that question's scale
};

/** One case of an audit's sample: a code, never a name. */
struct CaseInfo
{
    std::string code;    //!< the pseudonymous case code
    std::string ageBand; //!< e.g. "0-1", "16-17"; never a date of birth
    std::string needs;   //!< level of need or plan at sampling
};

/** An audit the office runs. */
struct AuditInfo
{
    std::string auditId;
    std::string title;
    std::string theme;
    std::string period;  //!< e.g. "the last 12 months, judged on the last 6"
    std::string dueDate; //!< "YYYY-MM-DD", or empty
    std::string templateId;
    int templateVersion = 1;
    std::vector<CaseInfo> cases;       //!< the sample, in the office's order
    std::vector<std::string> agencies; //!< agency slugs asked to return, in the office's order
    std::string createdAt;             //!< UTC timestamp from the server, or empty
};

/** A draft some device is working on (from the devices' progress reports): never an answer. */
struct DraftProgress
{
    std::string auditId;
    std::string caseCode;
    std::string agency;
    std::string deviceId;
    std::string deviceName;
    std::string returnUuid;
    int answered = 0;      //!< questions answered so far
    int total = 0;         //!< questions relevant now
    std::string updatedAt; //!< UTC timestamp of the draft's last change
};

} // namespace maqa::core::office
