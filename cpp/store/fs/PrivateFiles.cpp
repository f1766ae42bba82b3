// Owner-only directories and files, and crash-safe replacement (see PrivateFiles.h).
// POSIX calls directly: std::filesystem cannot fsync, and permissions must be set at creation, not after.
#include "store/fs/PrivateFiles.h"

#include "core/util/Error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using maqa::core::Error;
using maqa::core::ErrorKind;

namespace maqa::store {

namespace {
[[noreturn]] void ioFailure(const std::string &what, const std::filesystem::path &path, int err)
{
    std::string reason = std::strerror(err);
    if (err == ENOSPC || err == EFBIG || err == EDQUOT) {
        reason = "the disk is full";
    } else if (err == EROFS || err == EACCES || err == EPERM) {
        reason = "the folder is read-only or not yours";
    }
    throw Error(ErrorKind::Io, what + " " + path.string() + ": " + reason + ".");
}

void fsyncPath(const std::filesystem::path &path, int flags)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
} // namespace

void ensurePrivateDirectory(const std::filesystem::path &dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        ioFailure("Could not create the folder", dir, ec.value());
    }
    if (::chmod(dir.c_str(), 0700) != 0) {
        ioFailure("Could not protect the folder", dir, errno);
    }
}

void ensurePrivateFile(const std::filesystem::path &file)
{
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        ioFailure("Could not create", file, errno);
    }
    const int rc = ::fchmod(fd, 0600);
    const int err = errno;
    ::close(fd);
    if (rc != 0) {
        ioFailure("Could not protect", file, err);
    }
}

void writeFileAtomically(const std::filesystem::path &file, std::string_view content)
{
    const std::filesystem::path temp = file.string() + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        ioFailure("Could not write", temp, errno);
    }
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;
            ::close(fd);
            ::unlink(temp.c_str());
            ioFailure("Could not write", file, err);
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(temp.c_str());
        ioFailure("Could not save", file, err);
    }
    ::close(fd);
    if (::rename(temp.c_str(), file.c_str()) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        ioFailure("Could not replace", file, err);
    }
    fsyncPath(file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path(), O_RDONLY | O_DIRECTORY);
}

DirectoryLock::DirectoryLock(const std::filesystem::path &dir)
    : m_fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
{
    if (m_fd < 0) {
        ioFailure("Could not open", dir, errno);
    }
    while (::flock(m_fd, LOCK_EX) != 0) {
        if (errno != EINTR) {
            const int err = errno;
            ::close(m_fd);
            ioFailure("Could not lock", dir, err);
        }
    }
}

DirectoryLock::~DirectoryLock()
{
    ::close(m_fd); // releases the lock
}

std::string readSmallFile(const std::filesystem::path &file, std::size_t maxBytes)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) {
            throw Error(ErrorKind::NotFound, "There is no file " + file.string() + ".");
        }
        ioFailure("Could not read", file, errno);
    }
    std::string out;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            ioFailure("Could not read", file, err);
        }
        if (n == 0) {
            break;
        }
        out.append(buffer, static_cast<std::size_t>(n));
        if (out.size() > maxBytes) {
            ::close(fd);
            throw Error(ErrorKind::Corrupt, "The file " + file.string() + " is far larger than it should be.");
        }
    }
    ::close(fd);
    return out;
}

} // namespace maqa::store
