// Agencies cannot write each other's returns: a device may not overwrite another agency's return (same uuid and
// revision: 409) nor add a revision to it (a later revision of a uuid another agency stored). Reading is covered by
// tests/server (tst_server_returns: reviewStatesFlowBackWithCursors, foreignAgencyAndDeviceAreRefused).
#include "ServerUnderTest.h"

#include "core/util/Uuid.h"

#include <QTest>

using namespace maqa;
using namespace maqa::test;

class CrossAgencyReturns : public QObject
{
    Q_OBJECT
private slots:
    void anotherAgencyCannotOverwriteOrReviseAReturn()
    {
        ServerUnderTest server;
        const EnrolledDevice gp = server.enrol("gp");
        const EnrolledDevice police = server.enrol("police");
        const std::string uuid = core::newUuid();
        QCOMPARE(server.put(server.seal(gp, uuid, 1, {{"evidence", "gp's answer"}}), gp.token).first, 201);

        QCOMPARE(server.put(server.seal(police, uuid, 1, {{"evidence", "police"}}), police.token).first, 409);
        const Answer revised = server.put(server.seal(police, uuid, 2, {{"evidence", "police"}}), police.token);
        QVERIFY2(revised.first == 403,
                 ("police added revision 2 of gp's return: " + std::to_string(revised.first) + " " + revised.second)
                     .c_str());
        // gp itself may still resubmit its own return.
        QCOMPARE(server.put(server.seal(gp, uuid, 2, {{"evidence", "gp, corrected"}}), gp.token).first, 201);
    }
};

QTEST_GUILESS_MAIN(CrossAgencyReturns)
#include "tst_cross_agency_returns.moc"
