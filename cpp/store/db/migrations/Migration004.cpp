// Migration 4: the outbox in sending order per state, so the sealer's and the uploader's next page is read off an
// index instead of sorting every waiting item for each page (10,000 waiting made each page cost milliseconds).
#include "store/db/migrations/MigrationSql.h"

namespace maqa::store::migrations {

const char *const kMigration4 = R"sql(
CREATE INDEX outbox_in_order ON outbox(state, queued_at, uuid);
)sql";

} // namespace maqa::store::migrations
