#include "SandboxSeed.h"

#include "SandboxData.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

struct InstitutionSeed
{
    const char *id;
    const char *name;
    const char *city;
    const char *state;
    const char *url;
    bool oauth;
    const char *status; // the institution's status; most are online
};

// Fictional institutions with believable names.
constexpr InstitutionSeed kInstitutions[] = {
    {"101732", "FinBank", "Salt Lake City", "UT", "https://www.finbank.example", true, "online"},
    {"102105", "Cascade Federal Credit Union", "Tacoma", "WA", "https://www.cascadefcu.example", false, "online"},
    {"102306", "Harborview Savings Bank", "Portland", "ME", "https://www.harborview.example", false, "online"},
    {"103014", "Summit National Bank", "Denver", "CO", "https://www.summitnational.example", true, "maintenance"},
    {"103290", "Prairie State Bank & Trust", "Springfield", "IL", "https://www.prairiestate.example", false, "online"},
    {"104117", "Evergreen Home Lending", "Eugene", "OR", "https://www.evergreenhome.example", false, "online"},
    {"104452", "Northstar Card Services", "Minneapolis", "MN", "https://www.northstarcard.example", true, "online"},
    {"105033", "Lakeside Community Bank", "Madison", "WI", "https://www.lakesidecb.example", false, "online"},
    {"105768", "Redwood Brokerage", "San Francisco", "CA", "https://www.redwoodbrokerage.example", true, "online"},
    {"106201", "Granite Mutual", "Concord", "NH", "https://www.granitemutual.example", false, "offline"},
};

QString nameFor(const QString &type)
{
    static const QHash<QString, QString> names = {
        {u"checking"_s, u"Everyday Checking"_s},
        {u"savings"_s, u"High Yield Savings"_s},
        {u"creditCard"_s, u"Rewards Visa"_s},
        {u"mortgage"_s, u"30-Year Fixed Mortgage"_s},
        {u"loan"_s, u"Auto Loan"_s},
        {u"investment"_s, u"Individual Brokerage"_s},
        {u"roth"_s, u"Roth IRA"_s},
        {u"401k"_s, u"Employer 401(k)"_s},
        {u"moneyMarket"_s, u"Money Market"_s},
        {u"cd"_s, u"12-Month CD"_s},
        {u"lineOfCredit"_s, u"Home Equity Line"_s},
    };
    return names.value(type, type);
}

bool isDebt(const QString &type)
{
    return type == "creditCard"_L1 || type == "mortgage"_L1 || type == "loan"_L1 || type == "lineOfCredit"_L1;
}

bool isInvestment(const QString &type)
{
    return type == "investment"_L1 || type == "roth"_L1 || type == "401k"_L1;
}

// InstitutionProductionStatus, every field required: consistent with the overall status.
QJsonObject productionStatus(const char *status)
{
    const QString overall = QString::fromLatin1(status);
    const QString product = overall == "online"_L1 ? overall : u"offline"_s;
    QJsonObject object{{u"overallStatus"_s, overall}};
    for (const auto key : {"transAgg"_L1, "voa"_L1, "voi"_L1, "stateAgg"_L1, "ach"_L1, "aha"_L1})
        object.insert(key, product);
    return object;
}

double centsToDollars(qint64 cents)
{
    return double(cents) / 100.0;
}

} // namespace

SandboxSeed::SandboxSeed(quint32 seed, qint64 firstAccountId, qint64 firstLoginId)
    : m_seed(seed)
    , m_random(seed)
    // Dates are relative to the start of today (UTC): the same data on every start of a day, and
    // ages ("3 hours ago", "6 days ago") that stay believable whenever the sandbox runs.
    , m_now(QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())
    , m_nextAccountId(firstAccountId)
    , m_nextLoginId(firstLoginId)
{}

QString SandboxSeed::nextAccountId()
{
    m_nextAccountId += 1 + m_random.bounded(40);
    return QString::number(m_nextAccountId);
}

void SandboxSeed::addInstitutions(SandboxData &data)
{
    for (const InstitutionSeed &seed : kInstitutions) {
        const QString id = QString::fromLatin1(seed.id);
        data.m_institutions.insert(id, QJsonObject{
                                           {u"id"_s, id.toLongLong()},
                                           {u"name"_s, QString::fromUtf8(seed.name)},
                                           {u"displayName"_s, QString::fromUtf8(seed.name)},
                                           {u"transAgg"_s, true},
                                           {u"ach"_s, true},
                                           {u"stateAgg"_s, true},
                                           {u"voi"_s, false},
                                           {u"voa"_s, true},
                                           {u"aha"_s, false},
                                           {u"availBalance"_s, true},
                                           {u"accountOwner"_s, true},
                                           {u"oauthEnabled"_s, seed.oauth},
                                           {u"currency"_s, u"USD"_s},
                                           {u"status"_s, QString::fromLatin1(seed.status)},
                                           {u"productionStatus"_s, productionStatus(seed.status)},
                                           {u"urlHomeApp"_s, QString::fromLatin1(seed.url)},
                                           {u"urlLogonApp"_s, QString::fromLatin1(seed.url) + u"/login"_s},
                                           {u"phone"_s, u"1-800-555-0"_s + id.right(3)},
                                           {u"address"_s, QJsonObject{{u"city"_s, QString::fromLatin1(seed.city)},
                                                                      {u"state"_s, QString::fromLatin1(seed.state)},
                                                                      {u"country"_s, u"USA"_s}}},
                                       });
    }
}

