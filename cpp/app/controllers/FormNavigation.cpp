// FormController's navigation: sections (next and previous skip hidden ones), going to a question's path (the
// submit refusal's list, timeline cards), and the resume position saved as the practitioner moves.
#include "app/controllers/FormController.h"

#include "app/controllers/SessionController.h"
#include "core/form/Form.h"
#include "store/Store.h"
#include "store/repos/ReturnRepository.h"

void FormController::goToSection(int index)
{
    commitText();
    if (index != m_currentSection) { // staying keeps the editors (and what they hold) alive
        showSection(index);
    }
    if (m_form && index == m_currentSection) {
        const auto &questions = m_form->templ().sections[index].questions;
        if (!questions.empty()) {
            noteFocus(QString::fromStdString(m_form->templ().questions[questions.front()].name));
        }
        setFocusPath({});
    }
}

bool FormController::nextSection()
{
    if (!m_form) {
        return false;
    }
    for (int i = m_currentSection + 1; i < int(m_form->templ().sections.size()); ++i) {
        if (m_form->isSectionRelevant(i)) {
            goToSection(i);
            return true;
        }
    }
    return false;
}

bool FormController::previousSection()
{
    if (!m_form) {
        return false;
    }
    for (int i = m_currentSection - 1; i >= 0; --i) {
        if (m_form->isSectionRelevant(i)) {
            goToSection(i);
            return true;
        }
    }
    return false;
}

void FormController::goToPath(const QString &path)
{
    const int section = sectionOfPath(path.toStdString());
    if (section < 0) {
        return;
    }
    commitText();
    if (section != m_currentSection) {
        showSection(section);
    }
    noteFocus(path);
    setFocusPath({}); // re-announce even when the same path is chosen twice
    setFocusPath(path);
}

void FormController::noteFocus(const QString &path)
{
    const std::string p = path.toStdString();
    if (!m_form || p == m_resumePath || !m_session->store()) {
        return;
    }
    m_resumePath = p;
    m_session->store()->returns().setResumePath(m_key, p);
}

int FormController::sectionOfPath(const std::string &path) const
{
    if (!m_form || path.empty()) {
        return -1;
    }
    const auto *q = m_form->templ().find(path.substr(0, path.find('/')));
    return q ? q->section : -1;
}

QString FormController::currentSectionTitle() const
{
    if (!m_form || m_currentSection < 0) {
        return {};
    }
    return QString::fromStdString(m_form->templ().sections[m_currentSection].title);
}
