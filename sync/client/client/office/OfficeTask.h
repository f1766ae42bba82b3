// One unit of the office's sync work, like the device's tasks (client/tasks/Task.h): a class per operation, run one
// at a time by OfficeSync, finishing once with a TaskOutcome. Office tasks share the office's store, its repositories
// and the API client (the device's HTTP and TLS plumbing), and count what they do in the pass's summary.
#pragma once

#include "client/office/OfficePullSummary.h"
#include "client/tasks/Task.h"

#include <nlohmann/json.hpp>

#include <QObject>
#include <QSet>

#include <functional>
#include <optional>
#include <string>

namespace maqa::store {
class Store;
namespace office {
class OfficeStore;
}
} // namespace maqa::store

namespace maqa::client {

class ApiClient;

/** What every office task works with. Owned by OfficeSync while a store is attached. */
struct OfficeTaskContext
{
    store::Store &store;
    store::office::OfficeStore &office;
    ApiClient &api;
    OfficePullSummary summary;     //!< counts of the pass running now (reset by OfficeSync)
    std::string actor = "office";  //!< who the office's log names for openings and reviews
    unsigned openThreads = 0;      //!< threads opening returns; 0: one per core
    int pageSize = 200;            //!< returns per page (the server allows 1..200)
    bool devicesRefreshed = false; //!< the device list was pulled again this pass for an unknown signer
};

/** Base of every office task: one operation of the office's sync over the shared OfficeTaskContext. */
class OfficeTask : public RequestTask
{
    Q_OBJECT
public:
    /** A task over @p context (which outlives it). */
    explicit OfficeTask(OfficeTaskContext &context);

    /** What the task does, for the status line and for errors: "Pulling returns". */
    virtual QString activity() const = 0;

signals:
    /** Something worth showing happened ("312 returns opened so far"). */
    void progressed(const QString &detail);

protected:
    /**
     * The JSON object a successful @p response carries (@p what names it in errors). When the response is a failure
     * the task finishes with it and nullopt is returned; a malformed body throws Error(Invalid).
     */
    std::optional<nlohmann::json> successBody(const ApiResponse &response, const std::string &what);

    OfficeTaskContext &m_context;
};

/** The outcome of an office request that got @p response (not a success), in words for the office. */
TaskOutcome officeOutcome(const ApiResponse &response);

} // namespace maqa::client
