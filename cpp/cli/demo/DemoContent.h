// The demonstration's content (early-help-demo.json, a Qt resource of maqa-cli): the audit, the six children, the ten
// agencies, the answers each gives and the curated text banks, with deterministic choices so a demo run is the same
// each time on a given day.
#pragma once

#include <nlohmann/json.hpp>

#include <QDate>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace maqa::cli::demo {

/** The demonstration's content, read once. */
class DemoContent
{
public:
    /** The content shipped in maqa-cli; throws Error(Internal) when it is missing or malformed. */
    static DemoContent shipped();
    /** Content from @p json (the same format); throws Error(Internal) naming what is missing. */
    explicit DemoContent(nlohmann::json json);

    /** The whole document. */
    const nlohmann::json &json() const { return m_json; }
    /** The cases, in sample order. */
    const nlohmann::json &cases() const { return m_json.at("cases"); }
    /** The case called @p code; throws Error(Internal) for an unknown one. */
    const nlohmann::json &caseNamed(const std::string &code) const;
    /** The agency slugs, in the order partnerships list them (core::defaultAgencies()). */
    std::vector<std::string> agencies() const;
    /** True when @p agency's return for @p caseCode is overdue or still a draft in the demonstration. */
    bool isMissing(const std::string &agency, const std::string &caseCode) const;

    /**
     * What @p agency answers to @p question on case @p caseJson: the pair's own answer, else "na" when the agency's
     * involvement is light and the question is one it cannot speak to, else the case's answer, else the default.
     */
    std::optional<nlohmann::json> answer(const nlohmann::json &caseJson, const std::string &agency,
                                         const std::string &question) const;
    /** True when @p agency had little involvement with @p caseJson. */
    bool isLight(const nlohmann::json &caseJson, const std::string &agency) const;

    /** @p value with "@date:-N" (N days from @p today) and "@datetime:-N HH:MM" made real. */
    static nlohmann::json resolveDates(const nlohmann::json &value, const QDate &today);
    /** A stable number for @p key (FNV-1a), so choices do not depend on the standard library's generators. */
    static std::uint32_t hash(std::string_view key);
    /** The item of array @p list chosen by @p key ("" for an empty or missing list). */
    static std::string pick(const nlohmann::json &list, std::string_view key);

private:
    nlohmann::json m_json;
};

} // namespace maqa::cli::demo
