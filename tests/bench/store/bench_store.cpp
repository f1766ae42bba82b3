// Benchmark of the encrypted store: unlock cost (Argon2id, standard parameters) and autosave of one answer into a
// store holding 10,000 returns — median and p99 on SQLCipher against the same schema and code on plain SQLite,
// interleaved.
#include "core/crypto/KeyWrap.h"
#include "core/util/Clock.h"
#include "core/util/Uuid.h"
#include "store/Store.h"
#include "store/db/Database.h"
#include "store/db/Migrations.h"
#include "store/db/Statement.h"
#include "store/repos/ReturnRepository.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

using namespace maqa;
using Clock = std::chrono::steady_clock;

namespace {
double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/**
 * Fills @p db with @p returns drafts of @p answers answers each, in one transaction (the figure measured is the
 * autosave into a full store, not the filling), and returns their keys.
 */
std::vector<store::ReturnKey> populate(store::Database &db, int returns, int answers)
{
    std::vector<store::ReturnKey> keys;
    store::Transaction tx(db);
    store::Statement insertReturn = db.prepare(
        "INSERT INTO returns(uuid, revision, kind, template_id, template_version, audit_id, case_code, agency, status, "
        "created_at, updated_at) VALUES(?, 1, 'audit', 'early-help-audit', 1, 'audit-1', ?, 'police', 'draft', 0, 0)");
    store::Statement insertAnswer =
        db.prepare("INSERT INTO answers(uuid, revision, path, value, updated_at) VALUES(?, 1, ?, ?, 0)");
    for (int r = 0; r < returns; ++r) {
        const std::string uuid = core::newUuid();
        insertReturn.bind(1, uuid).bind(2, "EH-" + std::to_string(r % 6)).run();
        for (int a = 0; a < answers; ++a) {
            insertAnswer.bind(1, uuid)
                .bind(2, "question_" + std::to_string(a))
                .bind(3, "\"an answer of ordinary length for an audit question\"")
                .run();
        }
        keys.push_back({uuid, 1});
    }
    tx.commit();
    return keys;
}

struct Percentiles
{
    double median = 0;
    double p99 = 0;
};

Percentiles percentiles(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times[static_cast<std::size_t>(double(times.size()) * 0.99)]};
}

// One answer saved per sample into each store, the two interleaved (and which goes first alternating), so a machine
// that slows down for a moment slows both alike: the ratio compares the stores, not two stretches of time.
std::pair<Percentiles, Percentiles> autosaves(store::ReturnRepository &plainRepo,
                                              const std::vector<store::ReturnKey> &plainKeys,
                                              store::ReturnRepository &encryptedRepo,
                                              const std::vector<store::ReturnKey> &encryptedKeys, int samples)
{
    std::vector<double> plain, encrypted;
    plain.reserve(static_cast<std::size_t>(samples));
    encrypted.reserve(static_cast<std::size_t>(samples));
    auto save = [](store::ReturnRepository &repo, const std::vector<store::ReturnKey> &keys, int i) {
        const store::ReturnKey &key = keys[static_cast<std::size_t>(i * 7919) % keys.size()];
        const auto start = Clock::now();
        repo.setAnswer(key, "question_" + std::to_string(i % 40), "\"typed " + std::to_string(i) + "\"");
        return msSince(start);
    };
    for (int i = 0; i < samples; ++i) {
        if (i % 2 == 0) {
            plain.push_back(save(plainRepo, plainKeys, i));
            encrypted.push_back(save(encryptedRepo, encryptedKeys, i));
        } else {
            encrypted.push_back(save(encryptedRepo, encryptedKeys, i));
            plain.push_back(save(plainRepo, plainKeys, i));
        }
    }
    return {percentiles(plain), percentiles(encrypted)};
}

void bench(const char *measure, double value, const char *unit, const std::string &extra = {})
{
    std::printf("BENCH %s %.3f %s%s\n", measure, value, unit, extra.c_str());
}
} // namespace

int main(int argc, char **argv)
{
    const int returns = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int answers = 40;
    const int samples = 5000; // per store: the p99 rests on 50 samples
    const auto dir = std::filesystem::temp_directory_path() / ("maqa-bench-store-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    const std::string passphrase = "benchmark passphrase 2026";

    auto start = Clock::now();
    auto store = store::Store::create(dir / "encrypted", passphrase);
    const double createMs = msSince(start);
    store->lock();
    start = Clock::now();
    store = store::Store::open(dir / "encrypted", passphrase);
    const double unlockMs = msSince(start);
    bench("store.unlock_standard_kdf", unlockMs, "ms", " target=about 500");
    bench("store.create_standard_kdf", createMs, "ms");

    start = Clock::now();
    const auto keys = populate(store->database(), returns, answers);
    bench("store.populate_returns_one_transaction", msSince(start), "ms");

    store::Database plain = store::Database::openPlainForComparison(dir / "plain.db");
    store::migrate(plain);
    store::StoreNotifier notifier;
    store::ReturnRepository plainRepo(plain, notifier, core::systemClock());
    const auto plainKeys = populate(plain, returns, answers);

    const auto [baseline, encrypted] = autosaves(plainRepo, plainKeys, store->returns(), keys, samples);
    char extra[160];
    std::snprintf(extra, sizeof extra, " baseline=%.3f", baseline.median);
    bench("store.autosave_median", encrypted.median, "ms", extra);
    std::snprintf(extra, sizeof extra, " baseline=%.3f target=p99<=5ms,ratio<=1.5", baseline.p99);
    bench("store.autosave_p99", encrypted.p99, "ms", extra);
    std::printf("ratio p99 sqlcipher/plain = %.2f, median = %.2f\n", encrypted.p99 / baseline.p99,
                encrypted.median / baseline.median);
    store.reset();
    std::filesystem::remove_all(dir);
    return 0;
}
