// Tests of sealing and opening returns: the round trip, and every way a sealed return can be wrong on arrival
// (a flipped byte, the wrong office key, the wrong device key, truncation, metadata swapped after sealing).
#include "protocol/Sealing.h"

#include "core/crypto/Envelope.h"
#include "core/crypto/Sodium.h"
#include "core/util/Error.h"
#include "core/util/Uuid.h"

#include <QTest>

using namespace maqa;
using core::Error;
using core::ErrorKind;
namespace env = core::envelope;

// JSON values compare by their text, which QtTest can print when they differ.
#define QCOMPARE_JSON(actual, expected) QCOMPARE((actual).dump(), (expected).dump())

namespace {

protocol::ReturnPayload samplePayload(const env::BoxKeyPair &office)
{
    protocol::ReturnPayload p;
    p.metadata.uuid = core::newUuid();
    p.metadata.revision = 1;
    p.metadata.auditId = core::newUuid();
    p.metadata.caseCode = "EH-0042";
    p.metadata.agency = "police";
    p.metadata.templateId = "early-help";
    p.metadata.templateVersion = 3;
    p.metadata.kind = "audit";
    p.metadata.deviceId = core::newUuid();
    p.metadata.keyId = env::keyId(office.publicKey);
    p.metadata.createdAt = "2026-11-20T09:15:00Z";
    p.metadata.submittedAt = "2026-11-26T14:30:00Z";
    p.answers = {{"seen_alone", "yes"}, {"evidence", "Seen at school on 3 occasions."}};
    p.note = "First submission.";
    p.appVersion = "0.1.0";
    return p;
}

ErrorKind kindOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        return e.kind();
    }
    return ErrorKind::Internal; // nothing thrown: callers compare against the kind they expect
}

} // namespace

class TestEnvelopeCrypto : public QObject
{
    Q_OBJECT
private slots:
    void keyPairsHaveExpectedSizesAndRebuildFromSecrets()
    {
        const env::SigningKeyPair device = env::SigningKeyPair::generate();
        QCOMPARE(device.publicKey.size(), env::kSignPublicKeySize);
        QCOMPARE(device.secretKey.size(), env::kSignSecretKeySize);
        QCOMPARE(env::SigningKeyPair::fromSecretKey(device.secretKey.span()).publicKey, device.publicKey);
        const env::BoxKeyPair office = env::BoxKeyPair::generate();
        QCOMPARE(env::BoxKeyPair::fromSecretKey(office.secretKey.span()).publicKey, office.publicKey);
        QCOMPARE(env::keyId(office.publicKey).size(), std::size_t(16));
        QCOMPARE(env::keyId(office.publicKey), core::sha256Hex(office.publicKey).substr(0, 16));
        QVERIFY_THROWS_EXCEPTION(Error, env::BoxKeyPair::fromSecretKey(core::Bytes(31)));
    }

    void sealOpenVerifyRoundTrip()
    {
        const env::SigningKeyPair device = env::SigningKeyPair::generate();
        const env::BoxKeyPair office = env::BoxKeyPair::generate();
        const std::string payload = "{\"answers\":{\"q\":\"yes\"}}";
        const core::Bytes sealed = env::seal(core::asBytes(payload), device.secretKey, office.publicKey);
        QCOMPARE(sealed.size(), env::sealedSize(payload.size()));
        const env::Opened opened = env::open(sealed, office);
        QCOMPARE(std::string(opened.payload.begin(), opened.payload.end()), payload);
        QVERIFY(env::verify(opened.payload, opened.signature, device.publicKey));
        // Sealing is randomised: the same payload never gives the same bytes twice.
        QVERIFY(env::seal(core::asBytes(payload), device.secretKey, office.publicKey) != sealed);
    }

    void tamperedByteIsRefused()
    {
        const env::SigningKeyPair device = env::SigningKeyPair::generate();
        const env::BoxKeyPair office = env::BoxKeyPair::generate();
        core::Bytes sealed = env::seal(core::asBytes(std::string("payload")), device.secretKey, office.publicKey);
        for (std::size_t at : {std::size_t(0), std::size_t(40), sealed.size() - 1}) {
            core::Bytes copy = sealed;
            copy[at] ^= 0x01;
            QCOMPARE(kindOf([&] { env::open(copy, office); }), ErrorKind::Corrupt);
        }
    }

    void wrongOfficeKeyIsRefused()
    {
        const env::SigningKeyPair device = env::SigningKeyPair::generate();
        const env::BoxKeyPair office = env::BoxKeyPair::generate();
        const env::BoxKeyPair other = env::BoxKeyPair::generate();
        const core::Bytes sealed = env::seal(core::asBytes(std::string("payload")), device.secretKey, office.publicKey);
        QCOMPARE(kindOf([&] { env::open(sealed, other); }), ErrorKind::Corrupt);
    }

