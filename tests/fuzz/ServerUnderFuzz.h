// The server fuzz_server drives: the real HttpServer (cpp-httplib, route table, token checks, handlers, services)
// over a real SQLite store in a temporary directory, served in-process on loopback and provisioned like production.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace maqa::server {
class HttpServer;
class Store;
} // namespace maqa::server

namespace maqa::fuzz {

/**
 * One provisioned server per fuzzing process: an office token, an office key, a template, an audit for gp and
 * police, devices of both agencies, a revoked device, a spare enrolment code and one stored return. Inputs name
 * these through placeholders (see substitute()), since the fuzzer cannot guess a token.
 */
class ServerUnderFuzz
{
public:
    /** The process's server, provisioned on first use. Never destroyed: an exit handler stops it. */
    static ServerUnderFuzz &instance();

    /** The loopback port it listens on. */
    int port() const { return m_port; }
    /**
     * @p input with every placeholder replaced: @O@ office token, @D@ gp device token, @P@ police device token,
     * @R@ revoked device token, @I@ / @J@ gp / police device id, @K@ office key id, @A@ audit id, @U@ the stored
     * gp return's uuid, @C@ the spare enrolment code, @N@ a uuid made from the input, and @L@ the length of the
     * body (what follows the first blank line).
     */
    std::string substitute(std::string_view input) const;
    /** True when @p request holds a token that is valid and not revoked. */
    bool holdsValidToken(std::string_view request) const;
    /** Stops serving (the exit handler). */
    void stop();

private:
    ServerUnderFuzz();
    void provision();

    std::string m_dataDir;
    std::unique_ptr<server::Store> m_store;
    std::unique_ptr<server::HttpServer> m_http;
    std::thread m_serving;
    int m_port = 0;
    std::vector<std::pair<std::string, std::string>> m_placeholders;
    std::vector<std::string> m_validTokens;
};

} // namespace maqa::fuzz
