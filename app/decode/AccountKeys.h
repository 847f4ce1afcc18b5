#pragma once

#include <QLatin1StringView>

#include <array>

// The fields of an account the decoders read, by index: the simdjson path keeps one slot per key
// (JsonSlots, RawField), and the names below are the keys in the same order.
namespace AccountKey {
enum : int {
    Id,
    Name,
    Type,
    Status,
    CustomerId,
    InstitutionId,
    InstitutionLoginId,
    Currency,
    CreatedDate,
    AccountNumberDisplay,
    Nickname,
    Number,
    RealAccountNumberLast4,
    MarketSegment,
    ParentAccount,
    AggregationStatusCode,
    DisplayPosition,
    AuthorizationExpires,
    Balance,
    BalanceDate,
    AggregationSuccessDate,
    AggregationAttemptDate,
    LastUpdatedDate,
    LastTransactionDate,
    OldestTransactionDate,
    AuthorizationStartDate,
    AuthorizationEndDate,
    LinkedAccountDate,
    Detail,
    Position,
    Count
};

using namespace Qt::StringLiterals;
inline constexpr std::array<QLatin1StringView, Count> kNames = {
    "id"_L1,
    "name"_L1,
    "type"_L1,
    "status"_L1,
    "customerId"_L1,
    "institutionId"_L1,
    "institutionLoginId"_L1,
    "currency"_L1,
    "createdDate"_L1,
    "accountNumberDisplay"_L1,
    "accountNickname"_L1,
    "number"_L1,
    "realAccountNumberLast4"_L1,
    "marketSegment"_L1,
    "parentAccount"_L1,
    "aggregationStatusCode"_L1,
    "displayPosition"_L1,
    "authorizationExpires"_L1,
    "balance"_L1,
    "balanceDate"_L1,
    "aggregationSuccessDate"_L1,
    "aggregationAttemptDate"_L1,
    "lastUpdatedDate"_L1,
    "lastTransactionDate"_L1,
    "oldestTransactionDate"_L1,
    "authorizationStartDate"_L1,
    "authorizationEndDate"_L1,
    "linkedAccountDate"_L1,
    "detail"_L1,
    "position"_L1,
};
} // namespace AccountKey
