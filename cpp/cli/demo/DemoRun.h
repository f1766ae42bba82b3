// The demonstration, end to end: a real maqa-server, the office's store set up through OfficeSync, an Early Help audit
// of six children, ten agencies' devices enrolled and returning (two returns overdue, one still a draft), the office
// pulling and opening them, a few reviews (one sent back with a comment the practitioner's device receives), the
// panel's grades, a drafted briefing with its action plan, and the briefing exported as PDF, HTML and CSV.
#pragma once

#include "commands/OfficeCli.h"
#include "demo/DemoContent.h"
#include "demo/DemoDevices.h"
#include "demo/DemoServer.h"

#include "core/template/Template.h"

#include <QDate>
#include <QElapsedTimer>
#include <QString>

#include <functional>

#include <iosfwd>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace maqa::cli::demo {

/** The passphrase of the demonstration's stores when MAQA_PASSPHRASE is not set; printed, never secret. */
inline constexpr const char *kDemoPassphrase = "maqa demonstration passphrase";

/** What the user asked for. */
struct DemoOptions
{
    QString dataDir;               //!< an empty or new directory: stores, server database and report go under it
    QString serverUrl;             //!< a server to use instead of starting one ("" to start one)
    std::string token;             //!< that server's office token
    bool keepServer = false;       //!< leave the started server running
    std::string passphrase;        //!< protects every store the demonstration makes
    bool passphraseIsDemo = false; //!< it is kDemoPassphrase, so the output prints it
};

/** Runs the demonstration once, narrating each step on @p out. */
class DemoRun
{
public:
    DemoRun(DemoOptions options, std::ostream &out);
    ~DemoRun();

    /** Everything, in order; throws Error with the step's reason when one fails. */
    void run();

private:
    void startServer();
    void setUpOffice();
    void enrolDevices();
    void makeReturns();
    void pullAtOffice();
    void review();
    void brief();
    void writeOutputs();
    void finish();

    std::string run(client::OfficeSync::Operation operation, const std::function<void()> &start);
    std::vector<DemoDevice *> devices() const;
    DemoDevice &device(const std::string &agency);
    core::office::ReturnRef refOf(const std::string &agency, const std::string &caseCode);
    std::string path(const QString &relative) const;

    DemoOptions m_options;
    std::ostream &m_out;
    DemoContent m_content;
    std::shared_ptr<const core::Template> m_templ;
    std::string m_templateBody;
    QDate m_today;
    QElapsedTimer m_clock;
    std::unique_ptr<DemoServer> m_server;
    QString m_url;
    std::unique_ptr<OfficeSession> m_office;
    std::string m_auditId;
    std::vector<std::unique_ptr<DemoDevice>> m_devices;
    nlohmann::json m_summary = nlohmann::json::object();
};

} // namespace maqa::cli::demo
