// The one exception type Maqa's Qt-free layers throw for failures a user can meet (wrong passphrase, bad file, ...).
// Its message is a full sentence a practitioner understands; its kind lets callers choose an exit status or a page.
#pragma once

#include <stdexcept>
#include <string>

namespace maqa::core {

/** What went wrong, coarsely: callers branch on this, users read the message. */
enum class ErrorKind {
    Refused,  //!< the operation was understood and declined (wrong passphrase, weak passphrase, ...)
    NotFound, //!< the store, record or file does not exist
    Invalid,  //!< input is malformed (template, message, argument)
    Corrupt,  //!< stored data failed an integrity check
    Io,       //!< the disk or the network failed (full disk, read-only directory, ...)
    Locked,   //!< the store is locked, or waiting after failed unlocks
    Wiped,    //!< the store was destroyed (failure limit reached, or a wipe directive)
    Internal, //!< a bug: an invariant did not hold
};

/** A failure with a user-facing message. */
class Error : public std::runtime_error
{
public:
    Error(ErrorKind kind, const std::string &message)
        : std::runtime_error(message)
        , m_kind(kind)
    {}
    /** The coarse category of the failure. */
    ErrorKind kind() const noexcept { return m_kind; }

private:
    ErrorKind m_kind;
};

} // namespace maqa::core
