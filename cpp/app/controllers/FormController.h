// The one write path for answers: QML editor signal -> setAnswer(path, value) -> core::Form::set validates ->
// ReturnRepository commits -> the models update only the rows in the FormChanges list. Also sections, resume,
// repeat entries, submit and the Day-in-the-Life timeline and quotes of the open return.
#pragma once

#include "app/models/EntryListModel.h"
#include "app/models/IssueListModel.h"
#include "app/models/QuestionListModel.h"
#include "app/models/SectionListModel.h"
#include "store/StoreObserver.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <string>

class SessionController;
class TemplateCatalog;

/** One open return (draft or, read-only, submitted) and everything the form pages show of it. */
class FormController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openedChanged)            //!< a return is open
    Q_PROPERTY(QString uuid READ uuid NOTIFY openedChanged)             //!< its uuid
    Q_PROPERTY(int revision READ revision NOTIFY openedChanged)         //!< its revision
    Q_PROPERTY(QString title READ title NOTIFY openedChanged)           //!< the template's title
    Q_PROPERTY(QString caseCode READ caseCode NOTIFY openedChanged)     //!< the case code
    Q_PROPERTY(QString kind READ kind NOTIFY openedChanged)             //!< "audit" or "observation"
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY openedChanged)        //!< submitted: nothing can change
    Q_PROPERTY(QString statusText READ statusText NOTIFY openedChanged) //!< "Draft", "Submitted", ...
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)    //!< completeness 0..1
    Q_PROPERTY(bool hasValidationErrors READ hasValidationErrors NOTIFY progressChanged) //!< an answer breaks a rule
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY progressChanged)                //!< nothing missing, nothing wrong
    Q_PROPERTY(bool liveRisk READ liveRisk NOTIFY progressChanged)                  //!< the live-risk question is "yes"
    Q_PROPERTY(QString liveRiskPath READ liveRiskPath NOTIFY openedChanged)         //!< where that question is
    Q_PROPERTY(int currentSection READ currentSection NOTIFY currentSectionChanged) //!< the section on screen
    Q_PROPERTY(QString currentSectionTitle READ currentSectionTitle NOTIFY currentSectionChanged) //!< its title
    Q_PROPERTY(bool timelineHere READ timelineHere NOTIFY currentSectionChanged)  //!< it holds the timeline
    Q_PROPERTY(bool quotesHere READ quotesHere NOTIFY currentSectionChanged)      //!< it holds the quotes
    Q_PROPERTY(QString focusPath READ focusPath NOTIFY focusPathChanged)          //!< the question to bring into view
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged) //!< the last refusal, plain words
    Q_PROPERTY(bool submitRefused READ submitRefused NOTIFY submitRefusedChanged) //!< show the issues list
    Q_PROPERTY(SectionListModel *sections READ sections CONSTANT)                 //!< SectionListModel
    Q_PROPERTY(QuestionListModel *questions READ questions CONSTANT) //!< QuestionListModel of the current section
    Q_PROPERTY(EntryListModel *timeline READ timeline CONSTANT)      //!< EntryListModel of the `timeline` repeat
    Q_PROPERTY(EntryListModel *quotes READ quotes CONSTANT)          //!< EntryListModel of the `quotes` repeat
    Q_PROPERTY(IssueListModel *issues READ issues CONSTANT)          //!< IssueListModel: what stops a submit

