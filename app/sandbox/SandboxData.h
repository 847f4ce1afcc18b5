#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <functional>
#include <optional>

// The sandbox's state: customers, institutions and accounts as the service stores them, in the
// spec's JSON shapes. Deletes and refreshes change it for the rest of the run.
class SandboxData
{
public:
    // Well-known customers of the seed data (README "Sandbox").
    static constexpr auto kTypicalCustomer = "1005061234";
    static constexpr auto kLargeCustomer = "1005061235";
    static constexpr auto kEmptyCustomer = "1005061236";
    static constexpr auto kAggregationErrorCustomer = "1005061237";
    static constexpr auto kRefreshFailsCustomer = "1005061238";
    static constexpr auto kStressCustomer = "1005061250"; // 100,000 accounts: built when first asked for

    explicit SandboxData(quint32 seed = 1);

    struct Failure
    {
        int httpStatus;
        QString code;
        QString message;
    };

    bool hasCustomer(const QString &customerId) const { return m_customers.contains(customerId); }
    QList<QJsonObject> findCustomers(const QString &search, const QString &username, const QString &type) const;
    std::optional<QJsonObject> customer(const QString &customerId) const;
    std::optional<QJsonObject> institution(const QString &institutionId) const;

    // The account list bodies, {"accounts": [...]}, without detail and positions.
    QByteArray accountsBody(const QString &customerId, const QString &status, const QString &accountType) const;
    QByteArray accountsBodyForInstitution(const QString &customerId, const QString &institutionId) const;
    QByteArray accountsBodyForLogin(const QString &customerId, const QString &loginId) const;
    bool hasLogin(const QString &customerId, const QString &loginId) const;
    // One account with detail and positions (v2).
    std::optional<QJsonObject> account(const QString &customerId, const QString &accountId) const;

    // Refreshes the customer's accounts, or one login's; returns the failure the bank gave.
    std::optional<Failure> refresh(const QString &customerId, const QString &loginId = {});
    bool deleteAccount(const QString &customerId, const QString &accountId);
    // The customer completed a Connect Fix: the login aggregates again.
    void completeFix(const QString &customerId, const QString &loginId);
    QString institutionNameOfLogin(const QString &customerId, const QString &loginId) const;
    int deleteLogin(const QString &customerId, const QString &loginId);

    int accountCount(const QString &customerId) const { return int(accountsOf(customerId).size()); }
    // False for a large customer nobody has asked for yet.
    bool isBuilt(const QString &customerId) const { return !m_lazy.contains(customerId); }

private:
    friend class SandboxSeed;
    static QByteArray wrapAccounts(const QList<QJsonObject> &accounts);
    // A customer's accounts; the large customers' are built on first use, so that the sandbox
    // answers its first request (and the console paints) without building 110,000 accounts.
    QList<QJsonObject> &accountsOf(const QString &customerId) const;

    QHash<QString, QJsonObject> m_customers; // by id, in the GetCustomers shape
    QStringList m_customerOrder;
    QHash<QString, QJsonObject> m_institutions;                         // by id, the Institution shape
    mutable QHash<QString, QList<QJsonObject>> m_accounts;              // by customer id, full v2 shape, login order
    mutable QHash<QString, std::function<QList<QJsonObject>()>> m_lazy; // customers not built yet
    QSet<QString> m_refreshFails;                                       // customers whose bank refuses refreshes
    mutable QHash<QString, QByteArray> m_listCache;                     // unfiltered list bodies, by customer id
    QRandomGenerator m_random;
};
