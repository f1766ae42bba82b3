// QVariant <-> JSON for answers (see JsonBridge.h). QML hands arrays over as QVariantList (or a JS value that
// converts to one), numbers as double: whole doubles become JSON integers so `integer` questions accept them.
#include "app/controllers/JsonBridge.h"

#include <QStringList>

#include <cmath>

nlohmann::json variantToJson(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return nullptr;
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Float:
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9007199254740992.0) {
            return static_cast<long long>(d);
        }
        return d;
    }
    case QMetaType::QString:
        return value.toString().toStdString();
    case QMetaType::QStringList: {
        nlohmann::json array = nlohmann::json::array();
        for (const QString &s : value.toStringList()) {
            array.push_back(s.toStdString());
        }
        return array;
    }
    default:
        break;
    }
    // A JS array from QML may arrive as a QJSValue (QtQml is not linked here): it converts to a list, while a JS
    // object converts to a map and to an empty list. Lists are tried first so an array never becomes {"0": ...}.
    const QVariantList list = value.canConvert<QVariantList>() ? value.toList() : QVariantList();
    const QVariantMap map = list.isEmpty() && value.canConvert<QVariantMap>() ? value.toMap() : QVariantMap();
    if (!map.isEmpty() || value.typeId() == QMetaType::QVariantMap) {
        nlohmann::json object = nlohmann::json::object();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            object[it.key().toStdString()] = variantToJson(it.value());
        }
        return object;
    }
    if (!list.isEmpty() || value.canConvert<QVariantList>()) {
        nlohmann::json array = nlohmann::json::array();
        for (const QVariant &item : list) {
            array.push_back(variantToJson(item));
        }
        return array;
    }
    return value.toString().toStdString();
}

QVariant jsonToVariant(const nlohmann::json &json)
{
    if (json.is_null()) {
        return {};
    }
    if (json.is_string()) {
        return QString::fromStdString(json.get<std::string>());
    }
    if (json.is_boolean()) {
        return json.get<bool>();
    }
    if (json.is_number_integer()) {
        return static_cast<double>(json.get<long long>());
    }
    if (json.is_number()) {
        return json.get<double>();
    }
    if (json.is_array()) {
        QVariantList list;
        for (const auto &item : json) {
            list.push_back(jsonToVariant(item));
        }
        return list;
    }
    QVariantMap map;
    for (auto it = json.begin(); it != json.end(); ++it) {
        map.insert(QString::fromStdString(it.key()), jsonToVariant(it.value()));
    }
    return map;
}

QString jsonToDisplayText(const nlohmann::json &json)
{
    if (json.is_null()) {
        return {};
    }
    if (json.is_string()) {
        return QString::fromStdString(json.get<std::string>());
    }
    if (json.is_array()) {
        QStringList parts;
        for (const auto &item : json) {
            parts << jsonToDisplayText(item);
        }
        return parts.join(QStringLiteral(", "));
    }
    if (json.is_number_float()) {
        return QString::number(json.get<double>(), 'g', 10);
    }
    return QString::fromStdString(json.dump());
}
