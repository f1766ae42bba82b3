// The office models' shared conversions (see OfficeText.h).
#include "app/models/office/OfficeText.h"

#include "core/domain/Agencies.h"

#include <QDateTime>
#include <QLocale>

#include <utility>

QString agencyLabel(const std::string &slug)
{
    const std::string_view name = maqa::core::agencyName(slug); // may point into slug: copied at once
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

QString agencyShortLabel(const std::string &slug)
{
    static const std::pair<const char *, const char *> shortNames[] = {
        {"gp", "GP"},
        {"csc", "CSC"},
        {"mental_health", "Mental health"},
        {"community_health", "Comm. health"},
        {"hospital", "Hospital"},
        {"police", "Police"},
        {"yot", "YOT"},
        {"edt", "EDT"},
        {"preventative", "Preventative"},
        {"education", "Education"},
    };
    for (const auto &[key, name] : shortNames) {
        if (slug == key) {
            return QString::fromLatin1(name);
        }
    }
    return agencyLabel(slug);
}

QString readableTime(const std::string &utc)
{
    const QDateTime time = QDateTime::fromString(QString::fromStdString(utc), Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString::fromStdString(utc);
}
