// Tests of the libsodium helpers every layer shares: secret buffers, encodings, UUIDs, agency slugs.
// They pin the exact encodings other parts (key file, envelope, server tokens) depend on.
#include "core/crypto/Sodium.h"
#include "core/domain/Agencies.h"
#include "core/util/Error.h"
#include "core/util/Uuid.h"

#include <QTest>

#include <set>

using namespace maqa::core;

class TestSodium : public QObject
{
    Q_OBJECT
private slots:
    void hexRoundTripAndRejectsMalformed()
    {
        const Bytes b{0x00, 0x7f, 0xff, 0x10};
        QCOMPARE(toHex(b), std::string("007fff10"));
        QCOMPARE(fromHex("007fff10"), b);
        QVERIFY_THROWS_EXCEPTION(Error, fromHex("abc"));
        QVERIFY_THROWS_EXCEPTION(Error, fromHex("zz"));
    }
    void base64RoundTripAndRejectsMalformed()
    {
        QCOMPARE(toBase64(asBytes("Maqa")), std::string("TWFxYQ=="));
        const Bytes decoded = fromBase64("TWFxYQ==");
        QCOMPARE(std::string(decoded.begin(), decoded.end()), std::string("Maqa"));
        QCOMPARE(fromBase64("").size(), std::size_t(0));
        QVERIFY_THROWS_EXCEPTION(Error, fromBase64("TWFxYQ=!"));
        QVERIFY_THROWS_EXCEPTION(Error, fromBase64("TWFx YQ=="));
    }
    void sha256MatchesKnownVector()
    {
        QCOMPARE(sha256Hex(std::string_view("abc")),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
    void secureBytesMoveAndWipe()
    {
        SecureBytes a = SecureBytes::random(32);
        QCOMPARE(a.size(), std::size_t(32));
        SecureBytes b = std::move(a);
        QVERIFY(a.empty());
        QCOMPARE(b.size(), std::size_t(32));
        const Bytes copy(b.data(), b.data() + b.size());
        QVERIFY(constantTimeEqual(copy, b.span()));
        b.wipe();
        QVERIFY(b.empty());
        QVERIFY(!constantTimeEqual(copy, Bytes(31)));
    }
    void uuidsAreVersion4AndUnique()
    {
        std::set<std::string> seen;
        for (int i = 0; i < 1000; ++i) {
            const std::string id = newUuid();
            QVERIFY(isUuid(id));
            QCOMPARE(id[14], '4');
            QVERIFY(std::string("89ab").find(id[19]) != std::string::npos);
            seen.insert(id);
        }
        QCOMPARE(seen.size(), std::size_t(1000));
        QVERIFY(!isUuid("not-a-uuid"));
        QVERIFY(!isUuid("6F9619FF-8B86-D011-B42D-00C04FC964FF")); // upper case is not canonical
    }
    void agencySlugs()
    {
        QVERIFY(isAgencySlug("police"));
        QVERIFY(isAgencySlug("mental_health"));
        QVERIFY(!isAgencySlug(""));
        QVERIFY(!isAgencySlug("Police"));
        QVERIFY(!isAgencySlug("1gp"));
        QVERIFY(!isAgencySlug("a b"));
        QCOMPARE(agencyName("csc"), std::string_view("Children's Social Care"));
        QCOMPARE(agencyName("unknown"), std::string_view("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestSodium)
#include "tst_sodium.moc"
