// maqa_sync_server_sql: one SQL statement on a maqa-server database (--data DIR | --db URL), in its own process: a
// test holding a SQLCipher store must not also load Qt's SQLite driver (two SQLite copies in one process).
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 3 || (args[0] != "--data" && args[0] != "--db")) {
        std::fprintf(stderr, "usage: maqa_sync_server_sql --data DIR | --db URL SQL\n");
        return 2;
    }
    QSqlDatabase db;
    if (args[0] == "--data") {
        db = QSqlDatabase::addDatabase("QSQLITE");
        db.setDatabaseName(args[1] + "/maqa-server.db");
        db.setConnectOptions("QSQLITE_BUSY_TIMEOUT=10000");
    } else {
        const QUrl url(args[1]);
        db = QSqlDatabase::addDatabase("QPSQL");
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
    }
    if (!db.open()) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(db.lastError().text()));
        return 1;
    }
    QSqlQuery query(db);
    if (!query.exec(args[2])) {
        std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
        return 1;
    }
    std::printf("%d\n", query.numRowsAffected());
    return 0;
}
