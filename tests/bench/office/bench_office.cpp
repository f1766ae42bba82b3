// Benchmark of the office's analysis path (issue 6's quality bar): N sealed returns of the Early Help audit
// (fill-sample answers with a seeded variation, 10 agencies, N/10 cases, one in twenty resubmitted as revision 2) are
// opened, verified and parsed on every core, aggregated, drafted into a briefing and exported as CSV and HTML. Prints
// each step and the total (wall clock, and CPU time since the machine may be shared) as BENCH lines; keeping the opened
// returns in the encrypted store and loading them back are measured separately, outside the total.
#include "support/OfficeFixtures.h"

#include "../../store/StoreTestSupport.h"
#include "core/office/Analysis.h"
#include "core/office/DraftBriefing.h"
#include "core/office/Opening.h"
#include "core/office/Parallel.h"
#include "core/office/export/Csv.h"
#include "core/office/export/Html.h"
#include "core/util/Uuid.h"
#include "store/office/OfficeReturnRepository.h"
#include "store/office/OfficeStore.h"

#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <thread>

using namespace maqa;
using namespace maqa::test;
namespace off = maqa::core::office;
using Stopwatch = std::chrono::steady_clock;

namespace {

const char *const kAgencies[] = {"gp",     "csc", "mental_health", "community_health", "hospital",
                                 "police", "yot", "edt",           "preventative",     "education"};

double cpuMillis()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

/** Times one step: wall and CPU milliseconds. */
struct Step
{
    Stopwatch::time_point wall = Stopwatch::now();
    double cpu = cpuMillis();
    std::pair<double, double> done() const
    {
        return {std::chrono::duration<double, std::milli>(Stopwatch::now() - wall).count(), cpuMillis() - cpu};
    }
};

void bench(const std::string &measure, double value, const char *unit, const std::string &extra = {})
{
    std::printf("BENCH %s %.1f %s%s%s\n", measure.c_str(), value, unit, extra.empty() ? "" : " ", extra.c_str());
}

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string one;
    in >> one;
    return one;
}

} // namespace

