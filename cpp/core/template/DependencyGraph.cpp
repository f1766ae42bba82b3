// Builds a template's dependency graph (see DependencyGraph.h): readers of each node, relevance inheritance, and an
// evaluation order by Kahn's algorithm in document order; whatever cannot be ordered is a cycle and is reported.
#include "core/template/LoadContext.h"

#include <algorithm>
#include <functional>
#include <queue>

namespace maqa::core::loader {

namespace {

void addUnique(std::vector<int> &list, int value)
{
    if (std::find(list.begin(), list.end(), value) == list.end()) {
        list.push_back(value);
    }
}

std::vector<int> refsOf(const expr::Expression *e)
{
    return e && e->root ? e->references : std::vector<int>{};
}

class CycleReporter
{
public:
    CycleReporter(const Template &t, const std::vector<std::vector<int>> &reads, LoadContext &ctx)
        : m_t(t)
        , m_reads(reads)
        , m_ctx(ctx)
    {}

    // Walks "reads" edges from each unordered node until the walk meets itself (a cycle) or a finished node.
    void report(const std::vector<int> &unordered, const std::vector<int> &sequence)
    {
        std::vector<char> pending(m_reads.size(), 0), done(m_reads.size(), 0);
        for (int n : unordered) {
            pending[static_cast<std::size_t>(n)] = 1;
        }
        std::vector<int> starts = unordered;
        std::sort(starts.begin(), starts.end(), [&](int a, int b) { return sequence[a] < sequence[b]; });
        for (int start : starts) {
            std::vector<int> path;
            for (int n = start; n >= 0 && !done[static_cast<std::size_t>(n)];) {
                const auto onPath = std::find(path.begin(), path.end(), n);
                if (onPath != path.end()) {
                    describe(std::vector<int>(onPath, path.end()), sequence);
                    break;
                }
                path.push_back(n);
                int next = -1;
                for (int r : m_reads[static_cast<std::size_t>(n)]) {
                    if (pending[static_cast<std::size_t>(r)]) {
                        next = r;
                        break;
                    }
                }
                n = next;
            }
            for (int n : path) {
                done[static_cast<std::size_t>(n)] = 1;
            }
        }
    }

private:
    std::string name(int node) const
    {
        if (node >= m_t.graph.questionCount) {
            return "section '" + m_t.sections[static_cast<std::size_t>(node - m_t.graph.questionCount)].name + "'";
        }
        return "${" + m_t.questions[static_cast<std::size_t>(node)].name + "}";
    }

    void describe(std::vector<int> cycle, const std::vector<int> &sequence)
    {
        // Start at the node that comes first in the document, so the message points at the first place to look.
        const auto first =
            std::min_element(cycle.begin(), cycle.end(), [&](int a, int b) { return sequence[a] < sequence[b]; });
        std::rotate(cycle.begin(), first, cycle.end());
        std::string text;
        constexpr std::size_t shown = 8; // a long cycle is named by its start and its length, not in full
        for (std::size_t i = 0; i < cycle.size() && i < shown; ++i) {
            text += name(cycle[i]) + " → ";
        }
        if (cycle.size() > shown) {
            text += "... (" + std::to_string(cycle.size() - shown) + " more) → ";
        }
        text += name(cycle.front());
        const int head = cycle.front(), next = cycle.size() > 1 ? cycle[1] : cycle.front();
        if (head >= m_t.graph.questionCount) {
            const Section &s = m_t.sections[static_cast<std::size_t>(head - m_t.graph.questionCount)];
            m_ctx.problem(sectionPath(s), "relevant: cycle " + text);
            return;
        }
        const Question &q = m_t.questions[static_cast<std::size_t>(head)];
        const auto reads = [next](const expr::Expression *e) {
            const auto refs = refsOf(e);
            return std::find(refs.begin(), refs.end(), next) != refs.end();
        };
        const char *attribute = reads(q.calculation.get()) && !reads(q.relevant.get()) ? "calculation" : "relevant";
        m_ctx.problem(questionPath(q), std::string(attribute) + ": cycle " + text);
    }

