// Enrolling this device with the partnership office: the server address and one-time code typed, or read from a
// picture of the office's enrolment QR code; the sync engine does the request, this says how it went in plain words.
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

class SyncController;

/** The enrolment page's controller. */
class EnrolmentController : public QObject
{
    Q_OBJECT
    //! The server address: typed, or read from a QR code.
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY fieldsChanged)
    //! The one-time code: typed, or read from a QR code.
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY fieldsChanged)
    //! How the office will see this device (defaults to the machine's name).
    Q_PROPERTY(QString deviceName READ deviceName WRITE setDeviceName NOTIFY fieldsChanged)
    //! A PEM file of the office's own certificate authority, or "" to trust the system's.
    Q_PROPERTY(QString caFile READ caFile WRITE setCaFile NOTIFY fieldsChanged)
    //! True while the request is under way.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    //! Why the last attempt (or the last picture) failed, in plain words; "" otherwise.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messagesChanged)
    //! What went right ("Enrolled with ... for police."), or "".
    Q_PROPERTY(QString message READ message NOTIFY messagesChanged)

public:
    explicit EnrolmentController(SyncController *sync, QObject *parent = nullptr);

    QString serverUrl() const { return m_serverUrl; }
    QString code() const { return m_code; }
    QString deviceName() const { return m_deviceName; }
    QString caFile() const { return m_caFile; }
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }
    QString message() const { return m_message; }
    void setServerUrl(const QString &url);
    void setCode(const QString &code);
    void setDeviceName(const QString &name);
    void setCaFile(const QString &path);

    /** Enrols with the fields as they are; the outcome arrives in message or errorMessage. */
    Q_INVOKABLE void enrol();
    /** Reads the enrolment QR code in the picture at @p file (a file: URL or a path) into serverUrl and code. */
    Q_INVOKABLE bool readQrImage(const QUrl &file);
    /** Clears both messages (the page is opened again). */
    Q_INVOKABLE void clearMessages();

signals:
    void fieldsChanged();
    void busyChanged();
    void messagesChanged();
    /** The device is now enrolled. */
    void enrolled();

private:
    void setMessages(const QString &error, const QString &message);

    SyncController *m_sync;
    QString m_serverUrl;
    QString m_code;
    QString m_deviceName;
    QString m_caFile;
    bool m_busy = false;
    QString m_errorMessage;
    QString m_message;
};
