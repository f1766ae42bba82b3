// `maqa-cli init | status | verify | passphrase`: create, inspect, check and rekey the encrypted store.
// Passphrases come from MAQA_PASSPHRASE (and MAQA_NEW_PASSPHRASE) or stdin, never from the command line.
#include "Args.h"
#include "Command.h"
#include "Passphrase.h"

#include "core/util/Error.h"
#include "store/Store.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/Records.h"
#include "store/repos/ReturnRepository.h"
#include "store/repos/SettingsRepository.h"

#include <nlohmann/json.hpp>

#include <ostream>

using maqa::core::Error;
using maqa::core::ErrorKind;
using nlohmann::json;

namespace maqa::cli {
namespace {

core::KdfParams kdfFrom(const Args &args)
{
    const std::string profile = args.option("kdf").value_or("standard");
    if (profile == "standard") {
        return core::KdfParams::standard();
    }
    if (profile == "minimum") {
        return core::KdfParams::minimum();
    }
    throw Error(ErrorKind::Invalid, "--kdf must be 'standard' or 'minimum'.");
}

int init(CommandContext &ctx)
{
    const std::string dir = ctx.args.required("data");
    std::string passphrase = readStorePassphrase();
    store::StoreOptions options;
    options.kdf = kdfFrom(ctx.args);
    auto store = store::Store::create(dir, passphrase, options);
    core::wipeString(passphrase);
    ctx.err << "Created an encrypted store in " << dir << ".\n";
    return ExitOk;
}

json lockStateJson(const store::LockState &s, core::Millis now)
{
    return {{"failures", s.failures},
            {"failure_limit", s.failureLimit},
            {"retry_in_seconds", s.retryAt > now ? (s.retryAt - now + 999) / 1000 : 0},
            {"kdf", {{"algorithm", "argon2id13"}, {"ops_limit", s.kdf.opsLimit}, {"mem_limit", s.kdf.memLimit}}}};
}

int status(CommandContext &ctx)
{
    const std::string dir = ctx.args.required("data");
    store::Vault vault(dir);
    json out = {{"data_dir", dir}, {"exists", store::Store::exists(dir)}, {"unlocked", false}};
    if (!store::Store::exists(dir)) {
        ctx.out << out.dump(2) << "\n";
        ctx.err << "maqa-cli: There is no store in " << dir << ".\n";
        return ExitRefused;
    }
    out["lock"] = lockStateJson(vault.state(), core::systemNow());
    try {
        std::string passphrase = readStorePassphrase();
        auto store = store::Store::open(dir, passphrase);
        core::wipeString(passphrase);
        out["unlocked"] = true;
        out["schema_version"] = store->schemaVersion();
        int drafts = 0, submitted = 0, delivered = 0;
        for (const store::ReturnRecord &r : store->returns().listLatest()) {
            (r.status == store::ReturnStatus::Draft       ? drafts
             : r.status == store::ReturnStatus::Submitted ? submitted
                                                          : delivered) += 1;
        }
        json counts = {{"drafts", drafts}, {"submitted", submitted}, {"delivered", delivered}};
        const store::OutboxCounts outbox = store->outbox().counts();
        counts["outbox_waiting"] = outbox.waiting();
        counts["outbox_failed"] = outbox.failed;
        out["counts"] = counts;
        out["enrolled"] = store->settings().get("enrolment").has_value();
        out["lock"] = lockStateJson(vault.state(), core::systemNow());
    } catch (const Error &e) {
        out["error"] = e.what();
        if (store::Store::exists(dir)) {
            out["lock"] = lockStateJson(vault.state(), core::systemNow());
        }
        ctx.out << out.dump(2) << "\n";
        throw;
    }
    ctx.out << out.dump(2) << "\n";
    return ExitOk;
}

int verify(CommandContext &ctx)
{
    const std::string dir = ctx.args.required("data");
    std::string passphrase = readStorePassphrase();
    auto store = store::Store::open(dir, passphrase);
    core::wipeString(passphrase);
    const std::string problems = store->integrityProblems();
    if (!problems.empty()) {
        ctx.err << "maqa-cli: The store in " << dir << " is damaged:\n" << problems;
        return ExitRefused;
    }
    ctx.err << "The store in " << dir << " is sound (schema version " << store->schemaVersion() << ").\n";
    return ExitOk;
}

int passphrase(CommandContext &ctx)
{
    const std::string dir = ctx.args.required("data");
    std::string current = readStorePassphrase();
    std::string next = readPassphrase("MAQA_NEW_PASSPHRASE", "New passphrase: ");
    store::Vault(dir).changePassphrase(current, next, kdfFrom(ctx.args));
    core::wipeString(current);
    core::wipeString(next);
    ctx.err << "The passphrase was changed; the data was not touched.\n";
    return ExitOk;
}

const bool registered =
    registerCommand({"init",
                     "--data DIR [--kdf standard|minimum]",
                     "Create an encrypted store in DIR (passphrase from MAQA_PASSPHRASE or stdin).",
                     {"data", "kdf"},
                     {},
                     init}) &&
    registerCommand(
        {"status", "--data DIR", "Print the store's state as JSON (unlocks it for counts).", {"data"}, {}, status}) &&
    registerCommand(
        {"verify", "--data DIR", "Check every page of the store; exit 0 when it is sound.", {"data"}, {}, verify}) &&
    registerCommand({"passphrase",
                     "--data DIR [--kdf standard|minimum]",
                     "Change the passphrase (new one from MAQA_NEW_PASSPHRASE or the next stdin "
                     "line); the data is not re-encrypted.",
                     {"data", "kdf"},
                     {},
                     passphrase});

} // namespace
} // namespace maqa::cli
