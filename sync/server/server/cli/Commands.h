// The commands of the maqa-server executable: `serve`, `admin <verb>`, `routes`. Each returns the exit status:
// 0 done, 1 refused (a one-line message on stderr), 2 usage error.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace maqa::server {

/** Exit statuses shared by every command. */
enum ExitStatus { ExitOk = 0, ExitRefused = 1, ExitUsage = 2 };

/** `maqa-server serve [...]`: serves until SIGINT or SIGTERM. */
int runServe(const std::vector<std::string> &args);
/** `maqa-server admin <verb> [...]`: one office operation directly on the database. */
int runAdmin(const std::vector<std::string> &args);
/** `maqa-server routes`: the route table as JSON on stdout. */
int runRoutes(const std::vector<std::string> &args);
/** The usage text. */
void printUsage(std::ostream &out);

} // namespace maqa::server
