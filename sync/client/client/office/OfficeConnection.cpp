// Keeping the office's connection (see OfficeConnection.h). The address is checked with ServerAddress before it is
// kept, and the token's shape with the server's own rule, so a pasted admin password or device token is refused here
// with a sentence rather than by the server with a 401.
#include "client/office/OfficeConnection.h"

#include "client/ServerAddress.h"
#include "client/SettingKeys.h"
#include "client/office/OfficeSettingKeys.h"

#include "core/util/Error.h"
#include "store/Store.h"
#include "store/db/Database.h"
#include "store/repos/SettingsRepository.h"

#include <nlohmann/json.hpp>

#include <QString>

namespace maqa::client {

namespace {

using core::Error;
using core::ErrorKind;

bool isOfficeToken(const std::string &token)
{
    // "mo1." and 64 lower-case hex digits (docs/api/openapi.yaml, Tokens).
    if (token.size() != 68 || token.rfind("mo1.", 0) != 0) {
        return false;
    }
    return token.find_first_not_of("0123456789abcdef", 4) == std::string::npos;
}

} // namespace

bool OfficeConnection::isOfficeStore(store::Store &store)
{
    return store.settings().value(office_keys::kRole) == office_keys::kOfficeRole;
}

bool OfficeConnection::exists(store::Store &store)
{
    return isOfficeStore(store) && store.settings().get(office_keys::kConnection).has_value() &&
           store.settings().get(office_keys::kToken).has_value();
}

OfficeConnection OfficeConnection::load(store::Store &store)
{
    const std::optional<std::string> text = store.settings().get(office_keys::kConnection);
    const std::optional<std::string> token = store.settings().get(office_keys::kToken);
    if (!isOfficeStore(store) || !text || !token) {
        throw Error(ErrorKind::NotFound, "This store is not set up as the partnership office's (run maqa-cli office "
                                         "init, or set the office up in the app).");
    }
    const nlohmann::json json = nlohmann::json::parse(*text, nullptr, false);
    if (!json.is_object() || !json.contains("server_url") || !json["server_url"].is_string() ||
        !json.value("ca_file", nlohmann::json()).is_string() ||
        !json.value("set_up_at", nlohmann::json()).is_string()) {
        throw Error(ErrorKind::Corrupt, "The office's server settings in this store are damaged; set the office up "
                                        "again with its server address and token.");
    }
    return {json["server_url"].get<std::string>(), json["ca_file"].get<std::string>(), *token,
            json["set_up_at"].get<std::string>()};
}

void OfficeConnection::save(store::Store &store) const
{
    if (store.settings().get(keys::kEnrolment).has_value()) {
        throw Error(ErrorKind::Refused, "This store belongs to an enrolled practitioner's device; the office needs a "
                                        "store of its own.");
    }
    ServerAddress::parse(QString::fromStdString(serverUrl)); // throws with the reason
    if (!isOfficeToken(token)) {
        throw Error(ErrorKind::Invalid, "That is not an office token: it starts with \"mo1.\" followed by 64 hex "
                                        "digits, as `maqa-server admin init` printed it.");
    }
    const nlohmann::json json = {{"server_url", serverUrl}, {"ca_file", caFile}, {"set_up_at", setUpAt}};
    store::Transaction tx(store.database());
    store.settings().set(office_keys::kRole, office_keys::kOfficeRole);
    store.settings().set(office_keys::kConnection, json.dump());
    store.settings().set(office_keys::kToken, token);
    tx.commit();
}

} // namespace maqa::client
