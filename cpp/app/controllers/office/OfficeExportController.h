// Exports of the current audit to files the office chooses: the briefing as PDF (maqa_report) and as one HTML page,
// all answers as CSV for Excel (one row per return, latest revisions only) and the action plan as CSV.
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <string>

class OfficeSession;
class BriefingController;

/** The exports page's controller. */
class OfficeExportController : public QObject
{
    Q_OBJECT
    //! What the last export wrote ("Saved the briefing (2 pages) to …"), or "".
    Q_PROPERTY(QString message READ message NOTIFY messagesChanged)
    //! Why the last export failed, in plain words, or "".
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messagesChanged)
    //! The file the last export wrote, or "".
    Q_PROPERTY(QString lastFile READ lastFile NOTIFY messagesChanged)

public:
    OfficeExportController(OfficeSession *office, BriefingController *briefing, QObject *parent = nullptr);

    QString message() const { return m_message; }
    QString errorMessage() const { return m_errorMessage; }
    QString lastFile() const { return m_lastFile; }

    /** Writes the briefing with its charts and action plan as an A4 PDF. */
    Q_INVOKABLE bool exportBriefingPdf(const QUrl &file);
    /** Writes the briefing as one self-contained HTML page. */
    Q_INVOKABLE bool exportBriefingHtml(const QUrl &file);
    /** Writes every answer of the audit's latest revisions as CSV. */
    Q_INVOKABLE bool exportAnswersCsv(const QUrl &file);
    /** Writes the action plan as CSV. */
    Q_INVOKABLE bool exportActionPlanCsv(const QUrl &file);

signals:
    void messagesChanged();

private:
    bool guarded(const QUrl &file, const std::function<QString(const QString &path)> &write);
    void setMessages(const QString &error, const QString &message, const QString &file);

    OfficeSession *m_office;
    BriefingController *m_briefing;
    QString m_message;
    QString m_errorMessage;
    QString m_lastFile;
};
