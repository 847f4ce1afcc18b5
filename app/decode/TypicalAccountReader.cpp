#include "TypicalAccountReader.h"

#include "core/Ids.h"

#include <limits>

namespace {
// JsonReader::dateFrom's bound: beyond ±1e15 s QDateTime cannot hold the date.
constexpr qint64 kDateLimit = 1000000000000000;
} // namespace

bool TypicalAccountReader::text(const RawField &field, QString &into, bool required, RecentStrings *shared)
{
    if (field.kind == RawField::Kind::String) {
        into = shared ? shared->text(field.text, m_arena) : m_arena.fromUtf8(field.text);
        return true;
    }
    return !required && field.isAbsent(); // a number given for a string is written out by the general rules
}

bool TypicalAccountReader::id(const RawField &field, QString &into, RecentStrings *shared)
{
    if (field.kind == RawField::Kind::String && Ids::isValidPathId(field.text)) {
        into = shared ? shared->text(field.text, m_arena) : m_arena.fromUtf8(field.text); // digits
        return true;
    }
    if (field.kind == RawField::Kind::Integer) {
        into = Ids::fromJson(QJsonValue(field.number)); // the same function the general rules call
        return !into.isEmpty();
    }
    return false;
}

bool TypicalAccountReader::date(const RawField &field, UtcTime &into, bool required)
{
    if (field.kind != RawField::Kind::Integer)
        return !required && field.isAbsent();
    const qint64 seconds = field.integer;
    if (seconds >= kDateLimit || seconds <= -kDateLimit)
        return false; // shown as unknown, and logged: the general rules do both
    into = UtcTime::fromSecsSinceEpoch(seconds);
    return true;
}

bool TypicalAccountReader::integer(const RawField &field, std::optional<int> &into)
{
    if (field.kind == RawField::Kind::Integer && field.integer >= std::numeric_limits<int>::min()
        && field.integer <= std::numeric_limits<int>::max()) {
        into = int(field.integer);
        return true;
    }
    return field.isAbsent();
}

bool TypicalAccountReader::read(const Fields &f, Account &a)
{
    using namespace AccountKey;
    if (!id(f[Id], a.id) || !text(f[Name], a.name, true, &m_strings[Name])
        || !text(f[Type], a.type, true, &m_strings[Type]) || !text(f[Status], a.status, true, &m_strings[Status])
        || !id(f[CustomerId], a.customerId, &m_strings[CustomerId])
        || !id(f[InstitutionId], a.institutionId, &m_strings[InstitutionId])
        || !id(f[InstitutionLoginId], a.institutionLoginId, &m_strings[InstitutionLoginId])
        || !text(f[Currency], a.currency, true, &m_strings[Currency]) || !date(f[CreatedDate], a.createdDate, true)
        || !text(f[AccountNumberDisplay], a.accountNumberDisplay, true)
        || !text(f[Nickname], a.nickname, false, &m_strings[Nickname]) || !text(f[Number], a.number, false)
        || !text(f[MarketSegment], a.marketSegment, false, &m_strings[MarketSegment]))
        return false;
    // The last four digits are usually what the display shows: one string for both.
    if (f[RealAccountNumberLast4].kind == RawField::Kind::String
        && f[RealAccountNumberLast4].text == f[AccountNumberDisplay].text)
        a.realAccountNumberLast4 = a.accountNumberDisplay;
    else if (!text(f[RealAccountNumberLast4], a.realAccountNumberLast4, false))
        return false;
    if (!f[ParentAccount].isAbsent() && !id(f[ParentAccount], a.parentAccountId))
        return false;
    if (!integer(f[AggregationStatusCode], a.aggregationStatusCode) || !integer(f[DisplayPosition], a.displayPosition))
        return false;
    if (f[AuthorizationExpires].kind == RawField::Kind::Bool)
        a.authorizationExpires = f[AuthorizationExpires].boolean;
    else if (!f[AuthorizationExpires].isAbsent())
        return false;
    const RawField &balance = f[Balance];
    if (balance.kind == RawField::Kind::Integer || balance.kind == RawField::Kind::Number) {
        const Money money = Money::fromMajorUnits(balance.number, a.currency);
        if (!money.isValid())
            return false;
        a.balance = money;
    } else if (!balance.isAbsent()) {
        return false;
    }
    return date(f[BalanceDate], a.balanceDate, false)
           && date(f[AggregationSuccessDate], a.aggregationSuccessDate, false)
           && date(f[AggregationAttemptDate], a.aggregationAttemptDate, false)
           && date(f[LastUpdatedDate], a.lastUpdatedDate, false)
           && date(f[LastTransactionDate], a.lastTransactionDate, false)
           && date(f[OldestTransactionDate], a.oldestTransactionDate, false)
           && date(f[AuthorizationStartDate], a.authorizationStartDate, false)
           && date(f[AuthorizationEndDate], a.authorizationEndDate, false)
           && date(f[LinkedAccountDate], a.linkedAccountDate, false) && f[Detail].isAbsent()
           && f[AccountKey::Position].isAbsent();
}
