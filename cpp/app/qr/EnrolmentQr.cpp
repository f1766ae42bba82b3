// Encoding and decoding the enrolment QR code (see EnrolmentQr.h): libqrencode draws it, zbar reads it.
// Photos are scaled down before scanning: zbar finds a code in a 1600-pixel image as well as in a 12-megapixel one.
#include "app/qr/EnrolmentQr.h"

#include "core/util/Error.h"
#include "protocol/Enrolment.h"

#include <QUrl>

#include <qrencode.h>
#include <zbar.h>

#include <algorithm>
#include <memory>
#include <vector>

using maqa::core::Error;
using maqa::core::ErrorKind;

namespace {

const QString kScheme = QStringLiteral("maqa-enrol:");
constexpr int kQuietModules = 4;
constexpr int kLargestSide = 1600;

QString checkedServer(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || url.hasFragment()) {
        throw Error(ErrorKind::Invalid, "The server address in this enrolment code is not a web address.");
    }
    QString server = url.toString(QUrl::StripTrailingSlash);
    while (server.endsWith(QLatin1Char('/'))) {
        server.chop(1); // "https://host/" and "https://host" are one server (StripTrailingSlash keeps a root "/")
    }
    return server;
}

QString checkedCode(const QString &text)
{
    const std::string code = maqa::protocol::normaliseEnrolmentCode(text.toStdString());
    if (code.empty()) {
        throw Error(ErrorKind::Invalid, "The enrolment code is not one the office issues: it has 16 letters and "
                                        "digits, like ABCD-EFGH-JKMN-PQRS.");
    }
    return QString::fromStdString(code);
}

} // namespace

QString enrolmentPayload(const QString &serverUrl, const QString &code)
{
    return kScheme + checkedServer(serverUrl) + QLatin1Char('#') + checkedCode(code);
}

EnrolmentLink parseEnrolmentPayload(const QString &text)
{
    const QString trimmed = text.trimmed();
    const int hash = trimmed.lastIndexOf(QLatin1Char('#'));
    if (!trimmed.startsWith(kScheme, Qt::CaseInsensitive) || hash < 0) {
        throw Error(ErrorKind::Invalid, "This QR code is not a Maqa enrolment code. Ask the partnership office for "
                                        "the enrolment code of your agency.");
    }
    return {checkedServer(trimmed.mid(kScheme.size(), hash - kScheme.size())), checkedCode(trimmed.mid(hash + 1))};
}

QImage qrCodeImage(const QString &text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code) {
        throw Error(ErrorKind::Invalid, "This text is too long for a QR code.");
    }
    moduleSize = std::max(1, moduleSize);
    const int modules = code->width + 2 * kQuietModules;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if ((code->data[y * code->width + x] & 1) == 0) {
                continue;
            }
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar *line = image.scanLine((y + kQuietModules) * moduleSize + dy);
                std::fill_n(line + (x + kQuietModules) * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    return image;
}

QStringList decodeQrCodes(const QImage &source)
{
    if (source.isNull()) {
        return {};
    }
    QImage gray = source;
    if (std::max(gray.width(), gray.height()) > kLargestSide) {
        gray = gray.scaled(kLargestSide, kLargestSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    gray = gray.convertToFormat(QImage::Format_Grayscale8);
    const int width = gray.width();
    const int height = gray.height();
    std::vector<uchar> pixels(std::size_t(width) * std::size_t(height)); // zbar wants rows without padding
    for (int y = 0; y < height; ++y) {
        std::copy_n(gray.constScanLine(y), width, pixels.begin() + std::ptrdiff_t(y) * width);
    }
    std::unique_ptr<zbar::zbar_image_scanner_t, decltype(&zbar::zbar_image_scanner_destroy)> scanner(
        zbar::zbar_image_scanner_create(), &zbar::zbar_image_scanner_destroy);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    std::unique_ptr<zbar::zbar_image_t, decltype(&zbar::zbar_image_destroy)> image(zbar::zbar_image_create(),
                                                                                   &zbar::zbar_image_destroy);
    zbar::zbar_image_set_format(image.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar::zbar_image_set_size(image.get(), unsigned(width), unsigned(height));
    zbar::zbar_image_set_data(image.get(), pixels.data(), pixels.size(), nullptr);
    QStringList texts;
    if (zbar::zbar_scan_image(scanner.get(), image.get()) > 0) {
        for (const zbar::zbar_symbol_t *symbol = zbar::zbar_image_first_symbol(image.get()); symbol;
             symbol = zbar::zbar_symbol_next(symbol)) {
            texts << QString::fromUtf8(zbar::zbar_symbol_get_data(symbol),
                                       int(zbar::zbar_symbol_get_data_length(symbol)));
        }
    }
    return texts;
}

EnrolmentLink readEnrolmentImage(const QString &path)
{
    const QImage image(path);
    if (image.isNull()) {
        throw Error(ErrorKind::NotFound, "This file could not be read as a picture. Choose a PNG or JPEG image of "
                                         "the enrolment QR code.");
    }
    const QStringList texts = decodeQrCodes(image);
    if (texts.isEmpty()) {
        throw Error(ErrorKind::Invalid, "No QR code was found in this picture. Use a sharp, straight picture of the "
                                        "whole code, or type the server address and code instead.");
    }
    return parseEnrolmentPayload(texts.first());
}
