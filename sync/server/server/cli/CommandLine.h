// Command-line arguments of one maqa-server command: `--name value` (or `--name=value`) options, `--flag`s and
// positionals. Anything unknown is a usage error (exit 2), so a typo never changes what a command does.
#pragma once

#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace maqa::server {

struct StoreLocation;

/** A usage error: wrong or missing arguments. The command exits 2 with this message. */
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/** Parsed arguments of one command. */
class CommandLine
{
public:
    /** Parses @p args; throws UsageError on an unknown option or a missing value. */
    CommandLine(const std::vector<std::string> &args, const std::set<std::string> &valueOptions,
                const std::set<std::string> &flags = {});

    /** The value of `--name`, if given. */
    std::optional<std::string> option(const std::string &name) const;
    /** The value of `--name`; throws UsageError naming it when missing. */
    std::string required(const std::string &name) const;
    /** `--name` as a whole number in [min, max], or @p fallback when absent; throws UsageError otherwise. */
    long long number(const std::string &name, long long min, long long max, long long fallback) const;
    /** True when `--flag` was given. */
    bool flag(const std::string &name) const;
    /** The arguments that are not options, in order. */
    const std::vector<std::string> &positionals() const { return m_positionals; }

private:
    std::vector<std::pair<std::string, std::string>> m_options;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positionals;
};

/** The store location from --db URL or --data DIR (the default data directory when neither is given); a malformed
 * URL is a UsageError. */
StoreLocation locationFrom(const CommandLine &line);

} // namespace maqa::server
