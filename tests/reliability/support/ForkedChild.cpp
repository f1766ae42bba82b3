// Forked children for the disk-full and read-only tests (see ForkedChild.h). POSIX only: fork, pipes, setrlimit,
// setuid; the child never returns into the test framework.
#include "ForkedChild.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <grp.h>
#include <pwd.h>
#include <stdexcept>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace maqa::test {

namespace {
void writeAll(int fd, const std::string &text)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n <= 0 && errno != EINTR) {
            return;
        }
        done += n > 0 ? std::size_t(n) : 0;
    }
}
} // namespace

ChildReport runInChild(const std::function<std::string()> &body)
{
    int fds[2];
    if (::pipe(fds) != 0) {
        throw std::runtime_error(std::string("pipe failed: ") + std::strerror(errno));
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        throw std::runtime_error(std::string("fork failed: ") + std::strerror(errno));
    }
    if (pid == 0) {
        ::close(fds[0]);
        int code = 0;
        std::string text;
        try {
            text = body();
        } catch (const std::exception &e) {
            text = std::string("ERROR: ") + e.what();
            code = 1;
        }
        writeAll(fds[1], text);
        ::close(fds[1]);
        ::_exit(code);
    }
    ::close(fds[1]);
    ChildReport report;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) != 0;) {
        if (n > 0) {
            report.text.append(buffer, std::size_t(n));
        } else if (errno != EINTR) {
            break;
        }
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    report.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return report;
}

void limitFileSize(long long bytes)
{
    std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG instead of killing the process
    const rlimit limit{rlim_t(bytes), rlim_t(bytes)};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) {
        throw std::runtime_error(std::string("setrlimit failed: ") + std::strerror(errno));
    }
}

UserIds nobodyIds()
{
    const passwd *entry = ::getpwnam("nobody");
    if (!entry) {
        throw std::runtime_error("There is no user 'nobody' to drop privileges to.");
    }
    return {entry->pw_uid, entry->pw_gid};
}

void becomeUser(const UserIds &user)
{
    if (::setgroups(0, nullptr) != 0 || ::setgid(user.gid) != 0 || ::setuid(user.uid) != 0) {
        throw std::runtime_error(std::string("Cannot drop privileges: ") + std::strerror(errno));
    }
    if (::getuid() == 0 || ::geteuid() == 0) {
        throw std::runtime_error("Still root after dropping privileges.");
    }
}

void shareReadOnly(const std::string &dir)
{
    const std::filesystem::path path(dir);
    if (::chmod(path.parent_path().c_str(), 0711) != 0 || ::chmod(path.c_str(), 0755) != 0) {
        throw std::runtime_error("Cannot share " + dir + ": " + std::strerror(errno));
    }
    for (const auto &entry : std::filesystem::directory_iterator(path)) {
        if (entry.is_regular_file() && ::chmod(entry.path().c_str(), 0644) != 0) {
            throw std::runtime_error("Cannot share " + entry.path().string() + ": " + std::strerror(errno));
        }
    }
}

void makePrivate(const std::string &dir)
{
    ::chmod(dir.c_str(), 0700);
    for (const auto &entry : std::filesystem::directory_iterator(dir)) {
        if (entry.is_regular_file()) {
            ::chmod(entry.path().c_str(), 0600);
        }
    }
}

long long largestFile(const std::string &dir)
{
    long long largest = 0;
    for (const auto &entry : std::filesystem::directory_iterator(dir)) {
        if (entry.is_regular_file()) {
            largest = std::max(largest, static_cast<long long>(entry.file_size()));
        }
    }
    return largest;
}

} // namespace maqa::test
