// Adapts the Qt-free store's observer interface to Qt signals, so list models can update single rows.
// One instance lives for the whole session; it is attached to each store as it is unlocked.
#pragma once

#include "store/StoreObserver.h"

#include <QObject>
#include <QString>

/** Re-emits store notifications as Qt signals (queued-safe: arguments are Qt value types). */
class StoreSignals : public QObject, public maqa::store::StoreObserver
{
    Q_OBJECT
public:
    explicit StoreSignals(QObject *parent = nullptr);

    void returnAdded(const maqa::store::ReturnKey &key) override;
    void returnChanged(const maqa::store::ReturnKey &key) override;
    void returnRemoved(const maqa::store::ReturnKey &key) override;
    void answerChanged(const maqa::store::ReturnKey &key, const std::string &path) override;
    void outboxChanged() override;
    void templatesChanged() override;
    void assignmentsChanged() override;
    void settingChanged(const std::string &key) override;

signals:
    void returnWasAdded(const QString &uuid, int revision);
    void returnWasChanged(const QString &uuid, int revision);
    void returnWasRemoved(const QString &uuid, int revision);
    void answerWasChanged(const QString &uuid, int revision, const QString &path);
    void outboxWasChanged();
    void templatesWereChanged();
    void assignmentsWereChanged();
    void settingWasChanged(const QString &key);
    /** The store was unlocked (a new store object is available) or locked (none is). */
    void storeAvailabilityChanged();
};
