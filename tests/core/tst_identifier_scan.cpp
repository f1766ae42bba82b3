// Tests of the identifier scan both ways: names after cues, dates of birth, NHS numbers (with the mod-11 check
// digit making the hint strong) and postcodes are found; ordinary audit prose full of dates and numbers is not.
#include "core/privacy/IdentifierScan.h"

#include <QTest>

using namespace maqa::core;

namespace {
std::vector<std::string> found(const std::string &text, IdentifierKind kind)
{
    std::vector<std::string> out;
    for (const IdentifierHint &h : scanForIdentifiers(text)) {
        if (h.kind == kind) {
            out.push_back(text.substr(h.offset, h.length));
        }
    }
    return out;
}
using Strings = std::vector<std::string>;
} // namespace

class TestIdentifierScan : public QObject
{
    Q_OBJECT
private slots:
    void namesAfterCues()
    {
        QCOMPARE(found("She is called Amira and likes drawing.", IdentifierKind::Name), Strings{"Amira"});
        QCOMPARE(found("Her brother is known as Big Tony at school.", IdentifierKind::Name), Strings{"Big Tony"});
        QCOMPARE(found("The child, named 'Leo', was seen.", IdentifierKind::Name), Strings{"Leo"});
        QCOMPARE(found("A man called Jayden O'Neill-Smith visits.", IdentifierKind::Name),
                 Strings{"Jayden O'Neill-Smith"});
        QCOMPARE(found("Called Dr Patel at the practice.", IdentifierKind::Name), Strings{"Dr Patel"});
        const std::string accented = "Élodie's sister is called Zoë.";
        const auto hints = scanForIdentifiers(accented);
        QCOMPARE(hints.size(), std::size_t(1));
        QCOMPARE(accented.substr(hints[0].offset, hints[0].length), std::string("Zoë")); // byte offsets into UTF-8
        QVERIFY(hints[0].message.find("case code") != std::string::npos);
    }

    void datesOfBirth()
    {
        QCOMPARE(found("DOB: 12/03/2015", IdentifierKind::DateOfBirth), Strings{"DOB: 12/03/2015"});
        QCOMPARE(found("date of birth 3rd March 2015, seen at home", IdentifierKind::DateOfBirth),
                 Strings{"date of birth 3rd March 2015"});
        QCOMPARE(found("He was born on 12.03.15 in hospital.", IdentifierKind::DateOfBirth),
                 Strings{"born on 12.03.15"});
        QCOMPARE(found("born 2015-03-12", IdentifierKind::DateOfBirth), Strings{"born 2015-03-12"});
        QCOMPARE(found("Her birthday is 5 June.", IdentifierKind::DateOfBirth), Strings{"birthday is 5 June"});
        QCOMPARE(found("d.o.b. March 12, 2015", IdentifierKind::DateOfBirth), Strings{"d.o.b. March 12, 2015"});
        QCOMPARE(found("born on the 1st of Sept 2014", IdentifierKind::DateOfBirth),
                 Strings{"born on the 1st of Sept 2014"});
        QVERIFY(scanForIdentifiers("DOB 1/1/2015")[0].strong);
    }

    void nhsNumbersWithTheCheckDigit()
    {
        const auto valid = scanForIdentifiers("NHS no 943 476 5919 on the letter");
        QCOMPARE(valid.size(), std::size_t(1));
        QVERIFY(valid[0].kind == IdentifierKind::NhsNumber && valid[0].strong);
        QCOMPARE(valid[0].length, std::size_t(12));
        QCOMPARE(found("ref 9434765919.", IdentifierKind::NhsNumber), Strings{"9434765919"});
        QCOMPARE(found("943-476-5919", IdentifierKind::NhsNumber), Strings{"943-476-5919"});
        const auto weak = scanForIdentifiers("number 9434765918 on file");
        QCOMPARE(weak.size(), std::size_t(1));
        QVERIFY(!weak[0].strong); // wrong check digit: still shaped like one, so a softer hint
        QVERIFY(weak[0].message.find("could be") != std::string::npos);
        QVERIFY(scanForIdentifiers("4010232137")[0].strong); // check digit 11 → 0
    }

    void postcodes()
    {
        for (const char *code : {"SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A1BB", "W1A 0AX"}) {
            QCOMPARE(found(std::string("Home is near ") + code + ".", IdentifierKind::Postcode), Strings{code});
        }
        QCOMPARE(found("The family lives at flat 2, m1 1ae now.", IdentifierKind::Postcode), Strings{"m1 1ae"});
        QVERIFY(found("QX1 1AA", IdentifierKind::Postcode).empty()); // Q never starts a postcode
        QVERIFY(found("M1 1CI", IdentifierKind::Postcode).empty());  // C and I never end one
    }

    void ordinaryAuditProseRaisesNothing()
    {
        const std::string prose =
            "The child was seen alone on 12 March 2026 by the health visitor. Strategy discussion minutes were "
            "shared with Police on 3/4/2026 but not with the school. The referral was called in by the nursery and "
            "the named nurse was informed the same day. Mum said he was known as a quiet child. Level 3 need at the "
            "start; 10 reviews over 24 months; the first response took 14 days. Called Police at 14:30 and the EDT "
            "on 0161 496 0123. The baby was born prematurely and seen again on 12/03/2026. KS2 results were shared "
            "at the CP conference in Year 6. Case EH-2026-0412, reference 2026/11/26. Escalation was made to the "
            "CSC team manager, named in the log. Called CSC and the MASH. The plan, called Team Around the Family, "
            "was reviewed. Budget line 12500000. Time 09:30-10:45. The GP was aware. Step down in May 2025 after "
            "the birth of a sibling on the ward. Seen at home by the SW1 team.";
        const auto hints = scanForIdentifiers(prose);
        for (const IdentifierHint &h : hints) {
            qWarning("unexpected hint: %s", prose.substr(h.offset, h.length).c_str());
        }
        QVERIFY(hints.empty());
        QVERIFY(scanForIdentifiers("").empty());
        QVERIFY(scanForIdentifiers("called").empty());
        QVERIFY(scanForIdentifiers("DOB").empty());
        QVERIFY(scanForIdentifiers("12345678901").empty()); // eleven digits: a phone number, not an NHS number
        QVERIFY(scanForIdentifiers("123456789").empty());
    }

    void longTextStaysCheap()
    {
        std::string text;
        while (text.size() < 2'000'000) {
            text += "Seen on 12/03/2026 with the school; minutes shared with police. ";
        }
        QVERIFY(scanForIdentifiers(text).empty());
    }
};

QTEST_APPLESS_MAIN(TestIdentifierScan)
#include "tst_identifier_scan.moc"
