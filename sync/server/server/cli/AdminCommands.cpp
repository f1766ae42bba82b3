// `maqa-server admin ...`: the office's operations run directly on the database (SQLite file or PostgreSQL), through
// the same OfficeService the HTTP office routes use, so both paths validate and audit-log alike.
#include "server/cli/CommandLine.h"
#include "server/cli/Commands.h"
#include "server/service/OfficeService.h"
#include "server/store/Store.h"
#include "server/store/StoreLocation.h"

#include "protocol/Office.h"

#include "core/util/Error.h"

#include <QFile>

#include <functional>
#include <iostream>
#include <map>
#include <sstream>

namespace maqa::server {

namespace {

const Actor kAdmin{"admin", "local"};

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> items;
    std::stringstream stream(text);
    for (std::string item; std::getline(stream, item, ',');) {
        if (!item.empty()) {
            items.push_back(item);
        }
    }
    return items;
}

std::string readFile(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly)) {
        throw core::Error(core::ErrorKind::NotFound, "Cannot read " + path + ".");
    }
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

struct AdminVerb
{
    std::set<std::string> options; // besides data and db
    std::function<int(const CommandLine &, OfficeService &, Store &)> run;
    std::size_t positionals = 0;
};

int init(const CommandLine &, OfficeService &office, Store &)
{
    std::cout << office.initialise(kAdmin) << std::endl;
    std::cerr << "maqa-server: the server is initialised; this office token is shown only once: keep it safe.\n";
    return ExitOk;
}

int audit(const CommandLine &line, OfficeService &office, Store &)
{
    nlohmann::json request = {{"title", line.required("title")},
                              {"theme", line.option("theme").value_or("")},
                              {"period", line.option("period").value_or("")},
                              {"due_date", line.option("due").value_or("")},
                              {"template_id", line.required("template")},
                              {"cases", nlohmann::json::array()},
                              {"agencies", splitList(line.required("agencies"))}};
    if (line.option("template-version")) {
        request["template_version"] = line.number("template-version", 1, 1000000, 1);
    }
    for (const std::string &code : splitList(line.required("cases"))) {
        request["cases"].push_back({{"code", code}, {"age_band", ""}, {"needs", ""}});
    }
    const protocol::Audit created = office.createAudit(protocol::Audit::requestFromJson(request), kAdmin);
    std::cout << created.auditId << std::endl;
    return ExitOk;
}

int enrolCode(const CommandLine &line, OfficeService &office, Store &)
{
    const protocol::EnrolCode code =
        office.issueEnrolCode(line.required("agency"), line.number("hours", 1, 24 * 30, 72), kAdmin);
    std::cout << code.code << std::endl;
    std::cerr << "maqa-server: single-use code for " << code.agency << ", valid until " << code.expiresAt << ".\n";
    return ExitOk;
}

int devices(const CommandLine &, OfficeService &office, Store &)
{
    nlohmann::json list = nlohmann::json::array();
    for (const protocol::DeviceInfo &device : office.devices()) {
        list.push_back(device.toJson());
    }
    std::cout << list.dump(2) << std::endl;
    return ExitOk;
}

int revoke(const CommandLine &line, OfficeService &office, Store &)
{
    office.revokeDevice(line.positionals().at(0), kAdmin);
    std::cerr << "maqa-server: device " << line.positionals().at(0)
              << " is revoked; its next contact will tell it to wipe its data.\n";
    return ExitOk;
}

int returns(const CommandLine &, OfficeService &office, Store &)
{
    std::cout << office.returnSummaries().dump(2) << std::endl;
    return ExitOk;
}

int templateAdd(const CommandLine &line, OfficeService &office, Store &)
{
    const auto [ref, created] = office.addTemplate(readFile(line.positionals().at(0)), kAdmin);
    std::cout << ref.toJson().dump() << std::endl;
    std::cerr << "maqa-server: template " << ref.id << " version " << ref.version
              << (created ? " added.\n" : " was already on the server with the same content.\n");
    return ExitOk;
}

int policy(const CommandLine &line, OfficeService &office, Store &)
{
    protocol::Policy policy = office.policy();
    const bool change =
        line.option("idle-lock-seconds") || line.option("unlock-failure-limit") || line.option("retention-days");
    policy.idleLockSeconds = line.number("idle-lock-seconds", 60, 86400, policy.idleLockSeconds);
    policy.unlockFailureLimit = line.number("unlock-failure-limit", 3, 100, policy.unlockFailureLimit);
    policy.retentionDays = line.number("retention-days", 1, 3650, policy.retentionDays);
    if (change) {
        office.setPolicy(policy, kAdmin);
    }
    std::cout << policy.toJson().dump() << std::endl;
    return ExitOk;
}

int officeKey(const CommandLine &line, OfficeService &office, Store &)
{
    const protocol::OfficeKey key =
        office.registerKey(protocol::OfficeKey::requestFromJson({{"public_key", line.required("public-key")}}), kAdmin);
    std::cout << key.toJson().dump() << std::endl;
    return ExitOk;
}

int auditLog(const CommandLine &line, OfficeService &office, Store &)
{
    nlohmann::json list = nlohmann::json::array();
    for (const AuditLogEntry &entry : office.auditLog(line.number("after", 0, INT64_MAX / 2, 0), 100000)) {
        list.push_back(auditLogJson(entry));
    }
    std::cout << list.dump(2) << std::endl;
    return ExitOk;
}

const std::map<std::string, AdminVerb> &verbs()
{
    static const std::map<std::string, AdminVerb> table = {
        {"init", {{}, init}},
        {"audit", {{"title", "template", "template-version", "cases", "agencies", "due", "theme", "period"}, audit}},
        {"enrol-code", {{"agency", "hours"}, enrolCode}},
        {"devices", {{}, devices}},
        {"revoke", {{}, revoke, 1}},
        {"returns", {{}, returns}},
        {"template", {{}, templateAdd, 1}},
        {"policy", {{"idle-lock-seconds", "unlock-failure-limit", "retention-days"}, policy}},
        {"office-key", {{"public-key"}, officeKey}},
        {"audit-log", {{"after"}, auditLog}},
    };
    return table;
}

} // namespace

int runAdmin(const std::vector<std::string> &args)
{
    if (args.empty() || !verbs().count(args[0])) {
        std::cerr << "maqa-server: admin needs one of: init, audit, enrol-code, devices, revoke, returns, template, "
                     "policy, office-key, audit-log (see maqa-server help)\n";
        return ExitUsage;
    }
    const AdminVerb &verb = verbs().at(args[0]);
    std::set<std::string> options = verb.options;
    options.insert({"data", "db"});
    try {
        const CommandLine line(std::vector<std::string>(args.begin() + 1, args.end()), options);
        if (line.positionals().size() != verb.positionals) {
            throw UsageError("admin " + args[0] + " takes " + std::to_string(verb.positionals) +
                             " argument(s) besides "
                             "its options");
        }
        const StoreLocation location = locationFrom(line);
        std::unique_ptr<Store> store = openStore(location);
        OfficeService office(*store);
        return verb.run(line, office, *store);
    } catch (const UsageError &e) {
        std::cerr << "maqa-server: " << e.what() << " (see maqa-server help)\n";
        return ExitUsage;
    } catch (const core::Error &e) {
        std::cerr << "maqa-server: " << e.what() << '\n';
        return ExitRefused;
    }
}

} // namespace maqa::server
