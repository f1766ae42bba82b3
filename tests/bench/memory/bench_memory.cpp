// bench_memory: the app's peak resident memory at home — its controllers and list models over an unlocked store —
// with RETURNS returns stored (default 10,000; target under 200 MB), against an empty store as the baseline.
// Each figure comes from a fresh process (this program run with --home), so filling the store never counts.
// Linux only: it reads /proc/self/status and resets the peak through /proc/self/clear_refs.
#include "app/AppServices.h"
#include "app/controllers/HomeController.h"
#include "app/controllers/SessionController.h"
#include "app/models/OutboxListModel.h"
#include "app/models/ReturnListModel.h"
#include "core/util/Uuid.h"
#include "store/Store.h"
#include "store/db/Database.h"
#include "store/repos/ReturnRepository.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace {
constexpr const char *kPassphrase = "benchmark passphrase 2026";

maqa::store::StoreOptions minimumKdf()
{
    maqa::store::StoreOptions options;
    options.kdf = maqa::core::KdfParams::minimum();
    return options;
}

// Observations of the shipped Day-in-the-Life template, the tenth of them drafts, the rest submitted with 40
// answers frozen, all in one transaction (the figure is the app at home, not the filling).
void fill(const QString &dir, int returns)
{
    auto store = maqa::store::Store::create(dir.toStdString(), kPassphrase, minimumKdf());
    maqa::store::Transaction tx(store->database());
    for (int r = 0; r < returns; ++r) {
        const auto record = store->returns().create(
            {"observation", "ditl-child", 1, std::nullopt, "OB-" + std::to_string(r), std::nullopt});
        std::vector<maqa::store::AnswerRow> rows;
        nlohmann::json frozen = nlohmann::json::object();
        for (int a = 0; a < 40; ++a) {
            const std::string value = "\"an answer of ordinary length for question " + std::to_string(a) + "\"";
            rows.push_back({"question_" + std::to_string(a), value});
            frozen["question_" + std::to_string(a)] = nlohmann::json::parse(value);
        }
        store->returns().setAnswers(record.key, rows);
        if (r % 10 != 0) {
            store->returns().submit(record.key, frozen.dump());
        }
    }
    tx.commit();
}

double peakResidentMiB()
{
    QFile status("/proc/self/status");
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:")) {
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
            }
        }
    }
    return -1;
}

// Forgets the peak so far (Linux: writing 5 to clear_refs resets VmHWM to the current RSS).
void resetPeak()
{
    QFile clear("/proc/self/clear_refs");
    if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1) {
        throw std::runtime_error("Cannot reset the peak resident memory (/proc/self/clear_refs).");
    }
}

// The app at home: every controller built, the store adopted as after an unlock, the home lists loaded. Prints
// the peak after the unlock (the unlock's Argon2id buffer is freed by then and measured apart), the peak
// including the unlock, and the rows of the two home lists.
int home(const QString &dir)
{
    AppServices services(dir, maqa::core::KdfParams::minimum());
    auto store = maqa::store::Store::open(dir.toStdString(), kPassphrase, minimumKdf());
    const double withUnlock = peakResidentMiB();
    resetPeak();
    services.session()->adoptStore(std::move(store));
    QTimer::singleShot(1000, qApp, &QCoreApplication::quit); // queued loading and the sync engine's first look
    QCoreApplication::exec();
    const double atHome = peakResidentMiB();
    std::printf("%.1f %.1f %d %d\n", atHome, std::max(atHome, withUnlock), services.home()->recent()->rowCount(),
                services.home()->outbox()->rowCount());
    return 0;
}

// Runs this program with --home on @p dir: VmHWM in MiB and the rows of the two home lists.
QList<QByteArray> measure(const QString &dir)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {"--home", dir});
    if (!child.waitForFinished(600000) || child.exitCode() != 0) {
        throw std::runtime_error("The home measurement failed: " + child.readAllStandardError().toStdString());
    }
    return child.readAllStandardOutput().trimmed().split(' ');
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    try {
        if (args.size() == 2 && args[0] == "--home") {
            return home(args[1]);
        }
        const int returns = args.isEmpty() ? 10000 : std::max(1, args[0].toInt());
        QTemporaryDir tmp;
        fill(tmp.filePath("empty"), 0);
        fill(tmp.filePath("full"), returns);
        const QList<QByteArray> empty = measure(tmp.filePath("empty"));
        const QList<QByteArray> full = measure(tmp.filePath("full"));
        // Notes before the target, without parentheses: run-all puts a row's note in parentheses itself.
        std::printf("BENCH app_home_vmhwm %s MB baseline=%s peak after the unlock, %d returns stored, home lists of "
                    "%s and %s rows, baseline an empty store target=<200\n",
                    full.value(0).constData(), empty.value(0).constData(), returns, full.value(2).constData(),
                    full.value(3).constData());
        std::printf("BENCH app_home_vmhwm_with_unlock %s MB baseline=%s counting the unlock's Argon2id buffer: 64 MiB "
                    "in this test profile, 256 MiB in production\n",
                    full.value(1).constData(), empty.value(1).constData());
        return 0;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_memory: %s\n", e.what());
        return 1;
    }
}
