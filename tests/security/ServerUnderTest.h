// A real maqa-server process for the security tests: initialised through `admin init`, serving on a free loopback
// port, set up like a partnership (office key, template, an audit for gp and police), with devices enrolled on demand.
#pragma once

#include "protocol/Envelope.h"

#include "core/crypto/Envelope.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>

#include <filesystem>
#include <memory>
#include <string>
#include <utility>

namespace httplib {
class Client;
}

namespace maqa::test {

/** An enrolled device. */
struct EnrolledDevice
{
    std::string id;
    std::string token;
    std::string agency;
    core::envelope::SigningKeyPair keys;
};

/** A status and a body. */
using Answer = std::pair<int, std::string>;

/** The server, its data directory, its office token and what was set up; stops the process when destroyed. */
class ServerUnderTest
{
public:
    /** Starts `maqa-server serve` with @p extraArgs and the environment @p env, and sets the partnership up. */
    explicit ServerUnderTest(const QStringList &extraArgs = {},
                             const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    ~ServerUnderTest();

    /** One request; @p body null for none. Status -1 when the server did not answer. */
    Answer call(const std::string &method, const std::string &path, const std::string &token,
                const nlohmann::json &body = nullptr);
    /** Issues a code for @p agency and enrols a new device with it. */
    EnrolledDevice enrol(const std::string &agency);
    /** A sealed return of @p device for case EH-1 of the audit, with @p answers. */
    protocol::Envelope seal(const EnrolledDevice &device, const std::string &uuid, std::int64_t revision,
                            const nlohmann::json &answers);
    /** PUT the envelope with @p token. */
    Answer put(const protocol::Envelope &envelope, const std::string &token);
    /** Stops the server (SIGTERM) and returns everything it wrote to stdout and stderr. */
    std::string stop();

    std::filesystem::path dataDir() const; //!< the server's --data directory
    std::string officeToken;               //!< from `admin init`
    std::string auditId;                   //!< the audit gp and police take part in
    std::string adminLog;                  //!< what `admin init` wrote to stderr
    std::string lastCode;                  //!< the last enrolment code issued

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    std::unique_ptr<httplib::Client> m_http;
    core::envelope::BoxKeyPair m_office;
};

} // namespace maqa::test
