#pragma once

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

class SandboxData;

// Builds the sandbox's deterministic seed data: the same customers, institutions, accounts and
// balances on every start with the same seed.
class SandboxSeed
{
public:
    // Account and login ids count up from the given ones.
    explicit SandboxSeed(quint32 seed, qint64 firstAccountId = 5011648377, qint64 firstLoginId = 1007302745);
    void populate(SandboxData &data);

private:
    struct LoginPlan
    {
        QString institutionId;
        QStringList types;
        QList<int> aggregationCodes = {}; // per account; missing means 0
        int daysSinceSuccess = 0;         // more than a few: a stale login
        QStringList nicknames = {};       // per account; missing means "Main" for the first, else none
    };

    void addInstitutions(SandboxData &data);
    void addCustomer(SandboxData &data, const QString &id, const QString &first, const QString &last,
                     const QString &username, const QList<LoginPlan> &logins);
    void addCustomerRecord(SandboxData &data, const QString &id, const QString &first, const QString &last,
                           const QString &username);
    // A large customer whose `count` accounts are built on first use, from a seed and id ranges
    // of its own (so that the others' data does not depend on whether it was ever asked for).
    void addLargeCustomer(SandboxData &data, const QString &id, const QString &first, const QString &last,
                          const QString &username, int count, qint64 firstAccountId, qint64 firstLoginId);
    static QList<LoginPlan> largePlans(int count);
    QList<QJsonObject> makeAccounts(const QString &customerId, const QList<LoginPlan> &logins);
    QJsonObject makeAccount(const QString &customerId, const QString &institutionId, qint64 loginId,
                            const QString &type, int aggregationCode, int position, int daysSinceSuccess,
                            const QString &nickname);
    QJsonObject detailFor(const QString &type, double balance);
    QJsonArray positionsFor(double marketValue);
    QString nextAccountId();
    qint64 nextLoginId() { return m_nextLoginId++; }

    quint32 m_seed;
    QRandomGenerator m_random;
    qint64 m_now;
    qint64 m_nextAccountId;
    qint64 m_nextLoginId;
};
