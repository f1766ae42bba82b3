// Tests of the PDF briefing: an A4 document of one or two pages whose text, extracted with poppler's pdftotext,
// holds the title, every section heading, the key figures, the themes and the action plan — the same content as
// the HTML page, drawn with QPainter.
#include "support/OfficeFixtures.h"

#include "core/office/Briefing.h"
#include "core/util/Error.h"
#include "report/BriefingPdf.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace maqa;
using namespace maqa::test;
namespace off = maqa::core::office;

namespace {

/** Runs a poppler tool on @p pdf and returns its standard output. */
QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return QStringLiteral("(%1 failed: %2)").arg(tool, QString::fromUtf8(process.readAllStandardError()));
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

/** Text with every run of white space made one space, so wrapped lines still match a phrase. */
QString flattened(const QString &text)
{
    return text.simplified();
}

} // namespace

class TestOfficePdf : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void textHoldsTheSectionsAndFiguresOnAtMostTwoPages()
    {
        const off::BriefingReport report = demoReport("Minutes did not reach the school.");
        const QString path = m_tmp.filePath(QStringLiteral("briefing.pdf"));
        const int pages = report::writeBriefingPdf(report, path);
        QVERIFY(pages >= 1 && pages <= 2);

        const QString info = poppler(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(QStringLiteral("Pages:           %1").arg(pages)), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("A4")), qPrintable(info));

        const QString text = flattened(poppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
        const auto expect = [&](const std::string &phrase) {
            const QString wanted = flattened(QString::fromStdString(phrase));
            QVERIFY2(text.contains(wanted), qPrintable(QStringLiteral("missing: ") + wanted));
        };
        expect(report.briefing.title);
        for (const char *heading :
             {off::headings::kBackground, off::headings::kWorries, off::headings::kGoodPractice, off::headings::kThemes,
              off::headings::kWhatWeFound, off::headings::kWhatNeedsToHappen, off::headings::kReflection,
              off::headings::kLinks, off::headings::kActionPlan}) {
            expect(heading);
        }
        for (const off::KeyFigure &f : report.figures) {
            expect(f.label);
            expect(f.value);
        }
        for (const off::BriefingTheme &t : report.briefing.themes) {
            expect(t.title);
        }
        for (const off::Chart &c : report.charts) {
            expect(c.title);
        }
        expect("Minutes did not reach the school.");
        expect("Head of Early Help");
        expect("2027-03-31");
        expect("Amber");
        expect(report.briefing.background.text);
    }

    void bytesInMemoryAreAPdf()
    {
        int pages = 0;
        const QByteArray pdf = report::briefingPdf(demoReport("x"), &pages);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pages >= 1 && pages <= 2);
    }

    void anUnwritablePathIsAnError()
    {
        const QString path = m_tmp.filePath(QStringLiteral("missing-folder/briefing.pdf"));
        QVERIFY_THROWS_EXCEPTION(core::Error, report::writeBriefingPdf(demoReport("x"), path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestOfficePdf)
#include "tst_office_pdf.moc"
