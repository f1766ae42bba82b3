// What enrolled devices (and devices enrolling) can do: enrol with a code, read their configuration, manifest,
// templates and assignments, upload sealed returns, read review changes, and report drafting progress.
#pragma once

#include "server/store/Store.h"

#include "protocol/Assignment.h"
#include "protocol/Enrolment.h"
#include "protocol/Progress.h"
#include "protocol/Review.h"

#include <cstddef>
#include <string>

namespace maqa::server {

class RateLimiter;

/** The device side of the API, independent of HTTP. Refusals are ApiErrors. */
class DeviceService
{
public:
    /** Works on @p store; failed enrolments count against the address in @p limiter. */
    DeviceService(Store &store, RateLimiter &limiter, std::size_t maxBodyBytes);

    /** Consumes the enrolment code and registers the device; the token in the answer is never stored. */
    protocol::EnrolmentResponse enrol(const protocol::EnrolmentRequest &request, const std::string &address);
    /** The current office key, policy and limits. */
    protocol::DeviceConfig config(const Principal &device);
    /** Every template and the assignments of the device's agency. */
    protocol::Manifest manifest(const Principal &device);
    /** The assignments of the device's agency. */
    protocol::AssignmentList assignments(const Principal &device);
    /** A template's exact bytes; 404 when there is no such version. */
    std::string templateBody(const std::string &id, const std::string &version);
    /** Stores a sealed return; 201 when stored now, 200 when the same bytes were already there. */
    int putReturn(const Principal &device, const std::string &uuid, const std::string &revision,
                  const std::string &body, const std::string &address);
    /** Review changes of the device's agency after @p after (a cursor; "" for the start). */
    protocol::ReviewPage reviews(const Principal &device, const std::string &after, const std::string &limit);
    /** Replaces the device's progress report. */
    void putProgress(const Principal &device, const protocol::ProgressReport &report);

private:
    protocol::Assignment assignmentFor(const protocol::Audit &audit, const std::string &agency) const;
    void checkAgainstAudit(const protocol::EnvelopeMetadata &metadata);

    Store &m_store;
    RateLimiter &m_limiter;
    std::size_t m_maxBodyBytes;
};

} // namespace maqa::server
