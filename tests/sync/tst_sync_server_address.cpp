// The server address rules: https:// anywhere, plain http:// only to loopback, with a message that says why, and
// API URLs built below /api/v1 whatever path prefix the office's server sits under.
#include "client/ServerAddress.h"

#include "core/util/Error.h"

#include <QTest>

using maqa::client::ServerAddress;
using maqa::core::Error;
using maqa::core::ErrorKind;

class TestSyncServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void acceptsTlsAndLoopback_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("api");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("https") << "https://maqa.example.org"
                               << "https://maqa.example.org/api/v1/config" << false;
        QTest::newRow("https with port and prefix") << "https://lscp.example.org:8443/maqa/"
                                                    << "https://lscp.example.org:8443/maqa/api/v1/config" << false;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8787"
                                        << "http://127.0.0.1:8787/api/v1/config" << true;
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3:80"
                                        << "http://127.1.2.3:80/api/v1/config" << true;
        QTest::newRow("http localhost") << " HTTP://localhost:8787 "
                                        << "http://localhost:8787/api/v1/config" << true;
        QTest::newRow("http ::1") << "http://[::1]:8787"
                                  << "http://[::1]:8787/api/v1/config" << true;
    }

    void acceptsTlsAndLoopback()
    {
        QFETCH(QString, typed);
        QFETCH(QString, api);
        QFETCH(bool, loopback);
        const ServerAddress address = ServerAddress::parse(typed);
        QCOMPARE(address.apiUrl("/config").toString(), api);
        QCOMPARE(address.isLoopback(), loopback);
    }

    void refusesPlainHttpOffTheMachine_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("name") << "http://maqa.example.org";
        QTest::newRow("LAN address") << "http://192.168.1.20:8787";
        QTest::newRow("name that looks local") << "http://localhost.example.org";
        QTest::newRow("all interfaces") << "http://0.0.0.0:8787";
    }

    void refusesPlainHttpOffTheMachine()
    {
        QFETCH(QString, typed);
        try {
            ServerAddress::parse(typed);
            QFAIL("plain http was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Refused);
            QVERIFY2(QString(e.what()).contains("unencrypted"), e.what());
        }
    }

    void refusesWhatIsNotAnAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << "";
        QTest::newRow("no scheme") << "maqa.example.org";
        QTest::newRow("ftp") << "ftp://maqa.example.org";
        QTest::newRow("user info") << "https://office:secret@maqa.example.org";
        QTest::newRow("query") << "https://maqa.example.org/?token=x";
    }

    void refusesWhatIsNotAnAddress()
    {
        QFETCH(QString, typed);
        try {
            ServerAddress::parse(typed);
            QFAIL("accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Invalid);
        }
    }

    void keepsQueries()
    {
        QUrlQuery query;
        query.addQueryItem("after", "42");
        QCOMPARE(ServerAddress::parse("https://maqa.example.org").apiUrl("/reviews", query).toString(),
                 QStringLiteral("https://maqa.example.org/api/v1/reviews?after=42"));
    }
};

QTEST_GUILESS_MAIN(TestSyncServerAddress)
#include "tst_sync_server_address.moc"
