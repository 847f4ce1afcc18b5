#include "AccountDecoder.h"

#include "AccountKeys.h"
#include "JsonReader.h"
#include "SimdAccountList.h"
#include "SplitAccountList.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// detail/position numbers that are rates, percentages, counts or units rather than money.
bool isNonMoneyNumber(const QString &key)
{
    static const QStringList exact = {u"units"_s, u"paymentsMade"_s, u"paymentsRemaining"_s, u"currencyRate"_s,
                                      u"optionSharesPerContract"_s};
    return exact.contains(key) || key.contains(u"Rate"_s) || key.contains(u"Percent"_s)
           || key.startsWith(u"interestRate"_s);
}

bool isDateKey(const QString &key)
{
    return key.endsWith(u"Date"_s) || key == u"dateAsOf"_s;
}

// Types one loosely-specified field: the spec lists ~100 type-specific detail fields and adds
// more over time, so they are typed by shape and name rather than by a fixed list.
QVariant typedValue(const QString &key, const QJsonValue &value, const QString &currency)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        if (isDateKey(key)) {
            bool ok = false;
            const QDateTime date = JsonReader::dateFromJson(value, &ok);
            if (ok)
                return date;
        }
        if (isNonMoneyNumber(key))
            return value.toDouble();
        const Money money = Money::fromMajorUnits(value.toDouble(), currency);
        return money.isValid() ? QVariant::fromValue(money) : QVariant(value.toDouble());
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

std::optional<Money> moneyField(JsonReader &reader, QLatin1StringView key, const QString &currency)
{
    const std::optional<double> amount = reader.optionalNumber(key);
    if (!amount)
        return std::nullopt;
    const Money money = Money::fromMajorUnits(*amount, currency);
    if (!money.isValid()) {
        reader.fail(reader.pathOf(key), u"amount cannot be held exactly"_s);
        return std::nullopt;
    }
    return money;
}

Position decodePosition(const QJsonObject &object, const QString &path, const QString &currency,
                        std::optional<DecodeFailure> &failure)
{
    JsonReader reader(object, path, failure);
    Position position;
    position.id = reader.optionalId("id"_L1);
    position.symbol = reader.optionalString("symbol"_L1);
    position.securityName = reader.optionalString("securityName"_L1);
    position.securityType = reader.optionalString("securityType"_L1);
    position.units = reader.optionalNumber("units"_L1);
    const QString priceCurrency = object.value("securityCurrency"_L1).toString(currency);
    position.currentPrice = moneyField(reader, "currentPrice"_L1, priceCurrency);
    position.marketValue = moneyField(reader, "marketValue"_L1, currency);
    position.costBasis = moneyField(reader, "costBasis"_L1, currency);
    position.currentPriceDate = reader.optionalDate("currentPriceDate"_L1);
    static const QStringList handled = {u"id"_s,           u"symbol"_s,    u"securityName"_s,
                                        u"securityType"_s, u"units"_s,     u"currentPrice"_s,
                                        u"marketValue"_s,  u"costBasis"_s, u"currentPriceDate"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (handled.contains(it.key()) || it.value().isNull())
            continue;
        position.otherFields.append({it.key(), typedValue(it.key(), it.value(), currency)});
    }
    return position;
}

// The v2 account's type-specific fields, typed by shape and name.
void decodeDetail(JsonReader &reader, Account &a)
{
    const QJsonValue detail = reader.raw("detail"_L1);
    if (detail.isObject()) {
        const QJsonObject fields = detail.toObject();
        a.detail.reserve(fields.size());
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!it.value().isNull())
                a.detail.append({it.key(), typedValue(it.key(), it.value(), a.currency)});
        }
    } else if (!detail.isUndefined()) {
        reader.fail(reader.pathOf("detail"_L1), u"expected an object, got "_s + JsonReader::typeName(detail));
    }
}

// An investment account's holdings.
void decodePositions(JsonReader &reader, Account &a, std::optional<DecodeFailure> &failure)
{
    const QJsonValue positions = reader.raw("position"_L1);
    if (positions.isArray()) {
        const QJsonArray array = positions.toArray();
        for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
            const QString itemPath = reader.pathOf("position"_L1) + u'[' + QString::number(i) + u']';
            if (!array.at(i).isObject()) {
                reader.fail(itemPath, u"expected an object, got "_s + JsonReader::typeName(array.at(i)));
                break;
            }
            a.positions.append(decodePosition(array.at(i).toObject(), itemPath, a.currency, failure));
        }
    } else if (!positions.isUndefined()) {
        reader.fail(reader.pathOf("position"_L1), u"expected an array, got "_s + JsonReader::typeName(positions));
    }
}

} // namespace

