// Reading the demonstration's content (see DemoContent.h). It is part of maqa-cli, so a malformed file is a bug in
// the build: Error(Internal), naming what is missing.
#include "demo/DemoContent.h"

#include "core/domain/Agencies.h"
#include "core/util/Error.h"

#include <QFile>

#include <algorithm>

namespace maqa::cli::demo {

using core::Error;
using core::ErrorKind;

DemoContent DemoContent::shipped()
{
    QFile file(QStringLiteral(":/maqa/demo/early-help-demo.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::Internal, "The demonstration's content is missing from maqa-cli.");
    }
    const QByteArray bytes = file.readAll();
    nlohmann::json json = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (json.is_discarded()) {
        throw Error(ErrorKind::Internal, "The demonstration's content is not valid JSON.");
    }
    return DemoContent(std::move(json));
}

DemoContent::DemoContent(nlohmann::json json)
    : m_json(std::move(json))
{
    for (const char *key : {"audit", "agencies", "cases", "missing", "defaults", "light_na", "steady", "evidence",
                            "good_practice", "learning", "overall_learning", "rationale", "agency_actions", "reviews",
                            "panel_grades", "briefing", "plan"}) {
        if (!m_json.is_object() || !m_json.contains(key)) {
            throw Error(ErrorKind::Internal, std::string("The demonstration's content has no \"") + key + "\".");
        }
    }
}

const nlohmann::json &DemoContent::caseNamed(const std::string &code) const
{
    for (const nlohmann::json &c : cases()) {
        if (c.at("code") == code) {
            return c;
        }
    }
    throw Error(ErrorKind::Internal, "The demonstration's content has no case " + code + ".");
}

std::vector<std::string> DemoContent::agencies() const
{
    std::vector<std::string> slugs; // in the partnership's usual order, not the JSON object's (sorted) one
    for (const core::Agency &a : core::defaultAgencies()) {
        if (m_json.at("agencies").contains(std::string(a.slug))) {
            slugs.emplace_back(a.slug);
        }
    }
    return slugs;
}

bool DemoContent::isMissing(const std::string &agency, const std::string &caseCode) const
{
    for (const char *kind : {"overdue", "drafting"}) {
        for (const nlohmann::json &m : m_json.at("missing").at(kind)) {
            if (m.at("agency") == agency && m.at("case") == caseCode) {
                return true;
            }
        }
    }
    return false;
}

bool DemoContent::isLight(const nlohmann::json &caseJson, const std::string &agency) const
{
    const nlohmann::json &light = caseJson.at("light");
    return std::find(light.begin(), light.end(), agency) != light.end();
}

std::optional<nlohmann::json> DemoContent::answer(const nlohmann::json &caseJson, const std::string &agency,
                                                  const std::string &question) const
{
    const nlohmann::json &own = caseJson.at("agency_answers");
    if (own.contains(agency) && own.at(agency).contains(question)) {
        return own.at(agency).at(question);
    }
    const nlohmann::json &na = m_json.at("light_na");
    if (isLight(caseJson, agency) && std::find(na.begin(), na.end(), question) != na.end()) {
        return nlohmann::json("na");
    }
    if (caseJson.at("answers").contains(question)) {
        return caseJson.at("answers").at(question);
    }
    if (m_json.at("defaults").contains(question)) {
        return m_json.at("defaults").at(question);
    }
    return std::nullopt;
}

nlohmann::json DemoContent::resolveDates(const nlohmann::json &value, const QDate &today)
{
    if (!value.is_string()) {
        return value;
    }
    const QString text = QString::fromStdString(value.get<std::string>());
    const auto days = [&](const QString &rest) { return today.addDays(rest.section(' ', 0, 0).toInt()); };
    if (text.startsWith(QLatin1String("@date:"))) {
        return days(text.mid(6)).toString(Qt::ISODate).toStdString();
    }
    if (text.startsWith(QLatin1String("@datetime:"))) {
        const QString rest = text.mid(10);
        return (days(rest).toString(Qt::ISODate) + 'T' + rest.section(' ', 1, 1)).toStdString();
    }
    return value;
}

std::uint32_t DemoContent::hash(std::string_view key)
{
    std::uint32_t h = 2166136261u;
    for (const char c : key) {
        h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    }
    return h;
}

std::string DemoContent::pick(const nlohmann::json &list, std::string_view key)
{
    if (!list.is_array() || list.empty()) {
        return {};
    }
    return list.at(hash(key) % list.size()).get<std::string>();
}

} // namespace maqa::cli::demo
