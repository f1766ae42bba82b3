// The enrolment QR code end to end: the text the office's pages encode (libqrencode), saved as PNG and JPEG, read
// back by the practitioner's enrolment page (zbar), also from a large photo-sized picture; and every refusal.
#include "app/qr/EnrolmentQr.h"

#include "core/util/Error.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

class TestEnrolmentQr : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_server = QStringLiteral("https://maqa.example.org:8443");
    const QString m_code = QStringLiteral("ABCD-EFGH-JKMN-PQRS");

    QString saved(const QImage &image, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!image.save(path)) {
            qFatal("cannot save %s", qPrintable(path));
        }
        return path;
    }

private slots:
    void payloadNamesTheServerAndTheCode()
    {
        const QString text = enrolmentPayload(m_server + "/", m_code.toLower());
        QCOMPARE(text, QStringLiteral("maqa-enrol:https://maqa.example.org:8443#ABCD-EFGH-JKMN-PQRS"));
        const EnrolmentLink link = parseEnrolmentPayload(text);
        QCOMPARE(link.serverUrl, m_server);
        QCOMPARE(link.code, m_code);
    }

    void pngAndJpegReadBack()
    {
        const QImage image = qrCodeImage(enrolmentPayload(m_server, m_code));
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        for (const QString &name : {QStringLiteral("code.png"), QStringLiteral("code.jpg")}) {
            const EnrolmentLink link = readEnrolmentImage(saved(image, name));
            QCOMPARE(link.serverUrl, m_server);
            QCOMPARE(link.code, m_code);
        }
    }

    void aLargePhotoOfTheCodeIsRead()
    {
        // A 4000x3000 picture with the code small in one corner, on a grey desk: scaled down before scanning.
        QImage photo(4000, 3000, QImage::Format_RGB32);
        photo.fill(QColor(0x80, 0x80, 0x80));
        QPainter painter(&photo);
        painter.drawImage(QRect(2600, 1700, 1000, 1000), qrCodeImage(enrolmentPayload(m_server, m_code), 4));
        painter.end();
        const EnrolmentLink link = readEnrolmentImage(saved(photo, "photo.jpg"));
        QCOMPARE(link.code, m_code);
    }

    void refusalsAreSentences()
    {
        auto refusal = [](const std::function<void()> &call) -> QString {
            try {
                call();
            } catch (const maqa::core::Error &e) {
                return QString::fromUtf8(e.what());
            }
            return {};
        };
        QVERIFY(refusal([&] {
                    parseEnrolmentPayload("https://example.org/#ABCD-EFGH-JKMN-PQRS");
                }).contains("not a Maqa enrolment code"));
        QVERIFY(refusal([&] {
                    parseEnrolmentPayload("maqa-enrol:ftp://example.org#ABCD-EFGH-JKMN-PQRS");
                }).contains("not a web address"));
        QVERIFY(refusal([&] { parseEnrolmentPayload("maqa-enrol:https://example.org#ABC"); }).contains("16 letters"));
        QVERIFY(refusal([&] { enrolmentPayload({}, m_code); }).contains("not a web address"));

        const QString other = saved(qrCodeImage("https://example.org/"), "other.png");
        QVERIFY(refusal([&] { readEnrolmentImage(other); }).contains("not a Maqa enrolment code"));
        QImage blank(400, 400, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const QString empty = saved(blank, "blank.png");
        QVERIFY(refusal([&] { readEnrolmentImage(empty); }).contains("No QR code was found"));
        QFile text(m_dir.filePath("notes.png"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a picture");
        text.close();
        QVERIFY(refusal([&] { readEnrolmentImage(text.fileName()); }).contains("could not be read as a picture"));
    }
};

QTEST_GUILESS_MAIN(TestEnrolmentQr)
#include "tst_enrolment_qr.moc"
