// Creating and reopening returns (see HomeController.h). New drafts are written through core::Form, so the
// pre-filled case code and agency pass the same validation as anything the practitioner types.
#include "app/controllers/HomeController.h"

#include "app/controllers/CaseCodes.h"
#include "app/controllers/SessionController.h"
#include "app/controllers/TemplateCatalog.h"
#include "core/form/Form.h"
#include "core/util/Error.h"
#include "store/Store.h"
#include "store/repos/AssignmentRepository.h"
#include "store/repos/ReturnRepository.h"
#include "store/repos/SettingsRepository.h"

using maqa::core::Error;
using maqa::core::ErrorKind;

HomeController::HomeController(SessionController *session, TemplateCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_catalog(catalog)
    , m_assignments(new AssignmentListModel(session, this))
    , m_recent(new ReturnListModel(
          session, [catalog](const QString &id) { return catalog->titleOf(id); }, this))
    , m_outbox(new OutboxListModel(
          session, [catalog](const QString &id) { return catalog->titleOf(id); }, this))
{}

QString HomeController::caseCodeProblem(const QString &code) const
{
    return ::caseCodeProblem(code);
}

void HomeController::checkCaseCode(const QString &code)
{
    const QString problem = code.isEmpty() ? QString() : ::caseCodeProblem(code);
    if (problem != m_codeProblem) {
        m_codeProblem = problem;
        emit codeProblemChanged();
    }
}

std::string HomeController::createDraft(const std::string &templateId, std::optional<int> version,
                                        const std::string &caseCode, const std::optional<std::string> &auditId)
{
    maqa::store::Store *store = m_session->store();
    if (!store) {
        throw Error(ErrorKind::Locked, "Maqa is locked: unlock it to start a return.");
    }
    const QString problem = ::caseCodeProblem(QString::fromStdString(caseCode));
    if (!problem.isEmpty()) {
        throw Error(ErrorKind::Invalid, problem.toStdString());
    }
    std::optional<std::string> agency;
    if (auditId) {
        const auto audit = store->assignments().find(*auditId);
        if (!audit) {
            throw Error(ErrorKind::NotFound, "There is no assigned audit " + *auditId + " on this device.");
        }
        agency = audit->agency;
        if (!version && audit->templateId == templateId) {
            version = audit->templateVersion;
        }
    } else if (const auto enrolment = store->settings().get("enrolment")) {
        const auto json = nlohmann::json::parse(*enrolment, nullptr, false);
        if (json.is_object() && json.contains("agency") && json["agency"].is_string()) {
            agency = json["agency"].get<std::string>();
        }
    }
    const auto templ = version ? m_catalog->templateFor(templateId, *version) : m_catalog->latest(templateId);
    maqa::store::NewReturn draft;
    draft.kind = templ->kind == maqa::core::TemplateKind::Audit ? "audit" : "observation";
    draft.templateId = templ->id;
    draft.templateVersion = templ->version;
    draft.auditId = auditId;
    draft.caseCode = caseCode;
    draft.agency = agency;

    maqa::core::Form form(templ);
    std::vector<maqa::store::AnswerRow> rows;
    auto prefill = [&](const char *name, const std::string &value) {
        if (templ->find(name) == nullptr) {
            return;
        }
        try {
            form.set(name, value);
            rows.push_back({name, form.row(name).value.dump()});
        } catch (const Error &) {
            // The template's own list does not offer this value: the practitioner chooses it instead.
        }
    };
    prefill("case_code", caseCode);
    if (agency) {
        prefill("agency", *agency);
    }
    const maqa::store::ReturnRecord record = store->returns().create(draft);
    if (!rows.empty()) {
        store->returns().setAnswers(record.key, rows);
    }
    store->returns().setProgress(record.key, form.completeness());
    return record.key.uuid;
}

QString HomeController::startAudit(const QString &auditId, const QString &caseCode)
{
    return guarded([&] {
        maqa::store::Store *store = m_session->store();
        if (!store) {
            throw Error(ErrorKind::Locked, "Maqa is locked: unlock it to start a return.");
        }
        const auto audit = store->assignments().find(auditId.toStdString());
        if (!audit) {
            throw Error(ErrorKind::NotFound, "This audit is no longer assigned to this device.");
        }
        for (const auto &r : store->returns().listLatest()) {
            if (r.auditId == audit->auditId && r.caseCode == caseCode.toStdString()) {
                return r.key.uuid; // the case's existing return, whatever its state
            }
        }
        return createDraft(audit->templateId, audit->templateVersion, caseCode.toStdString(), audit->auditId);
    });
}

QString HomeController::startReturn(const QString &templateId, const QString &caseCode)
{
    return guarded(
        [&] { return createDraft(templateId.toStdString(), std::nullopt, caseCode.trimmed().toStdString(), {}); });
}

QString HomeController::reopen(const QString &uuid)
{
    return guarded([&] {
        if (!m_session->store()) {
            throw Error(ErrorKind::Locked, "Maqa is locked.");
        }
        return m_session->store()->returns().reopen(uuid.toStdString()).key.uuid;
    });
}

bool HomeController::discardDraft(const QString &uuid)
{
    return !guarded([&] {
                if (!m_session->store()) {
                    throw Error(ErrorKind::Locked, "Maqa is locked.");
                }
                const auto record = m_session->store()->returns().latest(uuid.toStdString());
                if (!record) {
                    throw Error(ErrorKind::NotFound, "This return is not on this device.");
                }
                m_session->store()->returns().discardDraft(record->key);
                return record->key.uuid;
            }).isEmpty();
}

QString HomeController::guarded(const std::function<std::string()> &action)
{
    try {
        const std::string result = action();
        setError({});
        return QString::fromStdString(result);
    } catch (const Error &e) {
        setError(QString::fromStdString(e.what()));
        return {};
    }
}

void HomeController::setError(const QString &message)
{
    if (message != m_errorMessage) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}
