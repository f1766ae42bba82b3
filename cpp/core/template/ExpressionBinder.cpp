// Parses every expression of a template and binds `${name}` to question indices with the scoping rules of
// docs/templates.md (same entry first inside a repeat; `${group.field}` only inside aggregates), then type-checks.
#include "core/expr/Parser.h"
#include "core/expr/TypeCheck.h"
#include "core/template/LoadContext.h"

#include <algorithm>

namespace maqa::core::loader {

namespace {

using expr::Node;
using expr::NodeKind;
using expr::RefKind;

struct Site
{
    std::string path;      // question or section path
    std::string attribute; // "relevant", "constraint", ...
    int scopeGroup = -1;   // the repeat whose entry the expression runs in, or -1
    bool allowSelf = false;
};

bool isAggregateCall(const Node *parent)
{
    return parent && parent->kind == NodeKind::Call &&
           (parent->function == expr::Function::Sum || parent->function == expr::Function::Min ||
            parent->function == expr::Function::Max || parent->function == expr::Function::Count);
}

class Binder
{
public:
    Binder(Template &t, LoadContext &ctx)
        : m_t(t)
        , m_ctx(ctx)
    {}

    void bind(std::unique_ptr<expr::Expression> &e, const Site &site)
    {
        if (!e || m_ctx.stopped()) {
            return; // past the problem limit the template is refused anyway: skip the work
        }
        const expr::ParseLimits limits{m_ctx.limits().maxExpressionLength, m_ctx.limits().maxExpressionDepth};
        expr::ParseResult parsed = expr::parseExpression(e->source, limits);
        if (!parsed.root) {
            report(site, parsed.error);
            return;
        }
        e->root = std::move(parsed.root);
        walk(*e->root, nullptr, *e, site);
        std::sort(e->references.begin(), e->references.end());
        e->references.erase(std::unique(e->references.begin(), e->references.end()), e->references.end());
    }

private:
    void report(const Site &site, const std::string &message)
    {
        m_ctx.problem(site.path, site.attribute + ": " + message);
    }

    void walk(Node &n, Node *parent, expr::Expression &e, const Site &site)
    {
        if (n.kind == NodeKind::Self && !site.allowSelf) {
            report(site, "'.' (this answer) can only be used in a constraint; name the question with ${...}");
        }
        if (n.kind == NodeKind::Ref) {
            bindRef(n, parent, e, site);
        }
        for (auto &child : n.args) {
            walk(*child, &n, e, site);
        }
    }

    const Question &question(int index) const { return m_t.questions[static_cast<std::size_t>(index)]; }

    void bindRef(Node &n, Node *parent, expr::Expression &e, const Site &site)
    {
        const std::string ref = "${" + n.text + "}";
        if (const std::size_t dot = n.text.find('.'); dot != std::string::npos) {
            const std::string groupName = n.text.substr(0, dot), fieldName = n.text.substr(dot + 1);
            const Question *group = m_t.find(groupName);
            if (!group) {
                return report(site, "unknown reference " + ref + hint(groupName, -1));
            }
            if (group->type != QuestionType::Repeat) {
                return report(site, ref + ": '" + groupName + "' is not a repeat group");
            }
            const Question *field = m_t.findField(*group, fieldName);
            if (!field) {
                return report(site, "unknown reference " + ref + " (repeat '" + groupName + "' has no question '" +
                                        fieldName + "')");
            }
            if (site.scopeGroup == group->index) {
                return report(site, ref + ": inside '" + groupName + "', write ${" + fieldName +
                                        "} for this entry's answer; totals over '" + groupName + "' belong outside it");
            }
            if (!isAggregateCall(parent)) {
                return report(site, ref + " reads every entry of '" + groupName +
                                        "'; use it inside sum(), min(), max() or count()");
            }
            n.refKind = RefKind::Aggregate;
            n.target = field->index;
            e.references.push_back(field->index);
            e.references.push_back(group->index);
            return;
        }
        const Question *target = nullptr;
        if (site.scopeGroup >= 0) {
            target = m_t.findField(question(site.scopeGroup), n.text);
        }
        if (!target) {
            target = m_t.find(n.text);
        }
        if (!target) {
            std::string hint = this->hint(n.text, site.scopeGroup);
            for (const Question &q : m_t.questions) {
                if (hint.empty() && !m_ctx.hintsExhausted() && q.inRepeat() && q.name == n.text) {
                    const std::string &groupName = question(q.group).name;
                    hint = " (it is inside repeat '" + groupName + "'; outside it write ${" + groupName + "." + n.text +
                           "} inside sum(), min(), max() or count())";
                }
            }
            return report(site, "unknown reference " + ref + hint);
        }
        if (target->type == QuestionType::Note) {
            return report(site, ref + " is a note, which has no answer");
        }
        if (target->type == QuestionType::Repeat) {
            if (!parent || parent->kind != NodeKind::Call || parent->function != expr::Function::Count) {
                return report(site, ref + " is a repeat group; count its entries with count(" + ref + ")");
            }
            n.refKind = RefKind::Group;
        } else {
            n.refKind = RefKind::Question;
        }
        n.target = target->index;
        e.references.push_back(target->index);
    }

