// Helpers for the expression tests: parse text, bind ${name} to a small table of values, evaluate with a pinned
// clock. Lets tst_expr_functions exercise the interpreter without a template or a form.
#pragma once

#include "core/expr/Dates.h"
#include "core/expr/Evaluator.h"
#include "core/expr/Parser.h"

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace maqa::test {

/** Named values an expression can read; `${rep.field}` reads the vector under "rep.field". */
class TableEnvironment : public core::expr::Environment
{
public:
    std::vector<std::string> names;                                    //!< index = bound target
    std::vector<core::expr::Value> values;                             //!< value per target
    std::map<int, std::vector<core::expr::Value>> collections;         //!< aggregate values per target
    core::expr::Value dot;                                             //!< value of `.`
    std::int64_t now = *core::expr::parseDateTime("2026-11-26T14:30"); //!< pinned clock

    /** Adds or replaces @p name. */
    void set(const std::string &name, core::expr::Value v)
    {
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (names[i] == name) {
                values[i] = std::move(v);
                return;
            }
        }
        names.push_back(name);
        values.push_back(std::move(v));
    }
    /** Gives `${name}` (used as an aggregate) the values @p items. */
    void setCollection(const std::string &name, std::vector<core::expr::Value> items)
    {
        set(name, core::expr::Value());
        collections[index(name)] = std::move(items);
    }
    int index(const std::string &name) const
    {
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (names[i] == name) {
                return static_cast<int>(i);
            }
        }
        throw std::runtime_error("test uses unknown name " + name);
    }

    core::expr::Value self() const override { return dot; }
    core::expr::Value reference(int target) const override { return values[static_cast<std::size_t>(target)]; }
    void collect(int target, core::expr::RefKind, std::vector<core::expr::Value> &out) const override
    {
        const auto it = collections.find(target);
        if (it != collections.end()) {
            out.insert(out.end(), it->second.begin(), it->second.end());
        }
    }
    std::int64_t nowMinutes() const override { return now; }

    /** Parses @p text, binds its references (names with a dot or listed in collections are aggregates). */
    core::expr::Value eval(const std::string &text) const
    {
        auto parsed = core::expr::parseExpression(text);
        if (!parsed.root) {
            throw std::runtime_error(parsed.error);
        }
        core::expr::forEachRef(*parsed.root, [&](core::expr::Node &ref, core::expr::Node *) {
            ref.target = index(ref.text);
            ref.refKind =
                collections.count(ref.target) ? core::expr::RefKind::Aggregate : core::expr::RefKind::Question;
        });
        return core::expr::evaluate(*parsed.root, *this);
    }
    /** eval() as XPath string(). */
    std::string str(const std::string &text) const { return eval(text).toString(); }
};

} // namespace maqa::test
