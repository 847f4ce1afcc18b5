#pragma once

#include <QString>

class AccountTreeModel;

// A plain-text summary of an open customer for a support ticket: the customer, then each
// institution login with its institution, state, error code with meaning and next step, and its
// accounts (name, type, masked number, status). Balances only when asked for.
namespace CustomerSummary {

struct Options
{
    bool includeBalances = false;
};

QString text(const QString &customerId, const QString &customerName, const AccountTreeModel &model,
             const Options &options);

} // namespace CustomerSummary
