// Internal to the template loader: the problem collector and the steps loadTemplate() runs in order
// (structure, expressions, graph). Not part of the public interface; include TemplateLoader.h instead.
#pragma once

#include "core/template/TemplateLoader.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace maqa::core::loader {

/** Collects problems for one load, stopping at the limit. */
class LoadContext
{
public:
    /** A collector for the text called @p source under @p limits. */
    LoadContext(std::string_view source, const TemplateLimits &limits)
        : m_source(source)
        , m_limits(limits)
    {}
    /** Records a problem at @p path. */
    void problem(const std::string &path, const std::string &message);
    /** The limits in force. */
    const TemplateLimits &limits() const { return m_limits; }
    /** Problems so far. */
    std::vector<TemplateProblem> &problems() { return m_problems; }
    /** True when no problem was recorded. */
    bool clean() const { return m_problems.empty(); }
    /** True once enough problems were listed that "did you mean" hints are no longer worth their cost. */
    bool hintsExhausted() const { return m_problems.size() >= 50; }
    /** True once the problem limit was reached: later steps may skip work whose problems would be dropped. */
    bool stopped() const { return m_stopped; }
    bool questionLimitReported = false; //!< the "too many questions" problem is listed once

private:
    std::string m_source;
    const TemplateLimits &m_limits;
    std::vector<TemplateProblem> m_problems;
    bool m_stopped = false;
};

/** Reports each key of @p object that is not in @p allowed as an unknown attribute. */
void checkKeys(const nlohmann::json &object, const std::vector<std::string> &allowed, const std::string &path,
               LoadContext &ctx);
/** A text attribute: "" when absent (a problem when @p required), a problem when not a string or too long. */
std::string readText(const nlohmann::json &object, const char *key, const std::string &path, bool required,
                     LoadContext &ctx);
/** A short description of a JSON value's type for messages: "a number", "a list", ... */
std::string jsonTypeName(const nlohmann::json &value);

/** "sections[2].questions[4] (name)", or without the name when it is unknown. */
std::string questionPath(const Question &q);
/** "sections[2] (name)". */
std::string sectionPath(const Section &s);
/** " (did you mean 'x'?)" when a candidate is within two edits of @p word, else "". */
std::string suggestion(std::string_view word, const std::vector<std::string> &candidates, std::string_view quote = "'",
                       std::string_view closeQuote = "'");
/** True for names of questions, sections and lists: a letter, then letters, digits or '_', at most 64. */
bool isIdentifier(std::string_view name);

/** Reads the document's structure into @p t (no expression is parsed yet). */
void readStructure(const nlohmann::json &doc, Template &t, LoadContext &ctx);
/** Reads one question object (and a repeat's fields) at @p location, appending to t.questions. */
void readQuestion(const nlohmann::json &node, const std::string &location, int section, int group, Template &t,
                  LoadContext &ctx);
/** The built-in list called @p name (yes_no, ofsted, agencies, themes), or null. */
const ChoiceList *builtInChoiceList(std::string_view name);
/** Checks names: unique at top level, unique within each repeat, not shadowing a top-level name. */
void checkNames(Template &t, LoadContext &ctx);
/** Parses every expression and binds its references to question indices. */
void bindExpressions(Template &t, LoadContext &ctx);
/** Builds t.graph, reporting cycles. */
void buildGraph(Template &t, LoadContext &ctx);
/** Infers calculation types in evaluation order, then type-checks every expression. */
void checkExpressionTypes(Template &t, LoadContext &ctx);

} // namespace maqa::core::loader
