// Adapts the office store's observer interface to Qt signals, as StoreSignals does for the device's records, so the
// office's list models update single rows. One instance lives for the session; it observes each office store opened.
#pragma once

#include "store/office/OfficeObserver.h"

#include <QObject>
#include <QString>

/** Re-emits office store notifications as Qt signals. */
class OfficeSignals : public QObject, public maqa::store::office::OfficeObserver
{
    Q_OBJECT
public:
    explicit OfficeSignals(QObject *parent = nullptr);

    void returnsOpened(const std::vector<maqa::core::office::ReturnRef> &refs) override;
    void quarantineChanged() override;
    void reviewChanged(const maqa::core::office::ReturnRef &ref) override;
    void panelGradeChanged(const maqa::core::office::ReturnRef &ref, const std::string &question) override;
    void auditsChanged() override;
    void progressChanged() override;
    void briefingChanged(const std::string &auditId) override;
    void actionsChanged(const std::string &auditId) override;
    void keysChanged() override;
    void devicesChanged() override;

signals:
    void returnsWereOpened(int count);
    void quarantineWasChanged();
    void reviewWasChanged(const QString &uuid, int revision);
    void panelGradeWasChanged(const QString &uuid, int revision, const QString &question);
    void auditsWereChanged();
    void progressWasChanged();
    void briefingWasChanged(const QString &auditId);
    void actionsWereChanged(const QString &auditId);
    void keysWereChanged();
    void devicesWereChanged();
    /** An office store was opened (one is available) or closed (none is). */
    void officeAvailabilityChanged();
};