namespace AccountDecoder {

Account readAccount(JsonReader &reader, std::optional<DecodeFailure> &failure)
{
    Account a;
    a.id = reader.requiredId("id"_L1);
    a.name = reader.requiredString("name"_L1);
    a.type = reader.requiredString("type"_L1);
    a.status = reader.requiredString("status"_L1);
    a.customerId = reader.referenceId("customerId"_L1);
    a.institutionId = reader.referenceId("institutionId"_L1);
    a.institutionLoginId = reader.referenceId("institutionLoginId"_L1);
    a.currency = reader.requiredString("currency"_L1);
    a.createdDate = reader.requiredDate("createdDate"_L1);
    a.accountNumberDisplay = reader.requiredString("accountNumberDisplay"_L1);
    // Listed as required by the spec but absent from its own examples (API-NOTES): optional.
    a.nickname = reader.optionalString("accountNickname"_L1);
    a.number = reader.optionalString("number"_L1);
    a.realAccountNumberLast4 = reader.optionalString("realAccountNumberLast4"_L1);
    a.marketSegment = reader.optionalString("marketSegment"_L1);
    a.parentAccountId = reader.optionalId("parentAccount"_L1);
    a.aggregationStatusCode = reader.optionalInt("aggregationStatusCode"_L1);
    a.displayPosition = reader.optionalInt("displayPosition"_L1);
    a.authorizationExpires = reader.optionalBool("authorizationExpires"_L1);
    a.balance = moneyField(reader, "balance"_L1, a.currency);
    a.balanceDate = reader.optionalDate("balanceDate"_L1);
    a.aggregationSuccessDate = reader.optionalDate("aggregationSuccessDate"_L1);
    a.aggregationAttemptDate = reader.optionalDate("aggregationAttemptDate"_L1);
    a.lastUpdatedDate = reader.optionalDate("lastUpdatedDate"_L1);
    a.lastTransactionDate = reader.optionalDate("lastTransactionDate"_L1);
    a.oldestTransactionDate = reader.optionalDate("oldestTransactionDate"_L1);
    a.authorizationStartDate = reader.optionalDate("authorizationStartDate"_L1);
    a.authorizationEndDate = reader.optionalDate("authorizationEndDate"_L1);
    a.linkedAccountDate = reader.optionalDate("linkedAccountDate"_L1);

    decodeDetail(reader, a);
    decodePositions(reader, a, failure);
    if (!reader.ok())
        return {};
    return a;
}

const QList<QLatin1StringView> &accountKeys()
{
    static const QList<QLatin1StringView> keys(AccountKey::kNames.begin(), AccountKey::kNames.end());
    return keys;
}

Account decodeObject(const QJsonObject &object, const QString &path, std::optional<DecodeFailure> &failure,
                     qsizetype index, JsonKeyCache *keys)
{
    JsonReader reader(object, path, failure, index, keys);
    return readAccount(reader, failure);
}

Decoded<QList<Account>> decodeListWithQt(const QByteArray &body, qint64 maxBytes)
{
    return decodeRoot<QList<Account>>(body, maxBytes, [](const QJsonObject &root, QList<Account> &list, auto &failure) {
        const auto accounts = JsonReader::member(root, "accounts"_L1, QJsonValue::Array, failure);
        if (!accounts)
            return;
        const QJsonArray array = accounts->toArray();
        list.reserve(array.size());
        const QString arrayPath = u"accounts"_s;
        JsonKeyCache keys;
        for (qsizetype i = 0; i < array.size() && !failure; ++i) {
            if (const auto item = JsonReader::objectAt(array, i, arrayPath, failure))
                list.append(decodeObject(*item, arrayPath, failure, i, &keys));
        }
    });
}

Decoded<QList<Account>> decodeList(const QByteArray &body, qint64 maxBytes)
{
    // simdjson first; what it cannot parse (invalid JSON, integers beyond 64 bits) goes to Qt's
    // parser, which then accepts it or says why not, in the words the agent has always read.
    if (auto fast = SimdAccountList::decode(body, maxBytes))
        return std::move(*fast);
    return decodeListWithQt(body, maxBytes);
}

Decoded<QList<InstitutionLogin>> decodeLogins(const QByteArray &body, qint64 maxBytes)
{
    if (body.size() >= SplitAccountList::kSplitBytes && body.size() <= maxBytes) {
        if (auto parts = SplitAccountList::decodeLogins(body))
            return {std::move(*parts), std::nullopt};
    }
    return decodeLoginsWhole(body, maxBytes);
}

Decoded<QList<InstitutionLogin>> decodeLoginsWhole(const QByteArray &body, qint64 maxBytes)
{
    if (auto fast = SimdAccountList::decodeLogins(body, maxBytes))
        return std::move(*fast);
    Decoded<QList<Account>> flat = decodeListWithQt(body, maxBytes);
    return {groupByInstitutionLogin(std::move(flat.value)), std::move(flat.failure)};
}

Decoded<Account> decodeOne(const QByteArray &body, qint64 maxBytes)
{
    return decodeRoot<Account>(body, maxBytes, [](const QJsonObject &root, Account &account, auto &failure) {
        account = decodeObject(root, {}, failure);
    });
}

} // namespace AccountDecoder