    std::string hint(const std::string &name, int scopeGroup) const
    {
        return m_ctx.hintsExhausted() ? std::string() : suggestion(name, visibleNames(scopeGroup), "${", "}");
    }

    std::vector<std::string> visibleNames(int scopeGroup) const
    {
        std::vector<std::string> names;
        for (const Question &q : m_t.questions) {
            if (!q.inRepeat() || q.group == scopeGroup) {
                names.push_back(q.name);
            }
        }
        return names;
    }

    Template &m_t;
    LoadContext &m_ctx;
};

expr::Type typeOfAnswer(QuestionType type)
{
    switch (type) {
    case QuestionType::YesNo:
    case QuestionType::Grade:
    case QuestionType::SelectOne:
    case QuestionType::Text:
    case QuestionType::LongText:
        return expr::Type::String;
    case QuestionType::SelectMultiple:
    case QuestionType::Agencies:
    case QuestionType::Themes:
        return expr::Type::List;
    case QuestionType::Date:
        return expr::Type::Date;
    case QuestionType::Time:
        return expr::Type::Time;
    case QuestionType::DateTime:
        return expr::Type::DateTime;
    case QuestionType::Integer:
    case QuestionType::Decimal:
        return expr::Type::Number;
    case QuestionType::Repeat:
        return expr::Type::Repeat;
    default:
        return expr::Type::Any;
    }
}

} // namespace

void bindExpressions(Template &t, LoadContext &ctx)
{
    Binder binder(t, ctx);
    for (Section &s : t.sections) {
        binder.bind(s.relevant, {sectionPath(s), "relevant", -1, false});
    }
    for (Question &q : t.questions) {
        const std::string path = questionPath(q);
        binder.bind(q.relevant, {path, "relevant", q.group, false});
        binder.bind(q.required, {path, "required", q.group, false});
        binder.bind(q.constraint, {path, "constraint", q.group, true});
        binder.bind(q.calculation, {path, "calculation", q.group, false});
    }
}

void checkExpressionTypes(Template &t, LoadContext &ctx)
{
    for (Question &q : t.questions) {
        q.valueType = typeOfAnswer(q.type);
    }
    expr::TypeEnvironment env;
    env.referenceType = [&t](const Node &ref) { return t.questions[static_cast<std::size_t>(ref.target)].valueType; };
    env.referenceChoices = [&t](const Node &ref) -> const std::vector<std::string> * {
        const ChoiceList *list = t.choicesOf(t.questions[static_cast<std::size_t>(ref.target)]);
        return list ? &list->names : nullptr;
    };
    // Calculations first, quietly, inputs before readers, so every reference has its type before anything is checked.
    std::vector<std::string> ignored;
    for (int node : t.graph.order) {
        if (node < t.graph.questionCount) {
            Question &q = t.questions[static_cast<std::size_t>(node)];
            if (q.calculation && q.calculation->root) {
                q.valueType = expr::checkTypes(*q.calculation->root, env, ignored);
                q.calculation->type = q.valueType;
            }
        }
    }
    const auto check = [&](expr::Expression *e, const std::string &path, const char *attribute) {
        if (!e || !e->root) {
            return;
        }
        std::vector<std::string> problems;
        e->type = expr::checkTypes(*e->root, env, problems);
        for (const std::string &p : problems) {
            ctx.problem(path, std::string(attribute) + ": " + p);
        }
    };
    for (Section &s : t.sections) {
        check(s.relevant.get(), sectionPath(s), "relevant");
    }
    for (Question &q : t.questions) {
        const std::string path = questionPath(q);
        check(q.relevant.get(), path, "relevant");
        check(q.required.get(), path, "required");
        check(q.calculation.get(), path, "calculation");
        env.selfType = q.valueType;
        const ChoiceList *list = t.choicesOf(q);
        env.selfChoices = list ? &list->names : nullptr;
        check(q.constraint.get(), path, "constraint");
        env.selfType = expr::Type::Any;
        env.selfChoices = nullptr;
    }
}

} // namespace maqa::core::loader
