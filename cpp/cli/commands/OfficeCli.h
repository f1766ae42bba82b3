// What maqa-cli's office commands share: the office's unlocked store with its repositories and its OfficeSync, a way
// to run one OfficeSync operation to its end headless, and the office's local date.
#pragma once

#include "client/office/OfficeSync.h"

#include "store/Store.h"
#include "store/office/OfficeStore.h"

#include <functional>
#include <memory>
#include <string>

namespace maqa::cli {

class Args;

/** The office's store, opened; the sync is attached to it and detached before the store closes. */
struct OfficeSession
{
    std::unique_ptr<store::Store> store;
    std::unique_ptr<store::office::OfficeStore> office;
    std::unique_ptr<client::OfficeSync> sync;

    OfficeSession() = default;
    OfficeSession(OfficeSession &&) = default;
    OfficeSession &operator=(OfficeSession &&) = default;
    ~OfficeSession();

    /** Builds the repositories and the sync over @p opened. */
    explicit OfficeSession(std::unique_ptr<store::Store> opened);
};

/** Who the office's log names for what maqa-cli does: "maqa-cli (<user>)". */
std::string cliActor();

/**
 * Opens the store of --data with the passphrase (MAQA_PASSPHRASE or stdin). Throws Error(Refused) when it is not the
 * office's store (a practitioner's device, or never set up: run `maqa-cli office init`).
 */
OfficeSession openOffice(const Args &args);

/**
 * Runs one operation on @p sync: calls @p start, then waits for its operationFinished(). Returns the sentence it
 * ended with; throws Error(Refused) with that sentence when it failed.
 */
std::string runOperation(client::OfficeSync &sync, client::OfficeSync::Operation operation,
                         const std::function<void()> &start);

/** Today in the office's local time, "YYYY-MM-DD" (what decides whether a return is overdue). */
std::string localToday();

} // namespace maqa::cli
