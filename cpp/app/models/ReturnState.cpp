// Return states for lists (see ReturnState.h). The office's review wins over the device's status once it arrives.
#include "app/models/ReturnState.h"

#include <QCoreApplication>

#include <cmath>

QString returnStateName(const std::optional<maqa::store::ReturnRecord> &record)
{
    if (!record) {
        return QStringLiteral("not_started");
    }
    if (record->reviewState == std::optional<std::string>("has_issues")) {
        return QStringLiteral("returned");
    }
    if (record->reviewState == std::optional<std::string>("approved")) {
        return QStringLiteral("approved");
    }
    switch (record->status) {
    case maqa::store::ReturnStatus::Draft:
        return QStringLiteral("draft");
    case maqa::store::ReturnStatus::Submitted:
        return QStringLiteral("submitted");
    case maqa::store::ReturnStatus::Delivered:
        return QStringLiteral("delivered");
    }
    return QStringLiteral("draft");
}

QString returnStateLabel(const std::optional<maqa::store::ReturnRecord> &record)
{
    const QString name = returnStateName(record);
    auto tr = [](const char *text) { return QCoreApplication::translate("ReturnState", text); };
    if (name == QLatin1String("not_started")) {
        return tr("Not started");
    }
    if (name == QLatin1String("draft")) {
        const int percent = int(std::lround(record->progress * 100));
        return record->key.revision > 1
                   ? tr("Draft · revision %1 · %2% complete").arg(record->key.revision).arg(percent)
                   : tr("Draft · %1% complete").arg(percent);
    }
    if (name == QLatin1String("submitted")) {
        return tr("Submitted — waiting in the outbox");
    }
    if (name == QLatin1String("delivered")) {
        return record->reviewState == std::optional<std::string>("received") ? tr("Received by the office")
                                                                             : tr("Delivered to the office");
    }
    if (name == QLatin1String("returned")) {
        return tr("Returned for correction");
    }
    return tr("Approved by the office");
}