QJsonObject SandboxSeed::detailFor(const QString &type, double balance)
{
    const qint64 asOf = m_now - m_random.bounded(86400);
    if (type == "checking"_L1 || type == "savings"_L1 || type == "moneyMarket"_L1 || type == "cd"_L1) {
        return {{u"dateAsOf"_s, asOf},
                {u"availableBalanceAmount"_s, balance - centsToDollars(m_random.bounded(20000))},
                {u"openDate"_s, m_now - 86400ll * (400 + m_random.bounded(3000))},
                {u"interestYtdAmount"_s, centsToDollars(m_random.bounded(9000))},
                {u"periodInterestRate"_s, type == "checking"_L1 ? 0.01 : 4.25}};
    }
    if (type == "creditCard"_L1 || type == "lineOfCredit"_L1) {
        const double limit = 5000.0 + 1000.0 * m_random.bounded(20);
        return {{u"dateAsOf"_s, asOf},
                {u"creditMaxAmount"_s, limit},
                {u"creditAvailableAmount"_s, limit + balance},
                {u"currentBalance"_s, -balance},
                {u"paymentMinAmount"_s, 35.0},
                {u"paymentDueDate"_s, m_now + 86400ll * (3 + m_random.bounded(25))},
                {u"lastPaymentAmount"_s, centsToDollars(5000 + m_random.bounded(60000))},
                {u"lastPaymentDate"_s, m_now - 86400ll * (5 + m_random.bounded(25))},
                {u"interestRate"_s, u"21.99"_s}};
    }
    if (type == "mortgage"_L1 || type == "loan"_L1) {
        return {{u"dateAsOf"_s, asOf},
                {u"interestRate"_s, type == "mortgage"_L1 ? u"6.125"_s : u"7.49"_s},
                {u"principalBalance"_s, -balance},
                {u"escrowBalance"_s, type == "mortgage"_L1 ? 3120.44 : 0.0},
                {u"nextPayment"_s, type == "mortgage"_L1 ? 2488.17 : 412.90},
                {u"nextPaymentDate"_s, m_now + 86400ll * (1 + m_random.bounded(28))},
                {u"payoffAmount"_s, -balance + 211.37},
                {u"maturityDate"_s, m_now + 86400ll * 365 * (type == "mortgage"_L1 ? 27 : 4)},
                {u"loanTermType"_s, u"fixed"_s},
                {u"paymentsMade"_s, 14 + int(m_random.bounded(30))}};
    }
    return {{u"dateAsOf"_s, asOf},
            {u"availableCashBalance"_s, centsToDollars(m_random.bounded(500000))},
            {u"marginAllowed"_s, type == "investment"_L1},
            {u"vestedBalance"_s, type == "401k"_L1 ? balance : 0.0}};
}

QJsonArray SandboxSeed::positionsFor(double marketValue)
{
    struct Holding
    {
        const char *symbol;
        const char *name;
        const char *type;
        const char *cusip;
        double price;
    };
    static constexpr Holding holdings[] = {
        {"VTI", "Vanguard Total Stock Market ETF", "ETF", "922908769", 268.41},
        {"AAPL", "Apple Inc.", "STOCK", "037833100", 231.77},
        {"BND", "Vanguard Total Bond Market ETF", "ETF", "921937835", 72.58},
        {"FXAIX", "Fidelity 500 Index Fund", "MUTUALFUND", "315911750", 198.12},
    };
    QJsonArray positions;
    const double share = marketValue / 4.0;
    qint64 id = 400000000 + m_random.bounded(100000);
    for (const Holding &h : holdings) {
        const double units = std::floor(share / h.price * 1000.0) / 1000.0;
        const double value = std::round(units * h.price * 100.0) / 100.0;
        const double cost = std::round(value * (0.7 + m_random.bounded(50) / 100.0) * 100.0) / 100.0;
        positions.append(QJsonObject{
            {u"id"_s, ++id},
            {u"symbol"_s, QString::fromLatin1(h.symbol)},
            {u"securityName"_s, QString::fromLatin1(h.name)},
            {u"securityType"_s, QString::fromLatin1(h.type)},
            {u"securityId"_s, QString::fromLatin1(h.cusip)},
            {u"securityIdType"_s, u"CUSIP"_s},
            {u"units"_s, units},
            {u"currentPrice"_s, h.price},
            {u"marketValue"_s, value},
            {u"costBasis"_s, cost},
            {u"totalGLDollar"_s, std::round((value - cost) * 100.0) / 100.0},
            {u"holdType"_s, u"LONG"_s},
            {u"status"_s, u"A"_s},
            {u"currentPriceDate"_s, m_now - 3600},
        });
    }
    return positions;
}

