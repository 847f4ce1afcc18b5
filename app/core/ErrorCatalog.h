#pragma once

#include <QString>

#include <optional>

// What the API's codes mean, in an agent's words. Covers the request error codes the console
// can meet and the aggregation status codes that accounts carry.
namespace ErrorCatalog {

enum class Remedy {
    None,           // nothing to do but read it
    Retry,          // try again later
    CustomerFix,    // the customer repairs the connection through Connect "Fix"
    DeleteAndReAdd, // the agent removes the login and the customer links it again
    CheckSettings,  // the connection's settings are wrong
    Escalate,       // contact the provider's support
};

struct Entry
{
    QString meaning;
    QString advice;
    Remedy remedy = Remedy::None;
};

std::optional<Entry> lookup(const QString &code);
// For aggregation status codes carried by accounts (0 means success).
std::optional<Entry> lookupAggregation(int code);
bool isCustomerFixable(int aggregationCode);

} // namespace ErrorCatalog
