// FormController's submit and sample filling. The frozen payload is Form::exportJson(): the shown answers plus the
// calculated values, which is what the office reads and exports; hidden answers stay in the draft rows only.
#include "app/controllers/FormController.h"

#include "app/controllers/SessionController.h"

#include "core/form/FillSample.h"
#include "core/form/Form.h"
#include "core/util/Error.h"
#include "store/Store.h"
#include "store/repos/ReturnRepository.h"

#include <algorithm>

bool FormController::submit()
{
    commitText();
    if (!m_form || !m_session->store()) {
        setError(tr("No return is open."));
        return false;
    }
    if (m_readOnly) {
        setError(tr("This return was already submitted."));
        return false;
    }
    if (!m_form->isComplete()) {
        m_submitRefused = true;
        refreshIssues();
        emit submitRefusedChanged();
        setError(tr("%n answer(s) still need attention before this return can be submitted.", "",
                    int(m_issues->issues().size())));
        return false;
    }
    try {
        m_session->store()->returns().submit(m_key, m_form->exportJson().dump());
    } catch (const maqa::core::Error &e) {
        setError(QString::fromStdString(e.what()));
        return false;
    }
    m_readOnly = true;
    m_submitRefused = false;
    m_statusText = tr("Submitted — waiting in the outbox");
    m_issues->setIssues({});
    showSection(m_currentSection); // every editor becomes read-only
    setError({});
    emit submitRefusedChanged();
    emit openedChanged();
    emit submitted(uuid());
    return true;
}

void FormController::refreshIssues()
{
    std::vector<IssueListModel::Issue> issues;
    const auto &t = m_form->templ();
    for (const auto &missing : m_form->missingRequired()) {
        issues.push_back({QString::fromStdString(missing.path), QString::fromStdString(missing.label),
                          QString::fromStdString(missing.section), missing.sectionIndex,
                          QString::fromStdString(m_form->validationMessage(missing.path))});
    }
    for (const auto &issue : m_form->validationIssues()) {
        const bool listed = std::any_of(issues.begin(), issues.end(), [&](const IssueListModel::Issue &i) {
            return i.path == QString::fromStdString(issue.path);
        });
        if (listed) {
            continue;
        }
        const int section = sectionOfPath(issue.path);
        const std::string name =
            issue.path.substr(issue.path.rfind('/') == std::string::npos ? 0 : issue.path.rfind('/') + 1);
        const auto *top = t.find(issue.path.substr(0, issue.path.find('/')));
        const auto *q =
            top && top->type == maqa::core::QuestionType::Repeat && name != top->name ? t.findField(*top, name) : top;
        issues.push_back({QString::fromStdString(issue.path), q ? QString::fromStdString(q->label) : QString(),
                          section >= 0 ? QString::fromStdString(t.sections[section].title) : QString(),
                          std::max(section, 0), QString::fromStdString(issue.message)});
    }
    m_issues->setIssues(std::move(issues));
}

int FormController::fillSample()
{
    commitText();
    if (!m_form || m_readOnly || !m_session->store()) {
        setError(tr("Only an open draft can be filled with sample answers."));
        return 0;
    }
    const int added = maqa::core::fillSample(*m_form);
    std::vector<maqa::store::AnswerRow> rows;
    for (const auto &row : m_form->toRows()) {
        rows.push_back({row.path, row.value.dump()});
    }
    m_session->store()->returns().setAnswers(m_key, rows);
    sortTimeline(); // sample times arrive in any order; the day reads in time order
    m_timeline->setGroup(m_form.get(), m_timelineGroup);
    m_quotes->setGroup(m_form.get(), m_quotesGroup);
    m_sections->reset(m_form->progress(), m_currentSection);
    showSection(m_currentSection);
    m_questions->setSection(m_form.get(), m_currentSection, m_readOnly);
    refreshSummary(true);
    if (m_submitRefused) {
        refreshIssues();
    }
    return added;
}
