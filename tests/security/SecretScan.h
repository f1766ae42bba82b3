// Helpers of the secrets tests: look through every file under a directory (and any captured output) for secrets
// in their raw and hex forms, and check that the directory tree is private (directories 0700, files 0600).
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

namespace maqa::test {

/** One secret to look for, with the name a failure message uses. */
struct Secret
{
    std::string name;  //!< "the passphrase", "the device token", ...
    std::string bytes; //!< exactly as it would appear
};

/** "<secret> in <where>" for every secret found in @p text. */
inline std::vector<std::string> secretsIn(const std::string &text, const std::vector<Secret> &secrets,
                                          const std::string &where)
{
    std::vector<std::string> found;
    for (const Secret &secret : secrets) {
        if (!secret.bytes.empty() && text.find(secret.bytes) != std::string::npos) {
            found.push_back(secret.name + " in " + where);
        }
    }
    return found;
}

/** Every secret found in every regular file under @p dir; @p files counts the files read. */
inline std::vector<std::string> secretsUnder(const std::filesystem::path &dir, const std::vector<Secret> &secrets,
                                             int &files)
{
    std::vector<std::string> found;
    files = 0;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file()) {
            continue;
        }
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        ++files;
        for (std::string &hit : secretsIn(bytes, secrets, entry.path().string())) {
            found.push_back(std::move(hit));
        }
    }
    return found;
}

/** Every path under @p dir (itself included) whose mode is not 0700 (directories) or 0600 (files). */
inline std::vector<std::string> notPrivate(const std::filesystem::path &dir)
{
    namespace fs = std::filesystem;
    std::vector<std::string> wrong;
    const auto check = [&](const fs::path &path) {
        const fs::file_status status = fs::symlink_status(path);
        const fs::perms mode = status.permissions() & fs::perms::all;
        const bool isDir = fs::is_directory(status);
        const fs::perms want = isDir ? fs::perms::owner_all : fs::perms::owner_read | fs::perms::owner_write;
        if (mode != want) {
            char octal[8];
            std::snprintf(octal, sizeof octal, "%03o", static_cast<unsigned>(mode));
            wrong.push_back(path.string() + " is " + octal + (isDir ? ", not 700" : ", not 600"));
        }
    };
    check(dir);
    for (const auto &entry : fs::recursive_directory_iterator(dir)) {
        check(entry.path());
    }
    return wrong;
}

/** The lines of @p items, for a failure message. */
inline std::string joined(const std::vector<std::string> &items)
{
    std::string text;
    for (const std::string &item : items) {
        text += "\n  " + item;
    }
    return text;
}

} // namespace maqa::test
