#pragma once

#include "Decoded.h"
#include "core/Account.h"
#include "core/InstitutionLogin.h"

#include <QByteArray>
#include <QList>

#include <optional>

// The account list read with simdjson's On-Demand API straight into accounts: an account whose
// fields all have their usual form is filled directly (TypicalAccountReader), any other by the
// same JsonReader rules as every other answer, so tolerance, strictness, degrading and messages
// are the same. Every value is read, also those the console ignores, so that invalid JSON
// anywhere is refused as Qt's parser refuses it.
namespace SimdAccountList {

// Bytes a body keeps allocated past its end so that simdjson reads it in place, without a copy.
inline constexpr qsizetype kPadding = 64;

// nullopt when simdjson cannot parse the body (not JSON, invalid UTF-8, an integer beyond 64
// bits, nesting beyond its depth): the caller then parses it with Qt, which accepts it or names
// the problem. The size limit and an empty body are judged here, as everywhere.
std::optional<Decoded<QList<Account>>> decode(const QByteArray &body, qint64 maxBytes);
// The same, each account put straight into its institution login (as groupByInstitutionLogin).
std::optional<Decoded<QList<InstitutionLogin>>> decodeLogins(const QByteArray &body, qint64 maxBytes);

// How the top level of a body held its account list, and what its accounts' decode showed as
// unknown: what SplitAccountList checks of each part of a body it cut in two.
struct RootShape
{
    int accountsKeys = 0;      // "accounts" members (the last one counts, as in a QJsonObject)
    bool accountsLast = false; // "accounts" was the last member
    int degraded = 0;          // fields shown as unknown (counted, not logged)
};
// decodeLogins() of a part of a body (SplitAccountList): nothing is logged, `shape` is filled.
std::optional<Decoded<QList<InstitutionLogin>>> decodePart(const QByteArray &body, RootShape &shape);

} // namespace SimdAccountList
