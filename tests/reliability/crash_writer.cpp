// maqa_crash_writer: the app's own write path, driven without a window, for the crash loop. Over maqa_appcore's
// controllers it autosaves answers, submits and lets the app's sync run, printing each write as it is acknowledged.
//
// Usage: maqa_crash_writer --data DIR --template ID --audit ID --case CODE --paths P1,P2,... --seed N
// (passphrase in MAQA_PASSPHRASE). Prints "TRY <write>" before and "ACK <write>" after each write, flushed before
// the next one starts: NEW <uuid> | SAMPLE <uuid> | SET <uuid> <path> <agencies mask> | SUBMIT <uuid>. It runs until
// killed.
#include "CrashModel.h"

#include "app/AppServices.h"
#include "app/controllers/FormController.h"
#include "app/controllers/HomeController.h"
#include "app/controllers/SessionController.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <random>
#include <stdexcept>

namespace {

struct Plan
{
    QString data, templateId, auditId, caseCode;
    QStringList paths;
    std::uint64_t seed = 0;
};

void say(const char *what, const QString &line)
{
    std::printf("%s %s\n", what, qPrintable(line));
    std::fflush(stdout); // the harness must see it before the next write can start
}

/** One write after another, each on its own turn of the event loop so the app's sync runs in between. */
class Writer
{
public:
    Writer(AppServices &services, const Plan &plan)
        : m_services(services)
        , m_plan(plan)
        , m_random(plan.seed)
    {}

    void step()
    {
        FormController &form = *m_services.form();
        if (m_uuid.isEmpty()) {
            say("TRY", "NEW");
            m_uuid = QString::fromStdString(m_services.home()->createDraft(m_plan.templateId.toStdString(),
                                                                           std::nullopt, m_plan.caseCode.toStdString(),
                                                                           m_plan.auditId.toStdString()));
            say("ACK", "NEW " + m_uuid);
            if (!form.open(m_uuid)) {
                fail("cannot open the new draft: " + form.errorMessage());
            }
            say("TRY", "SAMPLE " + m_uuid);
            form.fillSample();
            say("ACK", "SAMPLE " + m_uuid);
        } else if (m_random() % 8 == 0) {
            say("TRY", "SUBMIT " + m_uuid);
            if (!form.submit()) {
                fail("submit refused: " + form.errorMessage());
            }
            say("ACK", "SUBMIT " + m_uuid);
            m_uuid.clear();
        } else {
            const QString path = m_plan.paths[int(m_random() % m_plan.paths.size())];
            m_lastMask = 1 + int((m_lastMask + m_random() % 1022) % 1023); // never the same answer twice running
            QVariantList agencies;
            for (const auto &slug : maqa::test::agenciesFor(m_lastMask)) {
                agencies << QString::fromStdString(slug.get<std::string>());
            }
            const QString line = QStringLiteral("SET %1 %2 %3").arg(m_uuid, path).arg(m_lastMask);
            say("TRY", line);
            if (!form.setAnswer(path, agencies)) {
                fail("the answer was refused: " + form.errorMessage());
            }
            say("ACK", line);
        }
    }

private:
    [[noreturn]] static void fail(const QString &why)
    {
        say("ERROR", why);
        std::exit(1);
    }

    AppServices &m_services;
    const Plan &m_plan;
    std::mt19937_64 m_random;
    QString m_uuid;
    int m_lastMask = 0;
};

Plan parse(const QStringList &args)
{
    Plan plan;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const QString &name = args[i], &value = args[i + 1];
        if (name == "--data") {
            plan.data = value;
        } else if (name == "--template") {
            plan.templateId = value;
        } else if (name == "--audit") {
            plan.auditId = value;
        } else if (name == "--case") {
            plan.caseCode = value;
        } else if (name == "--paths") {
            plan.paths = value.split(',', Qt::SkipEmptyParts);
        } else if (name == "--seed") {
            plan.seed = value.toULongLong();
        } else {
            throw std::runtime_error("unknown option " + name.toStdString());
        }
    }
    if (plan.data.isEmpty() || plan.templateId.isEmpty() || plan.paths.isEmpty()) {
        throw std::runtime_error("usage: maqa_crash_writer --data DIR --template ID --audit ID --case CODE "
                                 "--paths P1,P2 --seed N");
    }
    return plan;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    try {
        const Plan plan = parse(app.arguments().mid(1));
        const QByteArray passphrase = qgetenv("MAQA_PASSPHRASE");
        AppServices services(plan.data, maqa::core::KdfParams::minimum());
        services.session()->adoptStore(maqa::store::Store::open(plan.data.toStdString(), passphrase.toStdString()));
        Writer writer(services, plan);
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, [&] {
            try {
                writer.step();
            } catch (const std::exception &e) {
                say("ERROR", QString::fromUtf8(e.what()));
                std::exit(1);
            }
        });
        tick.start(0);
        return app.exec();
    } catch (const std::exception &e) {
        say("ERROR", QString::fromUtf8(e.what()));
        return 1;
    }
}