QJsonObject SandboxSeed::makeAccount(const QString &customerId, const QString &institutionId, qint64 loginId,
                                     const QString &type, int aggregationCode, int position, int daysSinceSuccess,
                                     const QString &nickname)
{
    qint64 cents = 0;
    if (isDebt(type))
        cents = -qint64(m_random.bounded(type == "mortgage"_L1 ? 45000000 : 1500000));
    else if (isInvestment(type))
        cents = 1000000 + qint64(m_random.bounded(25000000));
    else
        cents = 5000 + qint64(m_random.bounded(2500000));
    const double balance = centsToDollars(cents);
    const QString last4 = QString::number(1000 + m_random.bounded(9000));
    const qint64 created = m_now - 86400ll * (30 + m_random.bounded(1500));
    const qint64 success = m_now - m_random.bounded(86400) - 86400ll * daysSinceSuccess;
    const qint64 attempt = aggregationCode ? m_now - m_random.bounded(3600) : success;
    QJsonObject account{
        {u"id"_s, nextAccountId()},
        {u"number"_s, u"xxxxxx"_s + last4},
        {u"accountNumberDisplay"_s, last4},
        {u"realAccountNumberLast4"_s, last4},
        {u"name"_s, nameFor(type)},
        {u"accountNickname"_s, nickname},
        {u"balance"_s, balance},
        {u"type"_s, type},
        {u"aggregationStatusCode"_s, aggregationCode},
        {u"status"_s, u"active"_s},
        {u"customerId"_s, customerId},
        {u"institutionId"_s, institutionId},
        {u"balanceDate"_s, aggregationCode ? success - 86400 * 6 : success},
        {u"aggregationSuccessDate"_s, aggregationCode ? success - 86400 * 6 : success},
        {u"aggregationAttemptDate"_s, attempt},
        {u"createdDate"_s, created},
        {u"lastUpdatedDate"_s, success},
        {u"linkedAccountDate"_s, created},
        {u"currency"_s, u"USD"_s},
        {u"institutionLoginId"_s, loginId},
        {u"displayPosition"_s, position},
        {u"marketSegment"_s, u"personal"_s},
        {u"detail"_s, detailFor(type, balance)},
    };
    if (isInvestment(type))
        account.insert(u"position"_s, positionsFor(balance));
    return account;
}

void SandboxSeed::addCustomerRecord(SandboxData &data, const QString &id, const QString &first, const QString &last,
                                    const QString &username)
{
    const qint64 created = m_now - 86400ll * (200 + m_random.bounded(900));
    data.m_customers.insert(id, QJsonObject{{u"id"_s, id},
                                            {u"username"_s, username},
                                            {u"firstName"_s, first},
                                            {u"lastName"_s, last},
                                            {u"type"_s, u"active"_s},
                                            {u"createdDate"_s, QString::number(created)},
                                            {u"lastModifiedDate"_s, QString::number(created + 86400 * 30)}});
    data.m_customerOrder.append(id);
}

QList<QJsonObject> SandboxSeed::makeAccounts(const QString &customerId, const QList<LoginPlan> &logins)
{
    QList<QJsonObject> accounts;
    for (const LoginPlan &plan : logins) {
        const qint64 loginId = nextLoginId();
        for (qsizetype i = 0; i < plan.types.size(); ++i)
            accounts.append(makeAccount(customerId, plan.institutionId, loginId, plan.types[i],
                                        plan.aggregationCodes.value(i, 0), int(i) + 1, plan.daysSinceSuccess,
                                        plan.nicknames.value(i, i == 0 ? u"Main"_s : QString())));
    }
    return accounts;
}

void SandboxSeed::addCustomer(SandboxData &data, const QString &id, const QString &first, const QString &last,
                              const QString &username, const QList<LoginPlan> &logins)
{
    addCustomerRecord(data, id, first, last, username);
    data.m_accounts.insert(id, makeAccounts(id, logins));
}

