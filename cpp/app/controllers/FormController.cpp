// The open return and its one write path (see FormController.h). Repeat entries, the timeline and quotes are in
// FormEntries.cpp; submit and sample filling in FormSubmit.cpp; sections and resume in FormNavigation.cpp.
#include "app/controllers/FormController.h"

#include "app/controllers/JsonBridge.h"
#include "app/controllers/SessionController.h"
#include "app/controllers/TemplateCatalog.h"
#include "core/form/Form.h"
#include "core/util/Error.h"
#include "store/Store.h"
#include "store/repos/ReturnRepository.h"

#include <cmath>

using maqa::core::Error;
using maqa::core::ErrorKind;

namespace {
// Free text is committed after this pause in typing. Each commit is one SQLCipher transaction with
// synchronous=FULL, i.e. an fsync that costs milliseconds on a tablet's flash; committing every keystroke would
// queue those on the GUI thread while the person types. Committing 400 ms after the last keystroke (and at once on
// editingFinished, section change, submit, close and lock) means a crash loses at most the keystrokes of that
// moment, and typing never waits for the disk.
constexpr int kTextPauseMs = 400;
} // namespace

FormController::FormController(SessionController *session, TemplateCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_catalog(catalog)
    , m_questions(new QuestionListModel(this))
    , m_sections(new SectionListModel(this))
    , m_timeline(new EntryListModel(this))
    , m_quotes(new EntryListModel(this))
    , m_issues(new IssueListModel(this))
{
    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(kTextPauseMs);
    connect(&m_textTimer, &QTimer::timeout, this, &FormController::commitText);
    // The store is still open while aboutToLock is delivered: pending text is saved, then everything read is dropped.
    connect(session, &SessionController::aboutToLock, this, &FormController::close);
}

FormController::~FormController() = default;

bool FormController::open(const QString &uuid)
{
    close();
    maqa::store::Store *store = m_session->store();
    if (!store) {
        setError(tr("Maqa is locked: unlock it to open a return."));
        return false;
    }
    try {
        const auto record = store->returns().latest(uuid.toStdString());
        if (!record) {
            throw Error(ErrorKind::NotFound, "This return is not on this device.");
        }
        const auto templ = m_catalog->templateFor(record->templateId, record->templateVersion);
        std::vector<maqa::core::AnswerRow> rows;
        for (const auto &row : store->returns().answers(record->key)) {
            rows.push_back({row.path, nlohmann::json::parse(row.value)});
        }
        auto form = std::make_unique<maqa::core::Form>(maqa::core::Form::fromRows(templ, rows));
        form->reevaluate(); // today() may have moved since the draft was last open
        m_form = std::move(form);
        m_key = record->key;
        m_title = QString::fromStdString(templ->title);
        m_caseCode = QString::fromStdString(record->caseCode);
        m_kind = QString::fromStdString(record->kind);
        m_readOnly = record->status != maqa::store::ReturnStatus::Draft;
        m_statusText = record->status == maqa::store::ReturnStatus::Draft ? tr("Draft")
                       : record->status == maqa::store::ReturnStatus::Submitted
                           ? tr("Submitted — waiting in the outbox")
                           : tr("Delivered to the office");
        m_storedProgress = record->progress;
        m_resumePath = record->resumePath.value_or("");
    } catch (const nlohmann::json::exception &) {
        setError(tr("A stored answer of this return is damaged; it cannot be opened."));
        return false;
    } catch (const Error &e) {
        setError(QString::fromStdString(e.what()));
        return false;
    }
    const auto &t = m_form->templ();
    m_timelineGroup.clear();
    m_quotesGroup.clear();
    for (const auto &q : t.questions) {
        if (q.type == maqa::core::QuestionType::Repeat && q.appearance == "timeline" && m_timelineGroup.empty()) {
            m_timelineGroup = q.name;
        } else if (q.type == maqa::core::QuestionType::Repeat && q.appearance == "quotes" && m_quotesGroup.empty()) {
            m_quotesGroup = q.name;
        }
    }
    const auto *live = t.liveRiskQuestion();
    m_liveRiskPath = live ? QString::fromStdString(live->name) : QString();
    m_timeline->setGroup(m_form.get(), m_timelineGroup);
    m_quotes->setGroup(m_form.get(), m_quotesGroup);
    int section = sectionOfPath(m_resumePath);
    if (section < 0) {
        section = 0;
        while (section + 1 < int(t.sections.size()) && !m_form->isSectionRelevant(section)) {
            ++section;
        }
    }
    m_sections->reset(m_form->progress(), section);
    m_currentSection = -1;
    showSection(section);
    m_submitRefused = false;
    m_issues->setIssues({});
    refreshSummary(true);
    emit openedChanged();
    emit submitRefusedChanged();
    setError({});
    setFocusPath(QString::fromStdString(m_resumePath));
    return true;
}

void FormController::close()
{
    if (!m_form) {
        return;
    }
    commitText();
    // The navigator pops the page on openedChanged while the models still show the old form (kept alive here);
    // only then are the models emptied, so no page rebuilds rows it is about to drop.
    const std::unique_ptr<maqa::core::Form> closing = std::move(m_form);
    m_key = {};
    m_title.clear();
    m_caseCode.clear();
    m_kind.clear();
    m_statusText.clear();
    m_readOnly = true;
    m_submitRefused = false;
    m_focusPath.clear();
    emit openedChanged();
    emit submitRefusedChanged();
    emit currentSectionChanged();
    m_questions->setSection(nullptr, -1, true);
    m_timeline->setGroup(nullptr, {});
    m_quotes->setGroup(nullptr, {});
    m_sections->reset({}, 0);
    m_issues->setIssues({});
}

bool FormController::setAnswer(const QString &path, const QVariant &value)
{
    m_pendingText.remove(path); // a direct write supersedes text still waiting for its pause
    const std::string p = path.toStdString();
    const nlohmann::json json = variantToJson(value);
    const bool ok = apply(p, [&] { return m_form->set(p, json); });
    if (ok) {
        keepTimelineInOrder(p);
    }
    return ok;
}

bool FormController::clearAnswer(const QString &path)
{
    m_pendingText.remove(path);
    const std::string p = path.toStdString();
    return apply(p, [&] { return m_form->clear(p); });
}

void FormController::editText(const QString &path, const QString &text)
{
    if (!m_form || m_readOnly) {
        return;
    }
    m_pendingText.insert(path, text);
    m_textTimer.start();
}

void FormController::commitText()
{
    m_textTimer.stop();
    const auto pending = m_pendingText;
    m_pendingText.clear();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        setAnswer(it.key(), it.value());
    }
}

