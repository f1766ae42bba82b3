// The office commands' shared pieces (see OfficeCli.h). An operation is waited for in a local event loop; its
// signal may only arrive after start() returns, but the loop is entered only if it has not arrived yet anyway.
#include "OfficeCli.h"

#include "Args.h"
#include "Passphrase.h"

#include "client/office/OfficeConnection.h"
#include "core/util/Error.h"

#include <QDate>
#include <QEventLoop>

#include <optional>

namespace maqa::cli {

using core::Error;
using core::ErrorKind;

OfficeSession::OfficeSession(std::unique_ptr<store::Store> opened)
    : store(std::move(opened))
    , office(std::make_unique<store::office::OfficeStore>(*store))
{
    client::OfficeSyncOptions options;
    options.actor = cliActor();
    sync = std::make_unique<client::OfficeSync>(options);
    sync->attach(store.get(), office.get());
}

OfficeSession::~OfficeSession()
{
    if (sync) {
        sync->detach();
    }
}

std::string cliActor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return user.isEmpty() ? std::string("maqa-cli") : "maqa-cli (" + user.toStdString() + ")";
}

OfficeSession openOffice(const Args &args)
{
    const std::string dir = args.required("data");
    std::string passphrase = readStorePassphrase();
    std::unique_ptr<store::Store> store = store::Store::open(dir, passphrase);
    core::wipeString(passphrase);
    if (!client::OfficeConnection::isOfficeStore(*store)) {
        throw Error(ErrorKind::Refused, "The store in " + dir +
                                            " is not the partnership office's; set one up with "
                                            "maqa-cli office init.");
    }
    return OfficeSession(std::move(store));
}

std::string runOperation(client::OfficeSync &sync, client::OfficeSync::Operation operation,
                         const std::function<void()> &start)
{
    std::optional<std::pair<bool, QString>> result;
    QEventLoop loop;
    const QMetaObject::Connection connection =
        QObject::connect(&sync, &client::OfficeSync::operationFinished, &loop,
                         [&](client::OfficeSync::Operation finished, bool ok, const QString &message) {
                             if (finished == operation && !result) {
                                 result = std::make_pair(ok, message);
                                 loop.quit();
                             }
                         });
    start();
    if (!result) {
        loop.exec();
    }
    QObject::disconnect(connection);
    if (!result->first) {
        throw Error(ErrorKind::Refused, result->second.toStdString());
    }
    return result->second.toStdString();
}

std::string localToday()
{
    return QDate::currentDate().toString(Qt::ISODate).toStdString();
}

} // namespace maqa::cli
