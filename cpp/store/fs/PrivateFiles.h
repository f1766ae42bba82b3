// Files only their owner may read: 0700 data directories, 0600 files, atomic replace with fsync.
// Everything Maqa writes to disk goes through these, so permissions never depend on the user's umask.
#pragma once

#include <filesystem>
#include <string_view>

namespace maqa::store {

/** Creates @p dir (and parents) if needed and sets it to 0700; throws Error(Io) when it cannot. */
void ensurePrivateDirectory(const std::filesystem::path &dir);
/** Creates @p file empty with mode 0600 if it does not exist, and sets 0600 if it does. */
void ensurePrivateFile(const std::filesystem::path &file);
/**
 * Replaces @p file with @p content atomically: a 0600 temporary beside it, fsync, rename, fsync of the directory.
 * A crash leaves either the old or the new file whole. Throws Error(Io) (disk full, read-only) leaving the old one.
 */
void writeFileAtomically(const std::filesystem::path &file, std::string_view content);
/**
 * An exclusive advisory lock (flock) on a directory, held for the object's lifetime. Processes sharing a data
 * directory (the app and maqa-cli) take it around every read-modify-write of the key file, so concurrent unlocks
 * neither lose a counted failure nor see each other's pending attempt as a wrong passphrase.
 */
class DirectoryLock
{
public:
    /** Waits for the lock on @p dir; throws Error(Io) when the directory cannot be opened. */
    explicit DirectoryLock(const std::filesystem::path &dir);
    ~DirectoryLock();
    DirectoryLock(const DirectoryLock &) = delete;
    DirectoryLock &operator=(const DirectoryLock &) = delete;

private:
    int m_fd = -1;
};

/** Reads a whole small file; throws Error(NotFound) when it is missing, Error(Io) on a read failure. */
std::string readSmallFile(const std::filesystem::path &file, std::size_t maxBytes);

} // namespace maqa::store
