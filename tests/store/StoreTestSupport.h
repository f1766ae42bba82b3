// Helpers shared by the store tests: a temporary data directory, fast (minimum-cost) store options,
// a clock the test moves by hand, and raw file reading for plaintext and tamper checks.
#pragma once

#include "core/util/Clock.h"
#include "store/Store.h"

#include <QTemporaryDir>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace maqa::test {

/** A clock that only moves when the test says so. */
struct ManualClock
{
    core::Millis now = 1'800'000'000'000; //!< an arbitrary fixed instant in 2027
    core::Clock clock()
    {
        return [this] { return now; };
    }
};

/** Store options with the minimum Argon2id cost (still above the floor) and @p clock. */
inline store::StoreOptions fastOptions(core::Clock clock = core::systemClock())
{
    store::StoreOptions o;
    o.kdf = core::KdfParams::minimum();
    o.clock = std::move(clock);
    return o;
}

/** The whole content of @p path, or "" when it does not exist. */
inline std::string readAll(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline const char *kPassphrase = "a long enough passphrase";

} // namespace maqa::test