bool FormController::apply(const std::string &path, const std::function<maqa::core::FormChanges()> &write)
{
    if (!m_form || !m_session->store()) {
        setError(tr("No return is open."));
        return false;
    }
    if (m_readOnly) {
        setError(tr("This return was submitted; it can no longer change."));
        return false;
    }
    maqa::core::FormChanges changes;
    try {
        changes = write();
    } catch (const Error &e) {
        const QString message = QString::fromStdString(e.what());
        m_questions->setRejection(path, message);
        setError(message);
        return false;
    }
    m_questions->setRejection(path, {});
    try {
        persist(path);
    } catch (const Error &e) {
        // The form moved ahead of the disk: reopen from what was really saved, and say so.
        const QString message = QString::fromStdString(e.what());
        const QString uuid = this->uuid();
        open(uuid);
        setError(message);
        return false;
    }
    afterChanges(changes);
    if (!m_errorMessage.isEmpty()) {
        setError({});
    }
    return true;
}

void FormController::persist(const std::string &path)
{
    const maqa::core::AnswerRow row = m_form->row(path);
    auto &returns = m_session->store()->returns();
    if (row.value.is_null()) {
        returns.clearAnswer(m_key, row.path);
    } else {
        returns.setAnswer(m_key, row.path, row.value.dump());
    }
}

void FormController::afterChanges(const maqa::core::FormChanges &changes)
{
    m_questions->applyChanges(changes);
    m_timeline->applyChanges(changes);
    m_quotes->applyChanges(changes);
    refreshSummary(false);
}

void FormController::refreshSummary(bool initial)
{
    if (!m_form) {
        return;
    }
    const auto sections = m_form->progress();
    if (!initial) {
        m_sections->refresh(sections);
    }
    int invalid = 0;
    for (const auto &s : sections) {
        invalid += s.relevant ? s.invalid : 0;
    }
    const double progress = m_form->completeness();
    const bool canSubmit = m_form->isComplete();
    bool liveRisk = false;
    if (!m_liveRiskPath.isEmpty()) {
        const std::string path = m_liveRiskPath.toStdString();
        liveRisk = m_form->isRelevant(path) && m_form->value(path) == "yes";
    }
    const bool changed = progress != m_progress || (invalid > 0) != m_hasValidationErrors || canSubmit != m_canSubmit ||
                         liveRisk != m_liveRisk;
    m_progress = progress;
    m_hasValidationErrors = invalid > 0;
    m_canSubmit = canSubmit;
    m_liveRisk = liveRisk;
    if (!m_readOnly && std::abs(progress - m_storedProgress) > 0.0005) {
        m_session->store()->returns().setProgress(m_key, progress); // the home list shows it
        m_storedProgress = progress;
    }
    if (m_submitRefused && !initial) {
        refreshIssues();
    }
    if (changed || initial) {
        emit progressChanged();
    }
}

void FormController::showSection(int index)
{
    if (!m_form || index < 0 || index >= int(m_form->templ().sections.size())) {
        return;
    }
    const bool moved = index != m_currentSection;
    m_currentSection = index;
    m_questions->setSection(m_form.get(), index, m_readOnly);
    m_sections->setCurrent(index);
    if (moved) {
        emit currentSectionChanged();
    }
}

void FormController::dismissError()
{
    setError({});
}

void FormController::dismissRefusal()
{
    if (m_submitRefused) {
        m_submitRefused = false;
        emit submitRefusedChanged();
    }
}

void FormController::setError(const QString &message)
{
    if (message != m_errorMessage) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}

void FormController::setFocusPath(const QString &path)
{
    if (path != m_focusPath) {
        m_focusPath = path;
        emit focusPathChanged();
    }
}
