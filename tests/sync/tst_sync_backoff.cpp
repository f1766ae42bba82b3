// Retry timing and the retry rules: full-jitter bounds, the cap, Retry-After (seconds and dates, never undercut),
// and the verdict on each kind of answer — a 4xx other than 408/429 is never retried.
#include "client/ApiResponse.h"
#include "client/Backoff.h"

#include <QTest>

#include <vector>

using namespace maqa::client;
using std::chrono::milliseconds;

namespace {

UniformSource fixed(double u)
{
    return [u] { return u; };
}

ApiResponse answer(int status, const std::string &error = {}, bool wipe = false)
{
    ApiResponse r;
    r.status = status;
    if (!error.empty()) {
        r.error = maqa::protocol::ErrorBody{error, "A sentence.", wipe};
    }
    return r;
}

} // namespace

class TestSyncBackoff : public QObject
{
    Q_OBJECT

private slots:
    void ceilingDoublesUpToTheCap()
    {
        const BackoffPolicy policy{milliseconds(1000), milliseconds(300000), milliseconds(3600000)};
        QCOMPARE(backoffCeiling(policy, 1), milliseconds(1000));
        QCOMPARE(backoffCeiling(policy, 2), milliseconds(2000));
        QCOMPARE(backoffCeiling(policy, 5), milliseconds(16000));
        QCOMPARE(backoffCeiling(policy, 9), milliseconds(256000));
        QCOMPARE(backoffCeiling(policy, 10), milliseconds(300000));
        QCOMPARE(backoffCeiling(policy, 1000000), milliseconds(300000)); // no overflow past the cap
        QCOMPARE(backoffCeiling(policy, 0), milliseconds(1000));
    }

    void fullJitterSpansZeroToTheCeiling()
    {
        const BackoffPolicy policy{milliseconds(1000), milliseconds(300000), milliseconds(3600000)};
        QCOMPARE(fullJitterDelay(policy, 3, fixed(0.0)), milliseconds(0));
        QCOMPARE(fullJitterDelay(policy, 3, fixed(0.5)), milliseconds(2000));
        QCOMPARE(fullJitterDelay(policy, 3, fixed(0.999999999)), milliseconds(4000));
        QCOMPARE(fullJitterDelay(policy, 30, fixed(0.999999999)), milliseconds(300000));
        // The real generator stays in bounds and actually spreads the delays.
        milliseconds lowest = milliseconds::max(), highest = milliseconds(0);
        for (int i = 0; i < 2000; ++i) {
            const milliseconds d = fullJitterDelay(policy, 6);
            QVERIFY(d >= milliseconds(0) && d <= milliseconds(32000));
            lowest = std::min(lowest, d);
            highest = std::max(highest, d);
        }
        QVERIFY(lowest < milliseconds(8000));
        QVERIFY(highest > milliseconds(24000));
    }

    void retryAfterIsNeverUndercut()
    {
        const BackoffPolicy policy{milliseconds(1000), milliseconds(300000), milliseconds(60000)};
        // Jitter below the server's wish: the wish wins, whatever the draw.
        QCOMPARE(retryDelay(policy, 1, milliseconds(5000), fixed(0.0)), milliseconds(5000));
        QCOMPARE(retryDelay(policy, 1, milliseconds(5000), fixed(0.99)), milliseconds(5000));
        // Jitter above it (many failures already): the longer wait stands.
        QCOMPARE(retryDelay(policy, 6, milliseconds(5000), fixed(0.5)), milliseconds(16000));
        // An absurd Retry-After is clamped.
        QCOMPARE(retryDelay(policy, 1, milliseconds(86400000), fixed(0.0)), milliseconds(60000));
        // Without one, plain full jitter.
        QCOMPARE(retryDelay(policy, 2, std::nullopt, fixed(0.25)), milliseconds(500));
    }

    void retryAfterHeaderForms()
    {
        const QDateTime now = QDateTime::fromString("2026-11-26T10:00:00Z", Qt::ISODate);
        QCOMPARE(parseRetryAfter("120", now), std::optional<milliseconds>(milliseconds(120000)));
        QCOMPARE(parseRetryAfter(" 7 ", now), std::optional<milliseconds>(milliseconds(7000)));
        QCOMPARE(parseRetryAfter("0", now), std::optional<milliseconds>(milliseconds(0)));
        QCOMPARE(parseRetryAfter("Thu, 26 Nov 2026 10:00:30 GMT", now),
                 std::optional<milliseconds>(milliseconds(30000)));
        QCOMPARE(parseRetryAfter("Thu, 26 Nov 2026 09:00:00 GMT", now), std::optional<milliseconds>(milliseconds(0)));
        QCOMPARE(parseRetryAfter("", now), std::nullopt);
        QCOMPARE(parseRetryAfter("-5", now), std::nullopt);
        QCOMPARE(parseRetryAfter("soon", now), std::nullopt);
    }

    void verdicts_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("wipe");
        QTest::addColumn<int>("verdict");
        const auto row = [](const char *name, int status, const char *error, bool wipe, Verdict v) {
            QTest::newRow(name) << status << QString(error) << wipe << int(v);
        };
        row("201 stored", 201, "", false, Verdict::Success);
        row("200 already stored", 200, "", false, Verdict::Success);
        row("no answer", 0, "", false, Verdict::Retry);
        row("408", 408, "", false, Verdict::Retry);
        row("429", 429, "rate_limited", false, Verdict::Retry);
        row("500", 500, "internal", false, Verdict::Retry);
        row("502 from a gateway", 502, "", false, Verdict::Retry);
        row("503", 503, "unavailable", false, Verdict::Retry);
        row("400", 400, "invalid_json", false, Verdict::Refused);
        row("403 foreign agency", 403, "foreign_agency", false, Verdict::Refused);
        row("404", 404, "not_found", false, Verdict::Refused);
        row("409 conflict", 409, "conflict", false, Verdict::Refused);
        row("413", 413, "payload_too_large", false, Verdict::Refused);
        row("415", 415, "unsupported_media_type", false, Verdict::Refused);
        row("302 redirect", 302, "", false, Verdict::Refused);
        row("401 bad token", 401, "unauthorized", false, Verdict::DeviceRefused);
        row("401 without a body", 401, "", false, Verdict::DeviceRefused);
        row("403 not a device route", 403, "forbidden", false, Verdict::DeviceRefused);
        row("401 revoked", 401, "revoked", true, Verdict::Wipe);
    }

    void verdicts()
    {
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(bool, wipe);
        QFETCH(int, verdict);
        QCOMPARE(int(verdictOf(answer(status, error.toStdString(), wipe))), verdict);
    }

    void refusalsAreDescribedWithTheServersSentence()
    {
        ApiResponse conflict = answer(409, "conflict");
        conflict.error->message = "A different return is already stored as x revision 1.";
        QCOMPARE(describe(conflict), QStringLiteral("A different return is already stored as x revision 1."));
        ApiResponse gateway = answer(502);
        QVERIFY(describe(gateway).contains("502"));
        ApiResponse lost;
        lost.transport = "the server did not answer (connection refused)";
        QCOMPARE(describe(lost), lost.transport);
    }
};

QTEST_GUILESS_MAIN(TestSyncBackoff)
#include "tst_sync_backoff.moc"
