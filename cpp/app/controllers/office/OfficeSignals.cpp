// Office store notifications as Qt signals (see OfficeSignals.h). Conversions only.
#include "app/controllers/office/OfficeSignals.h"

OfficeSignals::OfficeSignals(QObject *parent)
    : QObject(parent)
{}

void OfficeSignals::returnsOpened(const std::vector<maqa::core::office::ReturnRef> &refs)
{
    emit returnsWereOpened(int(refs.size()));
}

void OfficeSignals::quarantineChanged()
{
    emit quarantineWasChanged();
}

void OfficeSignals::reviewChanged(const maqa::core::office::ReturnRef &ref)
{
    emit reviewWasChanged(QString::fromStdString(ref.uuid), ref.revision);
}

void OfficeSignals::panelGradeChanged(const maqa::core::office::ReturnRef &ref, const std::string &question)
{
    emit panelGradeWasChanged(QString::fromStdString(ref.uuid), ref.revision, QString::fromStdString(question));
}

void OfficeSignals::auditsChanged()
{
    emit auditsWereChanged();
}

void OfficeSignals::progressChanged()
{
    emit progressWasChanged();
}

void OfficeSignals::briefingChanged(const std::string &auditId)
{
    emit briefingWasChanged(QString::fromStdString(auditId));
}

void OfficeSignals::actionsChanged(const std::string &auditId)
{
    emit actionsWereChanged(QString::fromStdString(auditId));
}

void OfficeSignals::keysChanged()
{
    emit keysWereChanged();
}

void OfficeSignals::devicesChanged()
{
    emit devicesWereChanged();
}
