// The demonstration's content is what a newcomer sees first, so it must model good practice: no text it can write
// may look like a name, a date of birth, an NHS number or a postcode. Every string of the content file goes through
// the same identifier scan practitioners' free text does.
#include "core/privacy/IdentifierScan.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QTest>

namespace {

/** Every string in @p value (keys included), with where it is. */
void strings(const nlohmann::json &value, const std::string &where,
             std::vector<std::pair<std::string, std::string>> &out)
{
    if (value.is_string()) {
        out.emplace_back(where, value.get<std::string>());
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            strings(value[i], where + "[" + std::to_string(i) + "]", out);
        }
    } else if (value.is_object()) {
        for (const auto &[key, item] : value.items()) {
            out.emplace_back(where + " (key)", key);
            strings(item, where + "." + key, out);
        }
    }
}

} // namespace

class TestDemoText : public QObject
{
    Q_OBJECT

private slots:
    void contentHoldsNoIdentifier()
    {
        QFile file(QStringLiteral(MAQA_SOURCE_DIR "/cpp/cli/demo/early-help-demo.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const nlohmann::json content = nlohmann::json::parse(file.readAll().toStdString());
        std::vector<std::pair<std::string, std::string>> all;
        strings(content, "$", all);
        QVERIFY(all.size() > 400); // the curated banks are all there
        for (const auto &[where, text] : all) {
            const std::vector<maqa::core::IdentifierHint> hints = maqa::core::scanForIdentifiers(text);
            QVERIFY2(hints.empty(), qPrintable(QString::fromStdString(where + ": " + text + " — " +
                                                                      (hints.empty() ? "" : hints[0].message))));
        }
    }

    void theScanWouldCatchAnIdentifier()
    {
        // The same walk over a text that does hold identifiers finds them (the test above can fail).
        for (const char *text : {"The baby, called Amelia, was seen at home.", "Date of birth 03/04/2019.",
                                 "NHS number 943 476 5919 on the letter.", "Lives at 10 High Street, SW1A 1AA."}) {
            QVERIFY2(!maqa::core::scanForIdentifiers(text).empty(), text);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoText)
#include "tst_demo_text.moc"
