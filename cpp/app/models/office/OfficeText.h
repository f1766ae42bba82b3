// Small conversions the office's models share, so every list names agencies and times the same way.
#pragma once

#include <QString>

#include <string>

/** The name people read for agency @p slug ("Police" for "police"), or the slug when it is not a known agency. */
QString agencyLabel(const std::string &slug);
/** A short name for agency @p slug that fits a narrow column ("CSC", "Mental health"); the slug when unknown. */
QString agencyShortLabel(const std::string &slug);
/** A stored UTC timestamp ("2026-11-26T14:30:00Z") in the locale's short format; the text itself if unreadable. */
QString readableTime(const std::string &utc);
/** A UTF-8 std::string as a QString. */
inline QString qstr(const std::string &text)
{
    return QString::fromStdString(text);
}
