// Registering the office key (see RegisterKeyTask.h). The server answers with the key id it derived; it must be the
// office's own, or the two disagree about which key returns are sealed to and the office could not open them.
#include "client/office/RegisterKeyTask.h"

#include "client/ApiClient.h"

#include "core/crypto/Sodium.h"
#include "core/util/Error.h"
#include "protocol/Office.h"
#include "store/office/OfficeKeyRepository.h"
#include "store/office/OfficeStore.h"

#include <QNetworkReply>
#include <QTimer>

namespace maqa::client {

void RegisterKeyTask::start()
{
    store::office::OfficeKeyRepository &keys = m_context.office.keys();
    std::optional<core::envelope::BoxKeyPair> active = keys.activeKey();
    if (!active) {
        active = keys.createKey(m_context.actor);
    }
    const std::string keyId = core::envelope::keyId(active->publicKey);
    for (const store::office::OfficeKeyInfo &info : keys.keys()) {
        if (info.keyId == keyId && info.registeredAt) {
            QTimer::singleShot(0, this, [this] { finish(); }); // finished() after run() returns, like a reply
            return;
        }
    }
    const std::string body = nlohmann::json{{"public_key", core::toBase64(active->publicKey)}}.dump();
    await(m_context.api.put(QStringLiteral("/office/key"), QByteArray::fromStdString(body)),
          [this, keyId](const ApiResponse &response) {
              const std::optional<nlohmann::json> json = successBody(response, "office key");
              if (!json) {
                  return;
              }
              const protocol::OfficeKey answer = protocol::OfficeKey::fromJson(*json);
              if (answer.keyId != keyId) {
                  throw core::Error(core::ErrorKind::Invalid, "The server registered the office key under id " +
                                                                  answer.keyId + ", not " + keyId +
                                                                  "; returns sealed to it could not be opened.");
              }
              m_context.office.keys().markRegistered(keyId);
              m_context.summary.keyRegistered = true;
              finish();
          });
}

} // namespace maqa::client