int main(int argc, char **argv)
{
    const int count = argc > 1 ? std::max(10, std::atoi(argv[1])) : 10000;
    const int cases = std::max(1, count / 10);
    const auto templ = earlyHelp();
    off::TemplateSet templates;
    templates.add(templ);
    SealingRig rig;
    for (const char *agency : kAgencies) {
        rig.deviceFor(agency);
    }

    off::AuditInfo audit;
    audit.auditId = core::newUuid();
    audit.title = "Early Help audit";
    audit.theme = "Early Help";
    audit.period = "The last 12 months";
    audit.dueDate = "2026-12-31";
    audit.templateId = templ->id;
    const char *bands[] = {"0-1", "2-4", "5-10", "11-15", "16-17"};
    const char *needs[] = {"Early Help", "Child in Need", "Child Protection"};
    for (int c = 0; c < cases; ++c) {
        audit.cases.push_back({"EH-" + std::to_string(10000 + c), bands[c % 5], needs[c % 3]});
    }
    for (const char *agency : kAgencies) {
        audit.agencies.emplace_back(agency);
    }

    // Generation is not measured: fill, seal and sign every return, on every core.
    const Step generation;
    std::vector<off::SealedReturn> batch(static_cast<std::size_t>(count));
    std::vector<std::string> uuids(static_cast<std::size_t>(count));
    for (std::string &u : uuids) {
        u = core::newUuid();
    }
    off::parallelFor(batch.size(), 0, [&](std::size_t i) {
        const bool resubmission = i % 20 == 19; // revision 2 of the return made just before it
        const std::size_t slot = resubmission ? i - 1 : i;
        const std::string agency = kAgencies[slot % 10];
        const std::string caseCode = audit.cases[(slot / 10) % audit.cases.size()].code;
        const protocol::ReturnPayload payload = rig.payload(
            audit.auditId, caseCode, agency, sampleAnswers(templ, caseCode, agency, static_cast<unsigned>(i) + 1),
            resubmission ? 2 : 1, uuids[slot]);
        batch[i] = toSealedReturn(rig.seal(payload));
    });
    const auto [generationWall, generationCpu] = generation.done();
    std::printf("# %d sealed returns generated in %.0f ms; %u threads; load average %s\n", count, generationWall,
                off::effectiveThreads(0), loadAverage().c_str());

    const off::OpenContext context = rig.context(templates);
    const Step total;
    Step step;
    const off::OpenOutcome outcome = off::openReturns(batch, context);
    const auto [openWall, openCpu] = step.done();
    if (!outcome.quarantined.empty() || outcome.opened.size() != batch.size()) {
        std::fprintf(stderr, "bench_office: %zu returns were quarantined: %s\n", outcome.quarantined.size(),
                     outcome.quarantined.empty() ? "" : outcome.quarantined.front().message.c_str());
        return 1;
    }

    step = Step();
    const off::Analysis analysis = off::analyse(audit, *templ, outcome.opened, {}, "2026-11-30");
    const auto [analyseWall, analyseCpu] = step.done();

    step = Step();
    const off::Briefing briefing = off::draftBriefing(audit, *templ, analysis);
    const auto [draftWall, draftCpu] = step.done();

    step = Step();
    const std::string csv = off::answersCsv(*templ, analysis.latest);
    const auto [csvWall, csvCpu] = step.done();

    step = Step();
    const std::vector<off::ActionItem> actions = off::proposeActions(briefing);
    const std::string html = off::briefingHtml(off::briefingReport(briefing, actions, analysis));
    const std::string plan = off::actionPlanCsv(actions);
    const auto [htmlWall, htmlCpu] = step.done();
    const auto [totalWall, totalCpu] = total.done();

    bench("office_open_" + std::to_string(count), openWall, "ms",
          "(cpu " + std::to_string(static_cast<int>(openCpu)) + " ms; open, verify, parse, re-evaluate)");
    bench("office_open_rate", count / (openWall / 1000.0), "returns/s");
    bench("office_analyse_" + std::to_string(count), analyseWall, "ms",
          "(cpu " + std::to_string(static_cast<int>(analyseCpu)) + " ms; " + std::to_string(analysis.latest.size()) +
              " latest revisions, " + std::to_string(analysis.discrepancies.size()) + " discrepancies, " +
              std::to_string(analysis.findings.size()) + " findings)");
    bench("office_draft_briefing", draftWall, "ms", "(cpu " + std::to_string(static_cast<int>(draftCpu)) + " ms)");
    bench("office_csv_" + std::to_string(count), csvWall, "ms",
          "(cpu " + std::to_string(static_cast<int>(csvCpu)) + " ms; " + std::to_string(csv.size() >> 20) + " MiB)");
    bench("office_html", htmlWall, "ms",
          "(cpu " + std::to_string(static_cast<int>(htmlCpu)) + " ms; " + std::to_string(html.size() >> 10) +
              " KiB, action plan CSV " + std::to_string(plan.size()) + " bytes)");
    bench("office_total_" + std::to_string(count), totalWall, "ms", "target=<3000");
    bench("office_total_cpu_" + std::to_string(count), totalCpu, "ms",
          "(all threads; wall/cpu shows how much the cores were shared)");

    // Outside the total: keeping the opened returns in the encrypted store, and loading them back for analysis.
    QTemporaryDir dir;
    auto store =
        store::Store::create(std::filesystem::path(dir.path().toStdString()) / "office", kPassphrase, fastOptions());
    store::office::OfficeStore office(*store);
    step = Step();
    office.returns().addOpened(outcome.opened, "bench");
    bench("office_store_keep_" + std::to_string(count), step.done().first, "ms",
          "(one transaction, each opening logged)");
    step = Step();
    const auto loaded = office.returns().latestForAudit(audit.auditId, "bench");
    bench("office_store_load_" + std::to_string(count), step.done().first, "ms",
          "(" + std::to_string(loaded.size()) + " latest revisions)");
    return 0;
}
