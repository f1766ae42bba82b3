// Drafting progress: which cases a device is working on and how far each has got, never an answer. Devices
// report it so the office can see completeness before anything is submitted.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace maqa::protocol {

/** One return in progress on a device. */
struct ProgressEntry
{
    std::string auditId; //!< UUID, or empty for an observation outside an audit
    std::string caseCode;
    std::string returnUuid;    //!< the draft's UUID
    std::int64_t answered = 0; //!< questions answered so far
    std::int64_t total = 0;    //!< questions relevant now (answered <= total)
    std::string updatedAt;     //!< UTC timestamp of the last answer change

    bool operator==(const ProgressEntry &) const = default;
    /** Reads the entry at @p path of @p parent's message. */
    static ProgressEntry read(const nlohmann::json &json, const std::string &what, const std::string &path);
    /** The entry as JSON. */
    nlohmann::json toJson() const;
};

/** PUT /progress: the full list of the device's drafts; it replaces what the device reported before. */
struct ProgressReport
{
    std::vector<ProgressEntry> cases;

    /** Strictly reads a report; throws Error(Invalid) naming the offending field. */
    static ProgressReport fromJson(const nlohmann::json &json);
    /** The report as JSON. */
    nlohmann::json toJson() const;
};

/** One row of GET /office/progress: an entry with the device that reported it. */
struct DeviceProgress
{
    std::string deviceId;
    std::string deviceName;
    std::string agency;
    ProgressEntry entry;
    std::string reportedAt; //!< when the device last reported

    /** Strictly reads a row; throws Error(Invalid) naming the offending field. */
    static DeviceProgress fromJson(const nlohmann::json &json);
    /** The row as JSON (the entry's fields inline). */
    nlohmann::json toJson() const;
};

/** GET /office/progress. */
struct ProgressList
{
    std::vector<DeviceProgress> progress;

    /** Strictly reads the list; throws Error(Invalid) naming the offending field. */
    static ProgressList fromJson(const nlohmann::json &json);
    /** The list as JSON. */
    nlohmann::json toJson() const;
};

} // namespace maqa::protocol