    void wrongDeviceKeyFailsVerification()
    {
        const env::SigningKeyPair device = env::SigningKeyPair::generate();
        const env::SigningKeyPair impostor = env::SigningKeyPair::generate();
        const env::BoxKeyPair office = env::BoxKeyPair::generate();
        const env::Opened opened =
            env::open(env::seal(core::asBytes(std::string("payload")), impostor.secretKey, office.publicKey), office);
        QVERIFY(env::verify(opened.payload, opened.signature, impostor.publicKey));
        QVERIFY(!env::verify(opened.payload, opened.signature, device.publicKey));

        // The protocol-level open names the signature as the problem.
        const protocol::ReturnPayload payload = samplePayload(office);
        const protocol::Envelope envelope = protocol::sealReturn(payload, impostor.secretKey, office.publicKey);
        try {
            protocol::openReturn(envelope, office, device.publicKey);
            QFAIL("a return signed by another device was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Corrupt);
            QVERIFY(std::string(e.what()).find("signature") != std::string::npos);
        }
    }

    void truncatedIsRefused()
    {
        const env::SigningKeyPair device = env::SigningKeyPair::generate();
        const env::BoxKeyPair office = env::BoxKeyPair::generate();
        const core::Bytes sealed = env::seal(core::asBytes(std::string("payload")), device.secretKey, office.publicKey);
        for (std::size_t keep : {std::size_t(0), std::size_t(47), std::size_t(111), sealed.size() - 1}) {
            const core::Bytes cut(sealed.begin(), sealed.begin() + static_cast<std::ptrdiff_t>(keep));
            QCOMPARE(kindOf([&] { env::open(cut, office); }), ErrorKind::Corrupt);
        }
    }

    void returnRoundTripThroughEnvelopeJson()
    {
        const env::SigningKeyPair device = env::SigningKeyPair::generate();
        const env::BoxKeyPair office = env::BoxKeyPair::generate();
        const protocol::ReturnPayload payload = samplePayload(office);
        const protocol::Envelope sealed = protocol::sealReturn(payload, device.secretKey, office.publicKey);
        const std::string wire = sealed.serialize();
        QVERIFY(wire.find("Seen at school") == std::string::npos); // answers never travel in the clear
        const protocol::Envelope received = protocol::Envelope::parse(wire);
        QCOMPARE(received.metadata, payload.metadata);
        const protocol::OpenedReturn opened = protocol::openReturn(received, office, device.publicKey);
        QCOMPARE_JSON(opened.payload.answers, payload.answers);
        QCOMPARE(opened.payload.note, payload.note);
        QCOMPARE(opened.payloadText, payload.serialize());
    }

    void swappedMetadataIsDetected()
    {
        const env::SigningKeyPair device = env::SigningKeyPair::generate();
        const env::BoxKeyPair office = env::BoxKeyPair::generate();
        const protocol::ReturnPayload payload = samplePayload(office);
        protocol::Envelope envelope = protocol::sealReturn(payload, device.secretKey, office.publicKey);
        envelope.metadata.caseCode = "EH-0043"; // a relay pins the answers on another child
        envelope.metadata.revision = 2;
        try {
            protocol::openReturn(envelope, office, device.publicKey);
            QFAIL("an envelope with swapped metadata was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Corrupt);
            QVERIFY(std::string(e.what()).find("case_code") != std::string::npos);
        }
        protocol::ReturnPayload opened = payload;
        QCOMPARE(protocol::envelopeMatchesPayload(envelope, opened, static_cast<std::size_t>(envelope.plainSize)),
                 (std::vector<std::string>{"revision", "case_code"}));
        QCOMPARE(protocol::envelopeMatchesPayload(envelope, opened, 5),
                 (std::vector<std::string>{"revision", "case_code", "plain_size"}));
    }

    void sealingRefusesAPayloadNamingAnotherOfficeKey()
    {
        const env::SigningKeyPair device = env::SigningKeyPair::generate();
        const env::BoxKeyPair office = env::BoxKeyPair::generate();
        const env::BoxKeyPair rotated = env::BoxKeyPair::generate();
        const protocol::ReturnPayload payload = samplePayload(office);
        QCOMPARE(kindOf([&] { protocol::sealReturn(payload, device.secretKey, rotated.publicKey); }),
                 ErrorKind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestEnvelopeCrypto)
#include "tst_envelope_crypto.moc"
