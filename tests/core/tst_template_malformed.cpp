// Every file in tests/core/malformed/ is a broken template with its expected problem list beside it (.expected):
// each must be rejected with exactly those lines. Plus the limits that keep hostile templates cheap.
#include "TemplateGenerator.h"

#include "core/template/TemplateLoader.h"
#include "core/util/Error.h"

#include <QTest>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace maqa::core;
namespace fs = std::filesystem;

namespace {
const fs::path kDir = fs::path(MAQA_SOURCE_DIR) / "tests" / "core" / "malformed";

std::string slurp(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

std::vector<std::string> problemLines(const TemplateLoadResult &result)
{
    std::vector<std::string> lines;
    for (const TemplateProblem &p : result.problems) {
        lines.push_back(p.line());
    }
    return lines;
}
} // namespace

class TestTemplateMalformed : public QObject
{
    Q_OBJECT
private slots:
    void eachIsRejectedWithItsExpectedProblems_data()
    {
        QTest::addColumn<QString>("file");
        int count = 0;
        std::vector<fs::path> files;
        for (const auto &entry : fs::directory_iterator(kDir)) {
            if (entry.path().extension() == ".json") {
                files.push_back(entry.path());
            }
        }
        std::sort(files.begin(), files.end());
        for (const fs::path &file : files) {
            QTest::newRow(file.stem().c_str()) << QString::fromStdString(file.string());
            ++count;
        }
        QVERIFY2(count >= 30, "the suite needs at least 30 malformed templates");
    }
    void eachIsRejectedWithItsExpectedProblems()
    {
        QFETCH(QString, file);
        const fs::path path = file.toStdString();
        const fs::path expectedPath = fs::path(path).replace_extension(".expected");
        QVERIFY2(fs::exists(expectedPath), "each malformed template has its .expected file");
        const TemplateLoadResult result = loadTemplate(slurp(path), path.filename().string());
        QVERIFY(!result.ok());
        const std::vector<std::string> actual = problemLines(result);
        const std::vector<std::string> expected = linesOf(slurp(expectedPath));
        QVERIFY(!expected.empty());
        for (std::size_t i = 0; i < std::max(actual.size(), expected.size()); ++i) {
            QCOMPARE(i < actual.size() ? actual[i] : std::string("(missing)"),
                     i < expected.size() ? expected[i] : std::string("(unexpected)"));
        }
        for (const TemplateProblem &p : result.problems) {
            QCOMPARE(p.line().rfind(path.filename().string() + ": " + p.path + ": ", 0), std::size_t(0));
            QVERIFY(!p.message.empty());
        }
    }

    void loadTemplateOrThrowSaysWhatIsWrong()
    {
        try {
            loadTemplateOrThrow(slurp(kDir / "unknown-reference.json"), "unknown-reference.json");
            QFAIL("a broken template loaded");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Invalid);
            QVERIFY(std::string(e.what()).find("unknown reference ${disagreemnt}") != std::string::npos);
        }
    }

    void documentSizeIsLimited()
    {
        TemplateLimits limits;
        limits.maxBytes = 1000;
        const std::string text = maqa::test::generateTemplateText({40, 20, 1, "big"});
        QVERIFY(text.size() > 1000);
        const TemplateLoadResult result = loadTemplate(text, "big.json", limits);
        QCOMPARE(result.problems.size(), std::size_t(1));
        QCOMPARE(result.problems[0].line(), "big.json: (document): is " + std::to_string(text.size()) +
                                                " bytes; a template may have at most 1000");
        QVERIFY(loadTemplate(text, "big.json").ok()); // and loads under the default limit
    }

    void questionCountIsLimited()
    {
        TemplateLimits limits;
        limits.maxQuestions = 50;
        const TemplateLoadResult result =
            loadTemplate(maqa::test::generateTemplateText({120, 25, 3, "many"}), "many.json", limits);
        QVERIFY(!result.ok());
        int mentions = 0;
        for (const TemplateProblem &p : result.problems) {
            mentions += p.message == "the template has more than 50 questions";
        }
        QCOMPARE(mentions, 1); // said once, not once per extra question
    }

    void problemListIsBounded()
    {
        nlohmann::json questions = nlohmann::json::array();
        for (int i = 0; i < 100; ++i) {
            questions.push_back({{"type", "yesno"}, {"name", "q" + std::to_string(i)}, {"label", "Q"}});
        }
        const nlohmann::json doc = {{"id", "x"},
                                    {"version", 1},
                                    {"kind", "audit"},
                                    {"title", "X"},
                                    {"sections", {{{"name", "s"}, {"title", "S"}, {"questions", questions}}}}};
        TemplateLimits limits;
        limits.maxProblems = 10;
        const TemplateLoadResult bounded = loadTemplate(doc.dump(), "x.json", limits);
        QCOMPARE(bounded.problems.size(), std::size_t(11));
        QCOMPARE(bounded.problems.back().message, std::string("too many problems; stopped after 10"));
        QCOMPARE(loadTemplate(doc.dump(), "x.json").problems.size(), std::size_t(100)); // every one, by default
    }

    void deepJsonIsRefusedBeforeParsing()
    {
        const std::string deep = std::string(100000, '[') + std::string(100000, ']');
        const TemplateLoadResult result = loadTemplate(deep, "deep.json");
        QCOMPARE(result.problems.size(), std::size_t(1));
        QCOMPARE(result.problems[0].message, std::string("is nested more than 16 levels deep"));
        // Brackets inside strings do not count.
        const std::string quoted = "{\"id\": \"" + std::string(40, '[') + "\"}";
        QVERIFY(loadTemplate(quoted, "q.json").problems[0].message != "is nested more than 16 levels deep");
    }

    void longCyclesAreNamedBriefly()
    {
        nlohmann::json questions = nlohmann::json::array();
        for (int i = 0; i < 1000; ++i) {
            questions.push_back({{"type", "calculate"},
                                 {"name", "c" + std::to_string(i)},
                                 {"calculation", "${c" + std::to_string((i + 1) % 1000) + "} + 1"}});
        }
        const nlohmann::json doc = {{"id", "x"},
                                    {"version", 1},
                                    {"kind", "audit"},
                                    {"title", "X"},
                                    {"sections", {{{"name", "s"}, {"title", "S"}, {"questions", questions}}}}};
        const TemplateLoadResult result = loadTemplate(doc.dump(), "ring.json");
        QCOMPARE(result.problems.size(), std::size_t(1));
        QCOMPARE(result.problems[0].message, std::string("calculation: cycle ${c0} → ${c1} → ${c2} → ${c3} → ${c4} → "
                                                         "${c5} → ${c6} → ${c7} → ... (992 more) → ${c0}"));
    }

    void invalidUtf8IsRefused()
    {
        const std::string text = "{\"id\": \"x\", \"title\": \"bad \xff\"}";
        const TemplateLoadResult result = loadTemplate(text, "utf8.json");
        QCOMPARE(result.problems.size(), std::size_t(1));
        QVERIFY(result.problems[0].message.rfind("is not valid JSON", 0) == 0);
    }
};

QTEST_APPLESS_MAIN(TestTemplateMalformed)
#include "tst_template_malformed.moc"
