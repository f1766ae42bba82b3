// The enrolment QR code, both ends: the office's pages draw it (libqrencode) and the practitioner's enrolment page
// reads it from a photo or a saved image (zbar). Its text is "maqa-enrol:<server URL>#<enrolment code>", e.g.
// "maqa-enrol:https://maqa.example.org#ABCD-EFGH-JKMN-PQRS": a scheme of its own so no camera app opens it as a
// web page, the server before '#' (a server address never has a fragment) and the one-time code after it.
#pragma once

#include <QImage>
#include <QString>

/** What an enrolment QR code carries. */
struct EnrolmentLink
{
    QString serverUrl; //!< as the office gave it, e.g. "https://maqa.example.org"
    QString code;      //!< the one-time code, normalised ("ABCD-EFGH-JKMN-PQRS")
};

/** The QR text for @p serverUrl and @p code. Throws Error(Invalid) when either is empty or malformed. */
QString enrolmentPayload(const QString &serverUrl, const QString &code);

/** Reads a QR text; throws Error(Invalid) with a plain sentence when it is not a Maqa enrolment code. */
EnrolmentLink parseEnrolmentPayload(const QString &text);

/**
 * @p text as a QR code image (error correction M), @p moduleSize pixels per module with the standard 4-module
 * quiet zone, black on white. Throws Error(Invalid) when the text does not fit a QR code.
 */
QImage qrCodeImage(const QString &text, int moduleSize = 8);

/** The texts of every QR code zbar finds in @p image (empty when there is none). */
QStringList decodeQrCodes(const QImage &image);

/**
 * The enrolment in the image file at @p path (PNG or JPEG, a saved image or a photo). Throws Error(NotFound) when
 * the file cannot be read as an image, Error(Invalid) when it holds no QR code or not a Maqa enrolment code.
 */
EnrolmentLink readEnrolmentImage(const QString &path);