    const Template &m_t;
    const std::vector<std::vector<int>> &m_reads;
    LoadContext &m_ctx;
};

} // namespace

void buildGraph(Template &t, LoadContext &ctx)
{
    DependencyGraph &g = t.graph;
    g.questionCount = static_cast<int>(t.questions.size());
    g.nodeCount = g.questionCount + static_cast<int>(t.sections.size());
    const auto n = static_cast<std::size_t>(g.nodeCount);
    g.parent.assign(n, -1);
    g.children.assign(n, {});
    g.valueReaders.assign(n, {});
    g.checkReaders.assign(n, {});
    std::vector<std::vector<int>> reads(n);

    for (const Question &q : t.questions) {
        const int parent = q.inRepeat() ? q.group : g.sectionNode(q.section);
        if (q.section < 0) {
            continue;
        }
        g.parent[static_cast<std::size_t>(q.index)] = parent;
        g.children[static_cast<std::size_t>(parent)].push_back(q.index);
        addUnique(reads[static_cast<std::size_t>(q.index)], parent);
        for (const auto *e : {q.relevant.get(), q.calculation.get()}) {
            for (int target : refsOf(e)) {
                addUnique(g.valueReaders[static_cast<std::size_t>(target)], q.index);
                addUnique(reads[static_cast<std::size_t>(q.index)], target);
            }
        }
        for (const auto *e : {q.required.get(), q.constraint.get()}) {
            for (int target : refsOf(e)) {
                if (target != q.index) {
                    addUnique(g.checkReaders[static_cast<std::size_t>(target)], q.index);
                }
            }
        }
    }
    for (std::size_t s = 0; s < t.sections.size(); ++s) {
        const int node = g.sectionNode(static_cast<int>(s));
        for (int target : refsOf(t.sections[s].relevant.get())) {
            addUnique(g.valueReaders[static_cast<std::size_t>(target)], node);
            addUnique(reads[static_cast<std::size_t>(node)], target);
        }
    }

    // Document order breaks ties, so evaluation (and any message) follows the page the practitioner sees.
    std::vector<int> sequence(n, 0);
    int next = 0;
    for (std::size_t s = 0; s < t.sections.size(); ++s) {
        sequence[static_cast<std::size_t>(g.sectionNode(static_cast<int>(s)))] = next++;
        for (int top : t.sections[s].questions) {
            sequence[static_cast<std::size_t>(top)] = next++;
            for (int field : t.questions[static_cast<std::size_t>(top)].fields) {
                sequence[static_cast<std::size_t>(field)] = next++;
            }
        }
    }
    std::vector<int> waiting(n, 0);
    for (std::size_t node = 0; node < n; ++node) {
        waiting[node] = static_cast<int>(reads[node].size());
    }
    const auto later = [&](int a, int b) {
        return sequence[static_cast<std::size_t>(a)] > sequence[static_cast<std::size_t>(b)];
    };
    std::priority_queue<int, std::vector<int>, decltype(later)> ready(later);
    for (std::size_t node = 0; node < n; ++node) {
        if (waiting[node] == 0) {
            ready.push(static_cast<int>(node));
        }
    }
    g.order.clear();
    g.rank.assign(n, -1);
    while (!ready.empty()) {
        const int node = ready.top();
        ready.pop();
        g.rank[static_cast<std::size_t>(node)] = static_cast<int>(g.order.size());
        g.order.push_back(node);
        const auto release = [&](int reader) {
            if (--waiting[static_cast<std::size_t>(reader)] == 0) {
                ready.push(reader);
            }
        };
        for (int reader : g.valueReaders[static_cast<std::size_t>(node)]) {
            release(reader);
        }
        for (int child : g.children[static_cast<std::size_t>(node)]) {
            if (std::find(g.valueReaders[static_cast<std::size_t>(node)].begin(),
                          g.valueReaders[static_cast<std::size_t>(node)].end(),
                          child) == g.valueReaders[static_cast<std::size_t>(node)].end()) {
                release(child);
            }
        }
    }
    if (g.order.size() < n) {
        std::vector<int> unordered;
        for (std::size_t node = 0; node < n; ++node) {
            if (g.rank[node] < 0) {
                unordered.push_back(static_cast<int>(node));
            }
        }
        CycleReporter(t, reads, ctx).report(unordered, sequence);
    }
}

} // namespace maqa::core::loader
