// Reading passphrases for maqa-cli (see Passphrase.h).
// Terminal echo is switched off with termios while the line is read, and restored whatever happens.
#include "Passphrase.h"

#include "core/util/Error.h"

#include <cstdlib>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace maqa::cli {

std::string readPassphrase(const char *envVar, const std::string &prompt)
{
    if (const char *fromEnv = std::getenv(envVar); fromEnv && *fromEnv) {
        return fromEnv;
    }
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::cerr << prompt << std::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    const bool got = static_cast<bool>(std::getline(std::cin, line));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::cerr << "\n";
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    if (!got || line.empty()) {
        throw core::Error(core::ErrorKind::Refused,
                          std::string("No passphrase given: set ") + envVar + " or type it on standard input.");
    }
    return line;
}

} // namespace maqa::cli
