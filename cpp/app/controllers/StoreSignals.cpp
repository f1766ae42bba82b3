// Store notifications as Qt signals (see StoreSignals.h).
// Conversions only: the models decide what a notification means for their rows.
#include "app/controllers/StoreSignals.h"

StoreSignals::StoreSignals(QObject *parent)
    : QObject(parent)
{}

void StoreSignals::returnAdded(const maqa::store::ReturnKey &key)
{
    emit returnWasAdded(QString::fromStdString(key.uuid), key.revision);
}

void StoreSignals::returnChanged(const maqa::store::ReturnKey &key)
{
    emit returnWasChanged(QString::fromStdString(key.uuid), key.revision);
}

void StoreSignals::returnRemoved(const maqa::store::ReturnKey &key)
{
    emit returnWasRemoved(QString::fromStdString(key.uuid), key.revision);
}

void StoreSignals::answerChanged(const maqa::store::ReturnKey &key, const std::string &path)
{
    emit answerWasChanged(QString::fromStdString(key.uuid), key.revision, QString::fromStdString(path));
}

void StoreSignals::outboxChanged()
{
    emit outboxWasChanged();
}

void StoreSignals::templatesChanged()
{
    emit templatesWereChanged();
}

void StoreSignals::assignmentsChanged()
{
    emit assignmentsWereChanged();
}

void StoreSignals::settingChanged(const std::string &key)
{
    emit settingWasChanged(QString::fromStdString(key));
}
