// Shared by the controller tests: the app's services over a fresh store in a temporary directory, unlocked
// synchronously (minimum Argon2id profile), and small helpers to read what a model shows.
#pragma once

#include "app/AppServices.h"
#include "app/controllers/SessionController.h"
#include "core/crypto/KeyWrap.h"
#include "store/Store.h"

#include <QAbstractItemModel>
#include <QTemporaryDir>

#include <memory>

namespace maqa::test {

inline constexpr const char *kAppPassphrase = "correct horse battery staple";

/** Services over @p dir with an open store (created on first use). */
inline std::unique_ptr<AppServices> openServices(const QString &dir)
{
    auto services = std::make_unique<AppServices>(dir, core::KdfParams::minimum());
    store::StoreOptions options;
    options.kdf = core::KdfParams::minimum();
    auto store = store::Store::exists(dir.toStdString())
                     ? store::Store::open(dir.toStdString(), kAppPassphrase, options)
                     : store::Store::create(dir.toStdString(), kAppPassphrase, options);
    services->session()->adoptStore(std::move(store));
    return services;
}

/** The value of @p role (by name) in row @p row of @p model. */
inline QVariant roleValue(const QAbstractItemModel &model, int row, const QByteArray &role)
{
    return model.data(model.index(row, 0), model.roleNames().key(role));
}

/** The first row whose @p role equals @p value, or -1. */
inline int findRow(const QAbstractItemModel &model, const QByteArray &role, const QVariant &value)
{
    for (int i = 0; i < model.rowCount(); ++i) {
        if (roleValue(model, i, role) == value) {
            return i;
        }
    }
    return -1;
}

} // namespace maqa::test