public:
    FormController(SessionController *session, TemplateCatalog *catalog, QObject *parent = nullptr);
    ~FormController() override;

    bool isOpen() const { return m_form != nullptr; }
    QString uuid() const { return QString::fromStdString(m_key.uuid); }
    int revision() const { return m_key.revision; }
    QString title() const { return m_title; }
    QString caseCode() const { return m_caseCode; }
    QString kind() const { return m_kind; }
    bool readOnly() const { return m_readOnly; }
    QString statusText() const { return m_statusText; }
    double progress() const { return m_progress; }
    bool hasValidationErrors() const { return m_hasValidationErrors; }
    bool canSubmit() const { return m_canSubmit; }
    bool liveRisk() const { return m_liveRisk; }
    QString liveRiskPath() const { return m_liveRiskPath; }
    int currentSection() const { return m_currentSection; }
    QString currentSectionTitle() const;
    bool timelineHere() const;
    bool quotesHere() const;
    QString focusPath() const { return m_focusPath; }
    QString errorMessage() const { return m_errorMessage; }
    bool submitRefused() const { return m_submitRefused; }
    SectionListModel *sections() const { return m_sections; }
    QuestionListModel *questions() const { return m_questions; }
    EntryListModel *timeline() const { return m_timeline; }
    EntryListModel *quotes() const { return m_quotes; }
    IssueListModel *issues() const { return m_issues; }
    /** The open form (C++ callers: the CLI's `draft show`), or null. */
    const maqa::core::Form *form() const { return m_form.get(); }

    /** Opens the latest revision of @p uuid at its resume position; false (and errorMessage) when it cannot. */
    Q_INVOKABLE bool open(const QString &uuid);
    /** Saves pending text and closes the return. */
    Q_INVOKABLE void close();
    /** Validates and saves one answer at once; false (message beside the question) when refused. */
    Q_INVOKABLE bool setAnswer(const QString &path, const QVariant &value);
    /** Clears one answer. */
    Q_INVOKABLE bool clearAnswer(const QString &path);
    /** Free text while typing: saved after a short pause (see FormController.cpp for why), or by commitText(). */
    Q_INVOKABLE void editText(const QString &path, const QString &text);
    /** Saves every pending text now (on editingFinished, section change, submit, close and lock). */
    Q_INVOKABLE void commitText();
    /** Adds an entry to repeat @p group; returns its id ("" when refused). */
    Q_INVOKABLE QString addEntry(const QString &group);
    /** Removes entry @p entryId of @p group with its answers. */
    Q_INVOKABLE bool removeEntry(const QString &group, const QString &entryId);
    /** Day in the Life: a timeline entry at @p time ("HH:MM"), placed in time order; returns its id. */
    Q_INVOKABLE QString addTimelineEntry(const QString &time);
    /** Day in the Life: the child's words, verbatim, with the time and context; returns the entry id. */
    Q_INVOKABLE QString addQuote(const QString &words, const QString &time, const QString &context);
    /** Shows section @p index (hidden sections are skipped by next/previous but may be shown on request). */
    Q_INVOKABLE void goToSection(int index);
    /** The next shown section; false at the end. */
    Q_INVOKABLE bool nextSection();
    /** The previous shown section; false at the start. */
    Q_INVOKABLE bool previousSection();
    /** Shows the section of @p path and brings the question into view (the issues list, timeline cards). */
    Q_INVOKABLE void goToPath(const QString &path);
    /** The practitioner is at @p path: remembered so leaving, a lock or a crash resumes there. */
    Q_INVOKABLE void noteFocus(const QString &path);
    /** Freezes and queues the return; false with the issues list when something is missing or wrong. */
    Q_INVOKABLE bool submit();
    /** Fills every shown, empty question with a sample answer (training and demos); returns how many. */
    Q_INVOKABLE int fillSample();
    /** Forgets the last refusal. */
    Q_INVOKABLE void dismissError();
    /** Closes the submit refusal's list (it reappears on the next submit). */
    Q_INVOKABLE void dismissRefusal();

signals:
    void openedChanged();
    void progressChanged();
    void currentSectionChanged();
    void focusPathChanged();
    void errorMessageChanged();
    void submitRefusedChanged();
    /** The open return was submitted and queued in the outbox. */
    void submitted(const QString &uuid);

private:
    bool apply(const std::string &path, const std::function<maqa::core::FormChanges()> &write);
    void persist(const std::string &path);
    void afterChanges(const maqa::core::FormChanges &changes);
    void keepTimelineInOrder(const std::string &path);
    void sortTimeline();
    void refreshSummary(bool initial);
    void refreshIssues();
    void showSection(int index);
    int sectionOfPath(const std::string &path) const;
    void setError(const QString &message);
    void setFocusPath(const QString &path);

    SessionController *m_session;
    TemplateCatalog *m_catalog;
    std::unique_ptr<maqa::core::Form> m_form;
    maqa::store::ReturnKey m_key;
    QString m_title, m_caseCode, m_kind, m_statusText, m_focusPath, m_errorMessage, m_liveRiskPath;
    std::string m_timelineGroup, m_quotesGroup, m_resumePath;
    bool m_readOnly = true;
    double m_progress = 0;
    double m_storedProgress = -1;
    bool m_hasValidationErrors = false;
    bool m_canSubmit = false;
    bool m_liveRisk = false;
    bool m_submitRefused = false;
    int m_currentSection = 0;
    QHash<QString, QString> m_pendingText;
    QTimer m_textTimer;
    QuestionListModel *m_questions;
    SectionListModel *m_sections;
    EntryListModel *m_timeline;
    EntryListModel *m_quotes;
    IssueListModel *m_issues;
};
