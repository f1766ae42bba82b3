// `maqa-cli office init | status | key export | key import | template add`: the office's store, its key pair (and
// the encrypted backup that lets a second office machine open returns), its server and the templates it publishes.
#include "Args.h"
#include "Command.h"
#include "OfficeCli.h"
#include "Passphrase.h"

#include "app/controllers/TemplateCatalog.h"
#include "client/office/OfficeConnection.h"
#include "core/crypto/Envelope.h"
#include "core/util/Error.h"
#include "store/fs/PrivateFiles.h"
#include "store/office/OfficeAuditRepository.h"
#include "store/office/OfficeKeyRepository.h"
#include "store/office/OfficeReturnRepository.h"
#include "store/office/QuarantineRepository.h"
#include "store/office/ReviewRepository.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <ostream>

using maqa::core::Error;
using maqa::core::ErrorKind;
using nlohmann::json;

namespace maqa::cli {
namespace {

using Operation = client::OfficeSync::Operation;

core::KdfParams kdfFrom(const Args &args)
{
    const std::string profile = args.option("kdf").value_or("standard");
    if (profile == "standard" || profile == "minimum") {
        return profile == "standard" ? core::KdfParams::standard() : core::KdfParams::minimum();
    }
    throw Error(ErrorKind::Invalid, "--kdf must be 'standard' or 'minimum'.");
}

bool activeKeyRegistered(store::office::OfficeKeyRepository &keys)
{
    for (const store::office::OfficeKeyInfo &info : keys.keys()) {
        if (info.active) {
            return info.registeredAt.has_value();
        }
    }
    return false;
}

std::string readBackupPassphrase()
{
    return readPassphrase("MAQA_BACKUP_PASSPHRASE", "Passphrase of the key backup: ");
}

// Publishes the templates Maqa ships that the server lacks, so audits can use them at once. A server holding other
// bytes under the same version keeps them; that is said, not hidden.
json publishShippedTemplates(OfficeSession &session, std::ostream &err)
{
    json published = json::array();
    for (const QString &file : TemplateCatalog::shippedTemplateFiles()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            throw Error(ErrorKind::Internal, "The shipped template " + file.toStdString() + " cannot be read.");
        }
        const std::string body = in.readAll().toStdString();
        try {
            const std::string message =
                runOperation(*session.sync, Operation::AddTemplate, [&] { session.sync->addTemplate(body); });
            published.push_back(message);
        } catch (const Error &e) {
            err << "maqa-cli: warning: " << e.what() << "\n";
        }
    }
    return published;
}

int init(CommandContext &ctx)
{
    const std::string dir = ctx.args.required("data");
    const QString server = QString::fromStdString(ctx.args.required("server"));
    const std::string token =
        ctx.args.option("token").value_or(qEnvironmentVariable("MAQA_OFFICE_TOKEN").toStdString());
    if (token.empty()) {
        throw Error(ErrorKind::Invalid, "Give the office token with --token or MAQA_OFFICE_TOKEN.");
    }
    std::string passphrase = readStorePassphrase();
    std::unique_ptr<store::Store> store;
    if (store::Store::exists(dir)) {
        store = store::Store::open(dir, passphrase);
    } else {
        store::StoreOptions options;
        options.kdf = kdfFrom(ctx.args);
        store = store::Store::create(dir, passphrase, options);
    }
    core::wipeString(passphrase);
    OfficeSession session(std::move(store));
    if (client::OfficeConnection::isOfficeStore(*session.store) && activeKeyRegistered(session.office->keys())) {
        throw Error(ErrorKind::Refused, "The office in " + dir +
                                            " is already set up and its key registered; use "
                                            "maqa-cli office pull.");
    }
    if (const auto backup = ctx.args.option("key-backup")) {
        std::string backupPassphrase = readBackupPassphrase();
        session.office->keys().importBackup(*backup, backupPassphrase, cliActor());
        core::wipeString(backupPassphrase);
    }
    const std::string message = runOperation(*session.sync, Operation::SetUp, [&] {
        session.sync->setUp(server, QString::fromStdString(token),
                            QString::fromStdString(ctx.args.option("ca").value_or("")));
    });
    const json templates = ctx.args.flag("no-templates") ? json::array() : publishShippedTemplates(session, ctx.err);
    const std::optional<core::envelope::BoxKeyPair> key = session.office->keys().activeKey();
    ctx.out << json{{"data_dir", dir},
                    {"server", session.sync->serverUrl().toStdString()},
                    {"role", "office"},
                    {"key_id", key ? core::envelope::keyId(key->publicKey) : ""},
                    {"templates", templates}}
                   .dump(2)
            << "\n";
    ctx.err << message << "\n";
    return ExitOk;
}

int status(CommandContext &ctx)
{
    OfficeSession session = openOffice(ctx.args);
    store::office::OfficeStore &office = *session.office;
    json keys = json::array();
    for (const store::office::OfficeKeyInfo &k : office.keys().keys()) {
        keys.push_back({{"key_id", k.keyId}, {"active", k.active}, {"registered", k.registeredAt.has_value()}});
    }
    json quarantine = json::array();
    for (const store::office::QuarantineRecord &q : office.quarantine().list()) {
        quarantine.push_back({{"id", q.id},
                              {"uuid", q.claimed.ref.uuid},
                              {"revision", q.claimed.ref.revision},
                              {"case_code", q.claimed.caseCode},
                              {"agency", q.claimed.agency},
                              {"reason", core::office::toString(q.reason)},
                              {"message", q.message}});
    }
    ctx.out << json{{"server", session.sync->serverUrl().toStdString()},
                    {"set_up", session.sync->isSetUp()},
                    {"keys", keys},
                    {"devices", office.keys().devices().size()},
                    {"audits", office.audits().list().size()},
                    {"returns", office.returns().count()},
                    {"reviews_to_send", office.reviews().toSend().size()},
                    {"quarantine", quarantine},
                    {"last_sync", session.sync->lastSuccess().toString(Qt::ISODate).toStdString()},
                    {"last_summary", session.sync->lastSummary().toStdString()},
                    {"last_error", session.sync->lastError().toStdString()}}
                   .dump(2)
            << "\n";
    return ExitOk;
}

int keyExport(CommandContext &ctx)
{
    OfficeSession session = openOffice(ctx.args);
    const std::string out = ctx.args.required("out");
    std::string backupPassphrase = readBackupPassphrase();
    session.office->keys().exportBackup(out, backupPassphrase, cliActor(), kdfFrom(ctx.args));
    core::wipeString(backupPassphrase);
    ctx.err << "The office key is backed up, encrypted with the backup passphrase, in " << out
            << ". Keep the file and the passphrase apart.\n";
    return ExitOk;
}

int keyImport(CommandContext &ctx)
{
    if (ctx.args.positionals().size() != 1) {
        throw Error(ErrorKind::Invalid, "Name one backup file. Usage: maqa-cli office key import --data DIR FILE");
    }
    OfficeSession session = openOffice(ctx.args);
    std::string backupPassphrase = readBackupPassphrase();
    const core::envelope::BoxKeyPair pair =
        session.office->keys().importBackup(ctx.args.positionals()[0], backupPassphrase, cliActor());
    core::wipeString(backupPassphrase);
    ctx.out << core::envelope::keyId(pair.publicKey) << "\n";
    ctx.err << "The key is imported and active"
            << (activeKeyRegistered(session.office->keys()) ? "." : "; the next office pull registers it.") << "\n";
    return ExitOk;
}

int templateAdd(CommandContext &ctx)
{
    if (ctx.args.positionals().empty()) {
        throw Error(ErrorKind::Invalid, "Name at least one template file. Usage: maqa-cli office template add --data "
                                        "DIR FILE...");
    }
    OfficeSession session = openOffice(ctx.args);
    for (const std::string &file : ctx.args.positionals()) {
        const std::string body = store::readSmallFile(file, 16u << 20);
        ctx.err << runOperation(*session.sync, Operation::AddTemplate, [&] { session.sync->addTemplate(body); })
                << "\n";
    }
    return ExitOk;
}

const bool registered =
    registerCommand({"office init",
                     "--data DIR --server URL --token TOKEN [--ca FILE] [--kdf standard|minimum] [--key-backup FILE] "
                     "[--no-templates]",
                     "Create the office's store and key pair (or import it from a backup), register the key with the "
                     "server and publish the shipped templates (token also from MAQA_OFFICE_TOKEN).",
                     {"data", "server", "token", "ca", "kdf", "key-backup"},
                     {"no-templates"},
                     init}) &&
    registerCommand({"office status",
                     "--data DIR",
                     "Print the office's server, keys, counts, quarantine and last sync as JSON.",
                     {"data"},
                     {},
                     status}) &&
    registerCommand({"office key export",
                     "--data DIR --out FILE [--kdf standard|minimum]",
                     "Write an encrypted backup of the office key (passphrase from MAQA_BACKUP_PASSPHRASE or stdin).",
                     {"data", "out", "kdf"},
                     {},
                     keyExport}) &&
    registerCommand({"office key import",
                     "--data DIR FILE",
                     "Import the office key from an encrypted backup and make it active; prints its key id.",
                     {"data"},
                     {},
                     keyImport}) &&
    registerCommand({"office template add",
                     "--data DIR FILE...",
                     "Publish template files to the server (devices get them with their assignments).",
                     {"data"},
                     {},
                     templateAdd});

} // namespace
} // namespace maqa::cli
