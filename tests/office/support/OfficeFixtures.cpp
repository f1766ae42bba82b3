// The office tests' shared helpers (see OfficeFixtures.h). The CSV reader is written here from RFC 4180, not shared
// with the writer, so a test proves the export against an independent reading.
#include "OfficeFixtures.h"

#include "core/form/FillSample.h"
#include "core/form/Form.h"
#include "core/office/DraftBriefing.h"
#include "core/template/TemplateLoader.h"
#include "core/util/Error.h"
#include "core/util/Uuid.h"
#include "protocol/Sealing.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace maqa::test {

std::shared_ptr<const core::Template> shippedTemplate(const std::string &name)
{
    const std::string path = std::string(MAQA_SOURCE_DIR) + "/assets/templates/" + name + ".json";
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return core::loadTemplateOrThrow(text.str(), path);
}

std::shared_ptr<const core::Template> earlyHelp()
{
    static const std::shared_ptr<const core::Template> templ = shippedTemplate("early-help-audit");
    return templ;
}

nlohmann::json sampleAnswers(const std::shared_ptr<const core::Template> &templ, const std::string &caseCode,
                             const std::string &agency, unsigned seed)
{
    core::Form form(templ);
    if (templ->find("case_code")) {
        form.set("case_code", caseCode);
    }
    if (templ->find("agency")) {
        form.set("agency", agency);
    }
    core::SampleOptions options;
    options.seed = seed;
    core::fillSample(form, options);
    return form.exportJson();
}

core::office::OpenedReturn openedReturn(const std::string &uuid, int revision, const std::string &auditId,
                                        const std::string &caseCode, const std::string &agency, nlohmann::json answers,
                                        const std::string &submittedAt)
{
    core::office::OpenedReturn r;
    r.meta.ref = {uuid, revision};
    r.meta.auditId = auditId;
    r.meta.caseCode = caseCode;
    r.meta.agency = agency;
    r.meta.templateId = "early-help-audit";
    r.meta.kind = "audit";
    r.meta.submittedAt = submittedAt;
    r.answers = std::move(answers);
    return r;
}

SealingRig::SealingRig()
    : m_office(core::envelope::BoxKeyPair::generate())
{
    m_keyring.add(core::envelope::BoxKeyPair::fromSecretKey(m_office.secretKey.span()));
}

const std::string &SealingRig::deviceFor(const std::string &agency)
{
    auto it = m_devices.find(agency);
    if (it == m_devices.end()) {
        it = m_devices.emplace(agency, std::make_pair(core::newUuid(), core::envelope::SigningKeyPair::generate()))
                 .first;
    }
    return it->second.first;
}

const core::envelope::SigningKeyPair &SealingRig::keysFor(const std::string &agency)
{
    deviceFor(agency);
    return m_devices.at(agency).second;
}

protocol::ReturnPayload SealingRig::payload(const std::string &auditId, const std::string &caseCode,
                                            const std::string &agency, nlohmann::json answers, int revision,
                                            std::string uuid)
{
    protocol::ReturnPayload p;
    p.metadata.uuid = uuid.empty() ? core::newUuid() : std::move(uuid);
    p.metadata.revision = revision;
    p.metadata.auditId = auditId;
    p.metadata.caseCode = caseCode;
    p.metadata.agency = agency;
    p.metadata.templateId = "early-help-audit";
    p.metadata.templateVersion = 1;
    p.metadata.kind = "audit";
    p.metadata.deviceId = deviceFor(agency);
    p.metadata.keyId = core::envelope::keyId(m_office.publicKey);
    p.metadata.createdAt = "2026-11-20T09:15:00Z";
    p.metadata.submittedAt = "2026-11-26T14:30:00Z";
    p.answers = std::move(answers);
    p.appVersion = "0.1.0";
    return p;
}

protocol::Envelope SealingRig::seal(const protocol::ReturnPayload &payload)
{
    return protocol::sealReturn(payload, keysFor(payload.metadata.agency).secretKey, m_office.publicKey);
}

core::office::OpenContext SealingRig::context(const core::office::TemplateSet &templates, unsigned threads)
{
    core::office::OpenContext c;
    c.keys = &m_keyring;
    c.templates = &templates;
    c.readPayload = protocol::protocolPayloadReader();
    c.threads = threads;
    for (const auto &[agency, device] : m_devices) {
        c.devices[device.first] = {agency, device.second.publicKey, false};
    }
    return c;
}

core::office::BriefingReport demoReport(const std::string &extraWorry)
{
    core::office::AuditInfo audit;
    audit.auditId = "audit-demo";
    audit.title = "Early Help audit, autumn 2026";
    audit.theme = "Early Help";
    audit.period = "The last 12 months";
    audit.dueDate = "2026-12-31";
    const char *bands[] = {"0-1", "2-4", "5-10", "11-15", "16-17", "5-10"};
    const char *needs[] = {"Early Help", "Child in Need", "Child Protection",
                           "Early Help", "Child in Need", "Early Help"};
    for (int c = 0; c < 6; ++c) {
        audit.cases.push_back({"EH-10" + std::to_string(c), bands[c], needs[c]});
    }
    audit.agencies = {"csc", "police", "education", "gp"};
    std::vector<core::office::OpenedReturn> returns;
    unsigned seed = 1;
    for (const core::office::CaseInfo &c : audit.cases) {
        for (const std::string &agency : audit.agencies) {
            returns.push_back(openedReturn("r" + std::to_string(seed), 1, audit.auditId, c.code, agency,
                                           sampleAnswers(earlyHelp(), c.code, agency, seed)));
            ++seed;
        }
    }
    const core::office::Analysis analysis = core::office::analyse(audit, *earlyHelp(), returns, {}, "2026-11-30");
    core::office::Briefing briefing = core::office::draftBriefing(audit, *earlyHelp(), analysis);
    briefing.worries.push_back(extraWorry);
    briefing.links.push_back({"Escalation policy", "https://example.org/escalation"});
    std::vector<core::office::ActionItem> actions = core::office::proposeActions(briefing);
    actions[0].owner = "csc";
    actions[0].lead = "Head of Early Help";
    actions[0].dueDate = "2027-03-31";
    actions[0].rag = core::office::Rag::Amber;
    actions[0].reauditDate = "2027-09-30";
    actions.resize(2);
    return core::office::briefingReport(std::move(briefing), std::move(actions), analysis);
}

std::vector<std::vector<std::string>> parseCsv(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
    }
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, fieldStarted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
        } else if (c == '\r') {
            if (i + 1 >= text.size() || text[i + 1] != '\n') {
                throw std::runtime_error("a bare CR outside quotes");
            }
            row.push_back(std::move(field));
            rows.push_back(std::move(row));
            field.clear();
            row.clear();
            fieldStarted = false;
            ++i;
        } else if (c == '\n') {
            throw std::runtime_error("a bare LF outside quotes: rows must end with CRLF");
        } else if (c == '"') {
            throw std::runtime_error("a quote inside an unquoted field");
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        throw std::runtime_error("an unterminated quoted field");
    }
    if (fieldStarted || !row.empty()) {
        throw std::runtime_error("the last row does not end with CRLF");
    }
    return rows;
}

} // namespace maqa::test
