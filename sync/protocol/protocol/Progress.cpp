// Progress messages (see Progress.h). Counts are bounded and checked against each other, so a buggy client cannot
// show the office 120% complete.
#include "protocol/Progress.h"

#include "protocol/Json.h"
#include "protocol/Limits.h"

namespace maqa::protocol {

namespace {

ProgressEntry readEntryFields(FieldReader &reader)
{
    ProgressEntry e;
    e.auditId = reader.text("audit_id", 36, TextFormat::Uuid, true);
    e.caseCode = reader.text("case_code", kMaxCaseCode, TextFormat::CaseCode);
    e.returnUuid = reader.text("return_uuid", 36, TextFormat::Uuid);
    e.answered = reader.integer("answered", 0, 100000);
    e.total = reader.integer("total", 0, 100000);
    if (e.answered > e.total) {
        reader.fail("answered", "must not be more than total");
    }
    e.updatedAt = reader.text("updated_at", 24, TextFormat::Timestamp);
    return e;
}

void writeEntryFields(const ProgressEntry &e, nlohmann::json &json)
{
    json["audit_id"] = e.auditId;
    json["case_code"] = e.caseCode;
    json["return_uuid"] = e.returnUuid;
    json["answered"] = e.answered;
    json["total"] = e.total;
    json["updated_at"] = e.updatedAt;
}

} // namespace

ProgressEntry ProgressEntry::read(const nlohmann::json &json, const std::string &what, const std::string &path)
{
    FieldReader reader(json, what, path);
    ProgressEntry e = readEntryFields(reader);
    reader.finish();
    return e;
}

nlohmann::json ProgressEntry::toJson() const
{
    nlohmann::json json = nlohmann::json::object();
    writeEntryFields(*this, json);
    return json;
}

ProgressReport ProgressReport::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "progress report");
    ProgressReport r;
    const nlohmann::json &cases = reader.array("cases", kMaxListItems);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        r.cases.push_back(ProgressEntry::read(cases[i], reader.what(), reader.childPath("cases", i)));
    }
    reader.finish();
    return r;
}

nlohmann::json ProgressReport::toJson() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const ProgressEntry &e : cases) {
        list.push_back(e.toJson());
    }
    return {{"cases", list}};
}

DeviceProgress DeviceProgress::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "progress row");
    DeviceProgress p;
    p.deviceId = reader.text("device_id", 36, TextFormat::Uuid);
    p.deviceName = reader.text("device_name", kMaxShortText);
    p.agency = reader.text("agency", 32, TextFormat::Slug);
    p.entry = readEntryFields(reader);
    p.reportedAt = reader.text("reported_at", 24, TextFormat::Timestamp);
    reader.finish();
    return p;
}

nlohmann::json DeviceProgress::toJson() const
{
    nlohmann::json json = entry.toJson();
    json["device_id"] = deviceId;
    json["device_name"] = deviceName;
    json["agency"] = agency;
    json["reported_at"] = reportedAt;
    return json;
}

ProgressList ProgressList::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "progress list");
    ProgressList l;
    for (const nlohmann::json &item : reader.array("progress", 100000)) {
        l.progress.push_back(DeviceProgress::fromJson(item));
    }
    reader.finish();
    return l;
}

nlohmann::json ProgressList::toJson() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const DeviceProgress &p : progress) {
        list.push_back(p.toJson());
    }
    return {{"progress", list}};
}

} // namespace maqa::protocol
