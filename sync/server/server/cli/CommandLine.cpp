// Argument parsing for maqa-server (see CommandLine.h).
// Options may repeat nowhere: giving one twice is as likely a mistake as a typo.
#include "server/cli/CommandLine.h"

#include "server/store/StoreLocation.h"

#include "core/util/Error.h"

namespace maqa::server {

CommandLine::CommandLine(const std::vector<std::string> &args, const std::set<std::string> &valueOptions,
                         const std::set<std::string> &flags)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
            m_positionals.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> value;
        if (const std::size_t eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (flags.count(name) && !value) {
            m_flags.insert(name);
            continue;
        }
        if (!valueOptions.count(name)) {
            throw UsageError("unknown option --" + name);
        }
        if (option(name)) {
            throw UsageError("--" + name + " is given twice");
        }
        if (!value) {
            if (i + 1 >= args.size()) {
                throw UsageError("--" + name + " needs a value");
            }
            value = args[++i];
        }
        m_options.emplace_back(name, *value);
    }
}

std::optional<std::string> CommandLine::option(const std::string &name) const
{
    for (const auto &[key, value] : m_options) {
        if (key == name) {
            return value;
        }
    }
    return std::nullopt;
}

std::string CommandLine::required(const std::string &name) const
{
    std::optional<std::string> value = option(name);
    if (!value || value->empty()) {
        throw UsageError("--" + name + " is required");
    }
    return *value;
}

long long CommandLine::number(const std::string &name, long long min, long long max, long long fallback) const
{
    const std::optional<std::string> value = option(name);
    if (!value) {
        return fallback;
    }
    const std::string range =
        "--" + name + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    if (value->empty() || value->size() > 18 || value->find_first_not_of("0123456789") != std::string::npos) {
        throw UsageError(range);
    }
    const long long n = std::stoll(*value);
    if (n < min || n > max) {
        throw UsageError(range);
    }
    return n;
}

bool CommandLine::flag(const std::string &name) const
{
    return m_flags.count(name) > 0;
}

StoreLocation locationFrom(const CommandLine &line)
{
    const std::optional<std::string> url = line.option("db");
    const std::optional<std::string> data = line.option("data");
    if (url && data) {
        throw UsageError("give either --data DIR or --db URL, not both");
    }
    if (url) {
        try {
            return StoreLocation::fromUrl(*url);
        } catch (const core::Error &e) {
            throw UsageError(e.what());
        }
    }
    return StoreLocation::sqliteIn(data ? *data : StoreLocation::defaultDataDir());
}

} // namespace maqa::server
