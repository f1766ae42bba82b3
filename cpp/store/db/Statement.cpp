// Prepared statements over the SQLCipher C API (see Statement.h).
// Every binding copies its data (SQLITE_TRANSIENT), so callers may pass temporaries.
#include "store/db/Statement.h"

#include "core/util/Error.h"
#include "store/db/Database.h"

#include <sqlite3.h>

#include <utility>

namespace maqa::store {

Statement::Statement(Database &db, std::string_view sql)
    : m_db(&db)
    , m_stmt(db.reuse(sql))
{
    if (m_stmt) {
        return;
    }
    const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        db.fail(rc, sql);
    }
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release() noexcept
{
    if (m_stmt && m_db) {
        m_db->keep(m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
}

Statement &Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindBlob(int index, const core::Bytes &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bind(int index, const std::optional<std::string> &text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

Statement &Statement::bind(int index, const std::optional<std::int64_t> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    sqlite3_reset(m_stmt);
    m_db->fail(rc, sqlite3_sql(m_stmt));
}

void Statement::run()
{
    while (step()) {}
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string Statement::text(int column) const
{
    const auto *p = sqlite3_column_text(m_stmt, column);
    return p ? std::string(reinterpret_cast<const char *>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
             : std::string();
}

std::optional<std::string> Statement::optText(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<std::string>(text(column));
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::optional<std::int64_t> Statement::optInteger(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<std::int64_t>(integer(column));
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

core::Bytes Statement::blob(int column) const
{
    const auto *p = static_cast<const std::uint8_t *>(sqlite3_column_blob(m_stmt, column));
    return p ? core::Bytes(p, p + sqlite3_column_bytes(m_stmt, column)) : core::Bytes();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace maqa::store
