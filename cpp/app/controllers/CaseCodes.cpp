// Case-code plausibility (see CaseCodes.h). The pattern is the wire format's (docs/api/openapi.yaml, CaseCode);
// the identifier scan catches codes that are really a date of birth, an NHS number or a postcode.
#include "app/controllers/CaseCodes.h"

#include "core/privacy/IdentifierScan.h"

#include <QObject>
#include <QRegularExpression>

QString caseCodeProblem(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty()) {
        return QObject::tr("Type the case code the office issued.");
    }
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{3,32}$"));
    if (!pattern.match(trimmed).hasMatch()) {
        return QObject::tr("A case code is 3 to 32 letters, digits, '-' or '_', with no spaces.");
    }
    if (!trimmed.contains(QRegularExpression(QStringLiteral("[0-9]")))) {
        return QObject::tr("Case codes from the office contain digits; a word on its own may be a name. "
                           "Never type a child's name here.");
    }
    // Office codes are capital prefixes and numbers (EH-2026-014); a run of letters in mixed or lower case is how
    // a name typed by mistake looks ("Jamie2", "smith-1").
    static const QRegularExpression nameShaped(QStringLiteral("[A-Za-z]*[a-z][A-Za-z]*"));
    auto words = nameShaped.globalMatch(trimmed);
    while (words.hasNext()) {
        if (words.next().capturedLength() >= 3) {
            return QObject::tr("This looks like part of a name. Case codes from the office are capitals and digits, "
                               "like EH-2026-014; never type a child's name here.");
        }
    }
    // A date inside a code ("EH-03-05-2015") is as identifying as a date of birth on its own.
    static const QRegularExpression embeddedDate(QStringLiteral("[0-9]{1,4}[-_.][0-9]{1,2}[-_.][0-9]{1,4}"));
    if (embeddedDate.match(trimmed).hasMatch()) {
        return QObject::tr("This looks like a date, perhaps a date of birth; case codes never hold one.");
    }
    static const QRegularExpression nhsShaped(QStringLiteral("^[0-9]{10}$"));
    static const QRegularExpression dateShaped(QStringLiteral("^[0-9]{1,4}[-_][0-9]{1,2}[-_][0-9]{1,4}$"));
    if (nhsShaped.match(trimmed).hasMatch() || dateShaped.match(trimmed).hasMatch() ||
        !maqa::core::scanForIdentifiers(trimmed.toStdString()).empty()) {
        return QObject::tr("This looks like an NHS number, a date or a postcode, not a case code from the office.");
    }
    return {};
}
