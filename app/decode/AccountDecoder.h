#pragma once

#include "Decoded.h"
#include "JsonKeyCache.h"
#include "core/Account.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace AccountDecoder {

// {"accounts": [...]}: GetCustomerAccounts, the by-institution and by-login reads, v1 refreshes.
Decoded<QList<Account>> decodeList(const QByteArray &body, qint64 maxBytes = kDefaultMaxBodyBytes);
// One CustomerAccount with `detail` and `position`: GetCustomerAccount (v2).
Decoded<Account> decodeOne(const QByteArray &body, qint64 maxBytes = kDefaultMaxBodyBytes);
// One account object; path and index name it in failures (e.g. "accounts", 3: "accounts[3]");
// keys is shared by the objects of one list.
Account decodeObject(const QJsonObject &object, const QString &path, std::optional<DecodeFailure> &failure,
                     qsizetype index = -1, JsonKeyCache *keys = nullptr);

} // namespace AccountDecoder
