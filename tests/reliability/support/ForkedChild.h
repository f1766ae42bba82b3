// Runs a piece of a test in a forked child under conditions the test process itself must not live in: a file-size
// limit (a full disk) or another user (a read-only data directory, since root ignores file modes).
#pragma once

#include <functional>
#include <string>

namespace maqa::test {

/** What the child reported: its exit code and the text it wrote (an error message, or what it did). */
struct ChildReport
{
    int exitCode = -1; //!< -1 when it died of a signal
    std::string text;
};

/**
 * Forks, runs @p body in the child and returns what it returned (exit code 0), or "ERROR: <message>" for an
 * exception it threw (exit code 1). The child leaves with _exit(), so the parent's state is never torn down twice.
 */
ChildReport runInChild(const std::function<std::string()> &body);

/** In a child: from now on no file may grow past @p bytes; a write past it fails with EFBIG (as on a full disk). */
void limitFileSize(long long bytes);

/** A user to become in a child, looked up before forking (getpwnam is not safe between fork and exec). */
struct UserIds
{
    unsigned uid = 0;
    unsigned gid = 0;
};

/** The user nobody; throws when there is none. */
UserIds nobodyIds();

/** In a child: becomes @p user (needs root); throws when it cannot or is still root afterwards. */
void becomeUser(const UserIds &user);

/**
 * Lets other users read @p dir (0755, its files 0644, its parent passable) but not write it: to a process that
 * became nobody, a read-only data directory it cannot chmod back, as on a read-only mount.
 */
void shareReadOnly(const std::string &dir);

/** Makes @p dir private again: 0700, its files 0600. */
void makePrivate(const std::string &dir);

/** The largest file in @p dir, in bytes. */
long long largestFile(const std::string &dir);

} // namespace maqa::test
