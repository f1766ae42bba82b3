// The key file beside the database (`maqa.key`): Argon2id parameters and salt, the wrapped data key, and the
// unlock-failure state that must survive restarts. JSON, replaced atomically on every change.
#pragma once

#include "core/crypto/KeyWrap.h"
#include "core/util/Clock.h"

#include <filesystem>
#include <string>

namespace maqa::store {

/** The parsed contents of a key file. */
struct KeyFile
{
    static constexpr int kFormatVersion = 1;
    static constexpr int kDefaultFailureLimit = 10;

    int formatVersion = kFormatVersion;      //!< bumped when the layout changes
    core::KdfParams kdf;                     //!< Argon2id cost used for this wrapping
    core::WrappedKey wrapped;                //!< salt, nonce and wrapped data key
    int failures = 0;                        //!< unlock attempts that have not (yet) succeeded
    core::Millis lastAttemptAt = 0;          //!< when the last counted attempt started
    int failureLimit = kDefaultFailureLimit; //!< failures after which the store is destroyed (office policy)

    /** The associated data bound into the wrapping: format and parameters, so tampering fails to unwrap. */
    std::string wrapContext() const;
    /** Reads and validates @p path; throws Error(NotFound) when missing, Error(Corrupt) when malformed. */
    static KeyFile read(const std::filesystem::path &path);
    /** Writes atomically with mode 0600; throws Error(Io) leaving the previous file intact. */
    void write(const std::filesystem::path &path) const;
};

} // namespace maqa::store
