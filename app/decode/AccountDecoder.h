#pragma once

#include "Decoded.h"
#include "JsonKeyCache.h"
#include "core/Account.h"
#include "core/InstitutionLogin.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

class JsonReader;

namespace AccountDecoder {

// {"accounts": [...]}: GetCustomerAccounts, the by-institution and by-login reads, v1 refreshes.
// Read with simdjson's On-Demand API (SimdAccountList): typical accounts straight into the data
// types, any other by the same rules as everything else.
Decoded<QList<Account>> decodeList(const QByteArray &body, qint64 maxBytes = kDefaultMaxBodyBytes);
// The same, grouped by institution login as groupByInstitutionLogin() does, without a list of
// all accounts in between: the window's read of a customer.
Decoded<QList<InstitutionLogin>> decodeLogins(const QByteArray &body, qint64 maxBytes = kDefaultMaxBodyBytes);
// The same, never in parts: where a read in parts gave up (SplitAccountList).
Decoded<QList<InstitutionLogin>> decodeLoginsWhole(const QByteArray &body, qint64 maxBytes = kDefaultMaxBodyBytes);
// The same with Qt's parser: the fallback, the benchmark's and the fuzzer's reference.
Decoded<QList<Account>> decodeListWithQt(const QByteArray &body, qint64 maxBytes = kDefaultMaxBodyBytes);
// One CustomerAccount with `detail` and `position`: GetCustomerAccount (v2).
Decoded<Account> decodeOne(const QByteArray &body, qint64 maxBytes = kDefaultMaxBodyBytes);
// One account object; path and index name it in failures (e.g. "accounts", 3: "accounts[3]");
// keys is shared by the objects of one list.
Account decodeObject(const QJsonObject &object, const QString &path, std::optional<DecodeFailure> &failure,
                     qsizetype index = -1, JsonKeyCache *keys = nullptr);
// The account's fields by the reader's rules, whatever parsed them; accountKeys() are the fields read.
Account readAccount(JsonReader &reader, std::optional<DecodeFailure> &failure);
const QList<QLatin1StringView> &accountKeys();

} // namespace AccountDecoder