// 50 accounts per login, a mix of types at every institution; one login in 37 has error 103.
QList<SandboxSeed::LoginPlan> SandboxSeed::largePlans(int count)
{
    static const QStringList mix = {u"checking"_s, u"savings"_s, u"creditCard"_s,  u"moneyMarket"_s,
                                    u"cd"_s,       u"loan"_s,    u"lineOfCredit"_s};
    QList<LoginPlan> plans;
    for (int login = 0; login < count / 50; ++login) {
        LoginPlan plan{QString::fromLatin1(kInstitutions[login % std::size(kInstitutions)].id), {}, {}};
        for (int i = 0; i < 50; ++i) {
            plan.types.append(mix[(login + i) % mix.size()]);
            plan.aggregationCodes.append(login % 37 == 5 ? 103 : 0);
        }
        plans.append(plan);
    }
    return plans;
}

void SandboxSeed::addLargeCustomer(SandboxData &data, const QString &id, const QString &first, const QString &last,
                                   const QString &username, int count, qint64 firstAccountId, qint64 firstLoginId)
{
    addCustomerRecord(data, id, first, last, username);
    data.m_lazy.insert(id, [seed = m_seed ^ quint32(count), id, count, firstAccountId, firstLoginId] {
        return SandboxSeed(seed, firstAccountId, firstLoginId).makeAccounts(id, largePlans(count));
    });
}

void SandboxSeed::populate(SandboxData &data)
{
    addInstitutions(data);
    // The typical customer: three logins, eight accounts.
    addCustomer(data, QString::fromLatin1(SandboxData::kTypicalCustomer), u"Avery"_s, u"Johnson"_s, u"ajohnson"_s,
                {{u"101732"_s, {u"checking"_s, u"savings"_s, u"creditCard"_s}, {}},
                 {u"104117"_s, {u"mortgage"_s, u"loan"_s}, {}},
                 {u"105768"_s, {u"investment"_s, u"roth"_s, u"401k"_s}, {}}});

    // 10,000 accounts under 200 logins, and 100,000 under 2,000 (the stress customer, 56 MB:
    // under the 64 MiB body limit), both built when first asked for.
    addLargeCustomer(data, QString::fromLatin1(SandboxData::kLargeCustomer), u"Jordan"_s, u"Whitfield"_s,
                     u"whitfield-treasury"_s, 10000, 6011000000, 2007300000);
    addLargeCustomer(data, QString::fromLatin1(SandboxData::kStressCustomer), u"Morgan"_s, u"Stress"_s,
                     u"stress-100k"_s, 100000, 7011000000, 3007300000);

    addCustomer(data, QString::fromLatin1(SandboxData::kEmptyCustomer), u"Riley"_s, u"Chen"_s, u"rchen"_s, {});

    addCustomer(data, QString::fromLatin1(SandboxData::kAggregationErrorCustomer), u"Sam"_s, u"Patel"_s, u"spatel"_s,
                {{u"102105"_s, {u"checking"_s, u"savings"_s}, {103, 103}},
                 {u"103014"_s, {u"checking"_s, u"creditCard"_s}, {185, 185}},
                 {u"104452"_s, {u"creditCard"_s}, {945}},
                 {u"105033"_s, {u"savings"_s}, {}, 9}}); // no error, but nothing new for nine days

    addCustomer(data, QString::fromLatin1(SandboxData::kRefreshFailsCustomer), u"Casey"_s, u"Morgan"_s, u"cmorgan"_s,
                {{u"103290"_s, {u"checking"_s, u"savings"_s}, {}}});
    data.m_refreshFails.insert(QString::fromLatin1(SandboxData::kRefreshFailsCustomer));

    // A few more, so that search has something to choose from.
    addCustomer(data, u"1005061239"_s, u"Taylor"_s, u"Brooks"_s, u"tbrooks"_s,
                {{u"102306"_s, {u"checking"_s, u"savings"_s}, {}}});
    addCustomer(data, u"1005061240"_s, u"Jamie"_s, u"Rivera"_s, u"jrivera"_s,
                {{u"101732"_s, {u"checking"_s}, {}}, {u"104452"_s, {u"creditCard"_s}, {}}});
    addCustomer(data, u"1005061241"_s, u"Dana"_s, u"Johnston"_s, u"djohnston"_s,
                {{u"106201"_s, {u"savings"_s, u"cd"_s}, {}}});
    addCustomer(data, u"1005061242"_s, u"Priya"_s, u"Shah"_s, u"pshah"_s,
                {{u"105768"_s, {u"investment"_s}, {}}, {u"101732"_s, {u"checking"_s}, {}}});
    addCustomer(data, u"1005061243"_s, u"Elena"_s, u"García"_s, u"egarcia"_s,
                // A nickname with a comma and quotes, as customers type them (CSV and summaries quote it).
                {{u"105033"_s, {u"checking"_s, u"creditCard"_s}, {}, 0, {u"Bills, \"joint\""_s}}});
}
