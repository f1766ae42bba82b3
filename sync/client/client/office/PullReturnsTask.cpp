// Pulling and opening returns (see PullReturnsTask.h). Each page is kept before the cursor moves: opened returns in
// one transaction, quarantined ones in another, then the cursor. A crash in between only repeats the page, and
// both writes ignore what they already hold. A page item that is not an envelope at all is quarantined whole too.
// A signer missing from the device list may have enrolled since it was pulled: the list is pulled again once per
// pass before such returns are quarantined as from an unknown device.
#include "client/office/PullReturnsTask.h"

#include "client/ApiClient.h"
#include "client/office/OfficeSettingKeys.h"
#include "client/office/OfficeTemplates.h"
#include "client/office/PullDevicesTask.h"

#include "core/util/Error.h"
#include "protocol/Json.h"
#include "protocol/Limits.h"
#include "protocol/OfficeOpening.h"
#include "store/Store.h"
#include "store/office/OfficeKeyRepository.h"
#include "store/office/OfficeReturnRepository.h"
#include "store/office/OfficeStore.h"
#include "store/office/QuarantineRepository.h"
#include "store/repos/SettingsRepository.h"

#include <QNetworkReply>

#include <algorithm>
#include <charconv>

namespace maqa::client {

namespace {

constexpr int kMaxPagesPerPass = 100000; //!< a server that always says "more" cannot keep the office busy forever

/** What an item that is not a readable envelope still says about itself, for the quarantine list. */
core::office::ReturnMeta claimedOf(const nlohmann::json &item)
{
    core::office::ReturnMeta meta;
    const nlohmann::json *envelope = item.is_object() && item.contains("envelope") ? &item["envelope"] : &item;
    if (!envelope->is_object()) {
        return meta;
    }
    const auto text = [&](const char *key, std::string &into) {
        if (const auto it = envelope->find(key); it != envelope->end() && it->is_string()) {
            into = it->get<std::string>().substr(0, 64);
        }
    };
    text("uuid", meta.ref.uuid);
    text("audit_id", meta.auditId);
    text("case_code", meta.caseCode);
    text("agency", meta.agency);
    text("device_id", meta.deviceId);
    text("template_id", meta.templateId);
    if (const auto it = envelope->find("revision"); it != envelope->end() && it->is_number_integer()) {
        meta.ref.revision = static_cast<int>(std::clamp<std::int64_t>(it->get<std::int64_t>(), 0, 1 << 20));
    }
    return meta;
}

} // namespace

void PullReturnsTask::start()
{
    std::vector<std::string> problems;
    m_templates = loadOfficeTemplates(m_context.store, &problems);
    for (std::string &p : problems) {
        m_context.summary.warnings.push_back(std::move(p));
    }
    m_keyring = m_context.office.keys().keyring();
    if (m_keyring.keyIds().empty()) {
        throw core::Error(core::ErrorKind::NotFound, "The office has no key pair yet, so it cannot open returns; "
                                                     "set the office up first.");
    }
    m_open.keys = &m_keyring;
    m_open.devices = m_context.office.keys().deviceKeys();
    m_open.templates = &m_templates;
    m_open.readPayload = protocol::protocolPayloadReader();
    m_open.threads = m_context.openThreads;
    const std::string cursor = m_context.store.settings().value(office_keys::kReturnsCursor, "0");
    // An unreadable cursor starts again from the first return: pulling a page again repeats nothing.
    if (std::from_chars(cursor.data(), cursor.data() + cursor.size(), m_after).ec != std::errc() || m_after < 0) {
        m_after = 0;
    }
    fetch();
}

void PullReturnsTask::fetch()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(m_after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(m_context.pageSize, 1, 200)));
    await(m_context.api.get(QStringLiteral("/office/returns"), query), [this](const ApiResponse &response) {
        if (const std::optional<nlohmann::json> page = successBody(response, "page of returns")) {
            read(*page);
        }
    });
}

void PullReturnsTask::read(const nlohmann::json &page)
{
    protocol::FieldReader reader(page, "page of returns");
    const nlohmann::json &items = reader.array("returns", protocol::kMaxListItems);
    m_nextAfter = reader.integer("next_after", 0, INT64_MAX);
    m_more = reader.boolean("more");
    reader.finish();
    m_batch.clear();
    m_unreadable.clear();
    for (const nlohmann::json &item : items) {
        try {
            m_batch.push_back(protocol::toSealedReturn(protocol::OfficeReturn::fromJson(item).envelope));
        } catch (const core::Error &e) {
            core::office::Quarantined q;
            q.index = m_batch.size() + m_unreadable.size();
            q.claimed = claimedOf(item);
            q.reason = core::office::QuarantineReason::ContentInvalid;
            q.message = std::string("The server sent a return that is not a valid envelope (") + e.what() +
                        "); it is kept here whole.";
            q.envelopeText = item.dump();
            m_unreadable.push_back(std::move(q));
        }
    }
    openAndKeep();
}

void PullReturnsTask::openAndKeep()
{
    core::office::OpenOutcome outcome = core::office::openReturns(m_batch, m_open);
    const bool unknownSigner =
        std::any_of(outcome.quarantined.begin(), outcome.quarantined.end(), [](const core::office::Quarantined &q) {
            return q.reason == core::office::QuarantineReason::UnknownDevice;
        });
    if (unknownSigner && !m_context.devicesRefreshed) {
        return refreshDevicesThenOpen();
    }
    outcome.quarantined.insert(outcome.quarantined.end(), m_unreadable.begin(), m_unreadable.end());
    const std::size_t added = m_context.office.returns().addOpened(outcome.opened, m_context.actor).size();
    m_context.summary.opened += static_cast<int>(added);
    m_context.summary.alreadyHeld += static_cast<int>(outcome.opened.size() - added);
    if (!outcome.quarantined.empty()) {
        m_context.summary.quarantined += m_context.office.quarantine().add(outcome.quarantined, m_context.actor);
        for (const core::office::Quarantined &q : outcome.quarantined) {
            ++m_context.summary.quarantineReasons[std::string(core::office::describe(q.reason))];
        }
    }
    m_context.store.settings().set(office_keys::kReturnsCursor, std::to_string(m_nextAfter));
    m_openedThisPass += static_cast<int>(outcome.opened.size());
    emit progressed(QStringLiteral("%1 returns opened so far").arg(m_openedThisPass));
    const bool moved = m_nextAfter > m_after;
    m_after = m_nextAfter;
    if (m_more && moved && ++m_pages < kMaxPagesPerPass) {
        return fetch();
    }
    finish();
}

void PullReturnsTask::refreshDevicesThenOpen()
{
    m_context.devicesRefreshed = true;
    await(m_context.api.get(QStringLiteral("/office/devices")), [this](const ApiResponse &response) {
        if (const std::optional<nlohmann::json> json = successBody(response, "device list")) {
            PullDevicesTask::keep(m_context, *json);
            m_open.devices = m_context.office.keys().deviceKeys();
            openAndKeep();
        }
    });
}

} // namespace maqa::client
