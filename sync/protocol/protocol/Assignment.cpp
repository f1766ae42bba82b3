// Manifest, template references and assignments (see Assignment.h).
// Case codes are checked for shape only: which codes exist is the office's business, not the wire format's.
#include "protocol/Assignment.h"

#include "protocol/Json.h"
#include "protocol/Limits.h"

#include "core/domain/Agencies.h"

namespace maqa::protocol {

CaseRef CaseRef::read(const nlohmann::json &json, const FieldReader &parent, const std::string &path)
{
    FieldReader reader(json, parent.what(), path);
    CaseRef c;
    c.code = reader.text("code", kMaxCaseCode, TextFormat::CaseCode);
    c.ageBand = reader.text("age_band", 32, TextFormat::Line, true);
    c.needs = reader.text("needs", kMaxShortText, TextFormat::Line, true);
    reader.finish();
    return c;
}

nlohmann::json CaseRef::toJson() const
{
    return {{"code", code}, {"age_band", ageBand}, {"needs", needs}};
}

Assignment Assignment::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "assignment");
    Assignment a;
    a.auditId = reader.text("audit_id", 36, TextFormat::Uuid);
    a.title = reader.text("title", kMaxShortText);
    a.theme = reader.text("theme", kMaxShortText, TextFormat::Line, true);
    a.period = reader.text("period", kMaxShortText, TextFormat::Line, true);
    a.dueDate = reader.text("due_date", 10, TextFormat::Date, true);
    a.templateId = reader.text("template_id", kMaxSlug, TextFormat::Slug);
    a.templateVersion = reader.integer("template_version", 1, kMaxTemplateVersion);
    a.agency = reader.text("agency", 32, TextFormat::Slug);
    if (!core::isAgencySlug(a.agency)) {
        reader.fail("agency", "must be an agency slug");
    }
    const nlohmann::json &cases = reader.array("cases", kMaxCasesPerAudit);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        a.cases.push_back(CaseRef::read(cases[i], reader, reader.childPath("cases", i)));
    }
    reader.finish();
    return a;
}

nlohmann::json Assignment::toJson() const
{
    nlohmann::json caseList = nlohmann::json::array();
    for (const CaseRef &c : cases) {
        caseList.push_back(c.toJson());
    }
    return {{"audit_id", auditId},
            {"title", title},
            {"theme", theme},
            {"period", period},
            {"due_date", dueDate},
            {"template_id", templateId},
            {"template_version", templateVersion},
            {"agency", agency},
            {"cases", caseList}};
}

TemplateRef TemplateRef::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "template reference");
    TemplateRef t;
    t.id = reader.text("id", kMaxSlug, TextFormat::Slug);
    t.version = reader.integer("version", 1, kMaxTemplateVersion);
    t.sha256 = reader.text("sha256", 64, TextFormat::Sha256);
    t.size = reader.integer("size", 2, std::int64_t(64) * 1024 * 1024);
    reader.finish();
    return t;
}

nlohmann::json TemplateRef::toJson() const
{
    return {{"id", id}, {"version", version}, {"sha256", sha256}, {"size", size}};
}

namespace {

std::vector<Assignment> readAssignments(FieldReader &reader)
{
    std::vector<Assignment> list;
    for (const nlohmann::json &item : reader.array("assignments", kMaxListItems)) {
        list.push_back(Assignment::fromJson(item));
    }
    return list;
}

nlohmann::json writeAssignments(const std::vector<Assignment> &assignments)
{
    nlohmann::json list = nlohmann::json::array();
    for (const Assignment &a : assignments) {
        list.push_back(a.toJson());
    }
    return list;
}

} // namespace

Manifest Manifest::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "manifest");
    Manifest m;
    for (const nlohmann::json &item : reader.array("templates", kMaxListItems)) {
        m.templates.push_back(TemplateRef::fromJson(item));
    }
    m.assignments = readAssignments(reader);
    reader.finish();
    return m;
}

nlohmann::json Manifest::toJson() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const TemplateRef &t : templates) {
        list.push_back(t.toJson());
    }
    return {{"templates", list}, {"assignments", writeAssignments(assignments)}};
}

AssignmentList AssignmentList::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "assignment list");
    AssignmentList l;
    l.assignments = readAssignments(reader);
    reader.finish();
    return l;
}

nlohmann::json AssignmentList::toJson() const
{
    return {{"assignments", writeAssignments(assignments)}};
}

} // namespace maqa::protocol
