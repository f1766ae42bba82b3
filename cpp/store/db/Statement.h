// A prepared SQLite statement with typed binding and reading; on destruction it goes back, reset, to its Database.
// Text is bound and read as UTF-8 std::string; blobs as core::Bytes; NULL as std::nullopt.
#pragma once

#include "core/crypto/Sodium.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace maqa::store {

class Database;

/** A prepared statement. Bind parameters by 1-based index, then step() through rows. */
class Statement
{
public:
    Statement(Database &db, std::string_view sql);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, const std::string &text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bindBlob(int index, const core::Bytes &blob);
    Statement &bindNull(int index);
    /** Binds text, or NULL when @p text is empty-optional. */
    Statement &bind(int index, const std::optional<std::string> &text);
    /** Binds an integer, or NULL. */
    Statement &bind(int index, const std::optional<std::int64_t> &value);

    /** Advances to the next row; false when done. Throws on error. */
    bool step();
    /** Runs a statement that returns no rows, then resets it. */
    void run();
    /** Resets for re-execution and clears bindings. */
    void reset();

    std::string text(int column) const;
    std::optional<std::string> optText(int column) const;
    std::int64_t integer(int column) const;
    std::optional<std::int64_t> optInteger(int column) const;
    double real(int column) const;
    core::Bytes blob(int column) const;
    bool isNull(int column) const;

private:
    /** Hands the statement back to the database for the next Statement of the same text (or finalises it). */
    void release() noexcept;

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace maqa::store
