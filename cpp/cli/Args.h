// Command-line arguments of one maqa-cli verb: `--name value` options, `--flag`s and positionals.
// Unknown options are an error, so a typo never silently changes what a command does.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace maqa::cli {

/** Parsed arguments; options are looked up by name without the leading dashes. */
class Args
{
public:
    /**
     * Parses @p argv. @p valueOptions take a value (`--data DIR`), @p flags do not (`--json`).
     * Throws maqa::core::Error(Invalid) on an unknown option or a missing value.
     */
    Args(const std::vector<std::string> &argv, const std::set<std::string> &valueOptions,
         const std::set<std::string> &flags = {});

    /** The value of `--name`, if given. */
    std::optional<std::string> option(const std::string &name) const;
    /** The value of `--name`; throws Error(Invalid) naming the option when it is missing. */
    std::string required(const std::string &name) const;
    /** True when `--name` was given. */
    bool flag(const std::string &name) const;
    /** Arguments that are not options, in order. */
    const std::vector<std::string> &positionals() const { return m_positionals; }

private:
    std::vector<std::pair<std::string, std::string>> m_options;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positionals;
};

} // namespace maqa::cli
