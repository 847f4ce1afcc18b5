#pragma once

#include <QString>

class AccountFilterProxy;

// The accounts a view shows (after its filters and in its order) as CSV (RFC 4180), header
// first: the number masked to its last four digits, money as a plain decimal with its currency.
namespace AccountCsv {

QString visibleAccounts(const AccountFilterProxy &proxy);

} // namespace AccountCsv
