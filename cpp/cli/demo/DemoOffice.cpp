// The demonstration's second half (see DemoRun.h): the office pulls and opens the returns, reviews a few (one sent
// back with a comment that reaches the practitioner's device), records the panel's grades, drafts the briefing and
// its action plan, and exports the report.
#include "demo/DemoRun.h"

#include "commands/OfficeReport.h"

#include "core/domain/Agencies.h"
#include "core/office/Distributions.h"
#include "core/office/DraftBriefing.h"
#include "core/util/Error.h"
#include "store/fs/PrivateFiles.h"
#include "store/office/BriefingRepository.h"
#include "store/office/OfficeReturnRepository.h"
#include "store/office/ReviewRepository.h"
#include "store/repos/ReturnRepository.h"

#include <ostream>
#include <set>

namespace maqa::cli::demo {

using core::Error;
using core::ErrorKind;
using Operation = client::OfficeSync::Operation;
namespace off = core::office;

core::office::ReturnRef DemoRun::refOf(const std::string &agency, const std::string &caseCode)
{
    for (const store::office::OpenedRecord &r : m_office->office->returns().list(m_auditId)) {
        if (r.meta.agency == agency && r.meta.caseCode == caseCode) {
            return r.meta.ref;
        }
    }
    throw Error(ErrorKind::Internal, "The office did not open " + agency + "'s return for " + caseCode + ".");
}

void DemoRun::pullAtOffice()
{
    const std::string line = run(Operation::Sync, [&] { m_office->sync->syncNow(); });
    m_summary["pull"] = line;
    m_out << "Office pull: " << line << "\n";
}

void DemoRun::review()
{
    const nlohmann::json &reviews = m_content.json().at("reviews");
    const std::string actor = "partnership office (demonstration)";
    int count = 0;
    for (const char *state : {"received", "approved", "has_issues"}) {
        for (const nlohmann::json &r : reviews.at(state)) {
            const off::Review review{refOf(r.at("agency"), r.at("case")), *off::reviewStateFrom(state),
                                     r.value("comment", "")};
            m_office->office->reviews().setReview(review, actor);
            ++count;
        }
    }
    for (const nlohmann::json &p : m_content.json().at("panel_grades")) {
        const off::PanelGrade grade{refOf(p.at("agency"), p.at("case")), p.at("question"), p.at("grade")};
        off::validatePanelGrade(*m_templ, grade);
        m_office->office->reviews().setPanelGrade(grade, actor);
    }
    run(Operation::SendReviews, [&] { m_office->sync->sendReviews(); });

    // The practitioner whose return was sent back sees the office's comment at the next sync.
    const nlohmann::json &sentBack = reviews.at("has_issues").at(0);
    DemoDevice &gp = device(sentBack.at("agency"));
    syncAll({&gp});
    const off::ReturnRef ref = refOf(sentBack.at("agency"), sentBack.at("case"));
    const std::optional<store::ReturnRecord> onDevice = gp.store().returns().find({ref.uuid, ref.revision});
    if (!onDevice || onDevice->reviewState != std::optional<std::string>("has_issues")) {
        throw Error(ErrorKind::Internal, "The office's comment did not reach the practitioner's device.");
    }
    m_summary["has_issues"] = {{"agency", sentBack.at("agency")},
                               {"case", sentBack.at("case")},
                               {"uuid", ref.uuid},
                               {"revision", ref.revision},
                               {"comment_on_device", onDevice->reviewComment.value_or("")}};
    m_out << "Reviews: " << count << " set and sent; the " << core::agencyName(gp.agency()) << "'s device now shows "
          << sentBack.at("case").get<std::string>() << " as \"has issues\": \"" << onDevice->reviewComment.value_or("")
          << "\". The panel agreed " << m_content.json().at("panel_grades").size()
          << " grades different from the agencies' own.\n";
}

void DemoRun::brief()
{
    const std::string actor = "partnership office (demonstration)";
    const std::unique_ptr<AuditReport> analysed = buildAuditReport(*m_office->store, *m_office->office, m_auditId,
                                                                   m_today.toString(Qt::ISODate).toStdString(), actor);
    off::Briefing briefing = off::draftBriefing(analysed->audit, *m_templ, analysed->analysis);
    briefing.background.text +=
        " " + m_content.json().at("briefing").at("background_addition").get<std::string>(); // the office's edit
    m_office->office->briefings().saveBriefing(briefing, actor);
    const nlohmann::json &plan = m_content.json().at("plan");
    for (off::ActionItem item : off::proposeActions(briefing)) {
        const off::BriefingTheme *theme = nullptr;
        for (const off::BriefingTheme &t : briefing.themes) {
            theme = t.title == item.finding ? &t : theme;
        }
        if (theme && plan.contains(theme->tag)) {
            const nlohmann::json &p = plan.at(theme->tag);
            item.owner = std::string(core::agencyName(p.at("owner").get<std::string>()));
            item.lead = p.at("lead");
            item.dueDate = m_today.addDays(p.at("due_days").get<int>()).toString(Qt::ISODate).toStdString();
            item.evidence = p.at("evidence");
            item.reauditDate = m_today.addDays(p.at("reaudit_days").get<int>()).toString(Qt::ISODate).toStdString();
        }
        off::ActionItem stored = m_office->office->briefings().addAction(item, actor);
        if (theme && plan.contains(theme->tag) && plan.at(theme->tag).contains("rag")) {
            stored.rag = *off::ragFrom(plan.at(theme->tag).at("rag").get<std::string>());
            m_office->office->briefings().updateAction(stored, actor, plan.at(theme->tag).at("rag_note"));
        }
    }
    const std::unique_ptr<AuditReport> r = buildAuditReport(*m_office->store, *m_office->office, m_auditId,
                                                            m_today.toString(Qt::ISODate).toStdString(), actor);
    const off::Analysis &a = r->analysis;
    int contradictions = 0;
    const off::Discrepancy *example = nullptr;
    std::size_t exampleConflict = 0;
    bool typical = false; // the example shows social care and police apart, the disagreement audits most often find
    for (const off::Discrepancy &d : a.discrepancies) {
        if (d.strength != off::Disagreement::Contradiction) {
            continue;
        }
        ++contradictions;
        for (std::size_t i = 0; i < d.conflicts.size() && !typical; ++i) {
            const std::set<std::string> pair{d.sides[d.conflicts[i].first].agency,
                                             d.sides[d.conflicts[i].second].agency};
            if (!example || pair == std::set<std::string>{"csc", "police"}) {
                example = &d;
                exampleConflict = i;
                typical = pair == std::set<std::string>{"csc", "police"};
            }
        }
    }
    std::string themes;
    for (const off::BriefingTheme &t : r->report.briefing.themes) {
        themes += (themes.empty() ? "" : ", ") + t.title;
    }
    m_summary["cases"] = a.sample.cases;
    m_summary["agencies_taking_part"] = a.sample.agenciesTakingPart.size();
    m_summary["returns_opened"] = a.latest.size();
    m_summary["discrepancies"] = a.discrepancies.size();
    m_summary["contradictions"] = contradictions;
    m_summary["live_risk_flags"] = a.liveRisks.size();
    m_summary["overdue"] = a.completeness.overall.overdue;
    m_summary["themes"] = themes;
    m_out << "Findings: " << a.latest.size() << " returns on " << a.sample.cases << " children from "
          << a.sample.agenciesTakingPart.size() << " agencies; " << a.completeness.overall.overdue << " cells overdue; "
          << a.discrepancies.size() << " discrepancies between agencies (" << contradictions << " contradictions)";
    if (example) {
        const off::DiscrepancySide &x = example->sides[example->conflicts[exampleConflict].first];
        const off::DiscrepancySide &y = example->sides[example->conflicts[exampleConflict].second];
        m_out << ", e.g. " << example->caseCode << " \"" << example->label << "\": " << core::agencyName(x.agency)
              << " " << x.answer << ", " << core::agencyName(y.agency) << " " << y.answer;
    }
    for (const off::LiveRiskFlag &flag : a.liveRisks) {
        m_out << "; live risk flagged on " << flag.caseCode << " by " << core::agencyName(flag.agency);
    }
    m_out << ".\nBriefing: drafted from the findings with the themes " << themes << ", and an action plan of "
          << r->report.actions.size() << " actions.\n";
}

void DemoRun::writeOutputs()
{
    const std::string dir = path(QStringLiteral("report"));
    store::ensurePrivateDirectory(dir);
    const std::unique_ptr<AuditReport> r =
        buildAuditReport(*m_office->store, *m_office->office, m_auditId, m_today.toString(Qt::ISODate).toStdString(),
                         "partnership office (demonstration)");
    const std::pair<const char *, const char *> outputs[] = {
        {"pdf", "briefing.pdf"}, {"html", "briefing.html"}, {"csv", "answers.csv"}, {"actions-csv", "action-plan.csv"}};
    m_out << "Report:";
    for (const auto &[format, file] : outputs) {
        const std::string out = dir + "/" + file;
        const std::string what = writeReport(*r, format, out);
        m_summary["report"][format] = out;
        m_out << " " << out << " (" << what << ")" << (std::string(format) == "actions-csv" ? ".\n" : ";");
    }
}

void DemoRun::finish()
{
    m_summary["office_store"] = path(QStringLiteral("office"));
    m_summary["server"] = m_url.toStdString();
    m_summary["server_kept"] = m_server ? m_server->kept() : true;
    m_summary["server_pid"] = m_server ? m_server->pid() : 0;
    m_summary["seconds"] = double(m_clock.elapsed()) / 1000.0;
    store::writeFileAtomically(path(QStringLiteral("demo-summary.json")), m_summary.dump(2) + "\n");
    if (m_server) {
        m_server->stop(); // a kept server is left alone
    }
    m_out << "Done in " << QString::number(double(m_clock.elapsed()) / 1000.0, 'f', 1).toStdString() << " s.";
    if (m_server && m_server->kept()) {
        m_out << " The server keeps running on " << m_url.toStdString() << " (process " << m_server->pid()
              << "; stop it with kill " << m_server->pid() << ").";
    } else if (m_server) {
        m_out << " The server was stopped (--keep-server leaves it running).";
    }
    m_out << "\nOpen the office's store " << path(QStringLiteral("office")) << " in Maqa with "
          << (m_options.passphraseIsDemo ? "the demo passphrase \"" + m_options.passphrase + "\""
                                         : std::string("your MAQA_PASSPHRASE"))
          << " to explore the audit, or run maqa-cli office report --data " << path(QStringLiteral("office"))
          << " --audit " << m_auditId << " --format pdf --out FILE.\n";
}

} // namespace maqa::cli::demo
