// Parsing of a verb's arguments (see Args.h).
// `--name=value` and `--name value` are both accepted; `--` ends option parsing.
#include "Args.h"

#include "core/util/Error.h"

using maqa::core::Error;
using maqa::core::ErrorKind;

namespace maqa::cli {

Args::Args(const std::vector<std::string> &argv, const std::set<std::string> &valueOptions,
           const std::set<std::string> &flags)
{
    bool optionsEnded = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string &arg = argv[i];
        if (optionsEnded || arg.size() < 3 || arg.rfind("--", 0) != 0) {
            if (arg == "--") {
                optionsEnded = true;
                continue;
            }
            m_positionals.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        if (flags.count(name) && !inlineValue) {
            m_flags.insert(name);
        } else if (valueOptions.count(name)) {
            if (inlineValue) {
                m_options.emplace_back(name, *inlineValue);
            } else if (i + 1 < argv.size()) {
                m_options.emplace_back(name, argv[++i]);
            } else {
                throw Error(ErrorKind::Invalid, "The option --" + name + " needs a value.");
            }
        } else {
            throw Error(ErrorKind::Invalid, "Unknown option --" + name + ".");
        }
    }
}

std::optional<std::string> Args::option(const std::string &name) const
{
    for (auto it = m_options.rbegin(); it != m_options.rend(); ++it) {
        if (it->first == name) {
            return it->second;
        }
    }
    return std::nullopt;
}

std::string Args::required(const std::string &name) const
{
    if (auto value = option(name)) {
        return *value;
    }
    throw Error(ErrorKind::Invalid, "The option --" + name + " is required.");
}

bool Args::flag(const std::string &name) const
{
    return m_flags.count(name) > 0;
}

} // namespace maqa::cli
