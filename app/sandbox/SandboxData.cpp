#include "SandboxData.h"

#include "SandboxSeed.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QJsonObject listShape(QJsonObject account)
{
    account.remove("detail"_L1);
    account.remove("position"_L1);
    return account;
}

bool matchesAccountType(const QJsonObject &account, const QString &accountType)
{
    if (accountType.isEmpty())
        return true;
    // "ava", the one value the spec documents: the accounts that can hold available funds.
    static const QStringList deposit = {u"checking"_s, u"savings"_s, u"moneyMarket"_s, u"cd"_s};
    return deposit.contains(account.value("type"_L1).toString());
}

} // namespace

SandboxData::SandboxData(quint32 seed)
    : m_random(seed)
{
    SandboxSeed(seed).populate(*this);
}

QList<QJsonObject> &SandboxData::accountsOf(const QString &customerId) const
{
    if (const auto lazy = m_lazy.find(customerId); lazy != m_lazy.end()) {
        const auto build = std::move(*lazy);
        m_lazy.erase(lazy);
        m_accounts.insert(customerId, build());
    }
    return m_accounts[customerId];
}

QByteArray SandboxData::wrapAccounts(const QList<QJsonObject> &accounts)
{
    QJsonArray array;
    for (const QJsonObject &account : accounts)
        array.append(listShape(account));
    return QJsonDocument(QJsonObject{{u"accounts"_s, array}}).toJson(QJsonDocument::Compact);
}

QList<QJsonObject> SandboxData::findCustomers(const QString &search, const QString &username, const QString &type) const
{
    QList<QJsonObject> found;
    const QString needle = search.trimmed().toCaseFolded();
    for (const QString &id : m_customerOrder) {
        const QJsonObject &c = m_customers[id];
        if (!username.isEmpty() && c.value("username"_L1).toString() != username)
            continue;
        if (!type.isEmpty() && c.value("type"_L1).toString() != type)
            continue;
        if (!needle.isEmpty()) {
            const QString haystack = (c.value("username"_L1).toString() + u' ' + c.value("firstName"_L1).toString()
                                      + u' ' + c.value("lastName"_L1).toString() + u' ' + id)
                                         .toCaseFolded();
            const QString fullName =
                (c.value("firstName"_L1).toString() + u' ' + c.value("lastName"_L1).toString()).toCaseFolded();
            if (!haystack.contains(needle) && !fullName.contains(needle))
                continue;
        }
        found.append(c);
    }
    return found;
}

std::optional<QJsonObject> SandboxData::customer(const QString &customerId) const
{
    const auto it = m_customers.constFind(customerId);
    return it == m_customers.constEnd() ? std::nullopt : std::optional(*it);
}

std::optional<QJsonObject> SandboxData::institution(const QString &institutionId) const
{
    const auto it = m_institutions.constFind(institutionId);
    return it == m_institutions.constEnd() ? std::nullopt : std::optional(*it);
}

QByteArray SandboxData::accountsBody(const QString &customerId, const QString &status, const QString &accountType) const
{
    const QList<QJsonObject> &all = accountsOf(customerId);
    if (status.isEmpty() && accountType.isEmpty()) {
        auto cached = m_listCache.constFind(customerId);
        if (cached == m_listCache.constEnd())
            cached = m_listCache.insert(customerId, wrapAccounts(all));
        return *cached;
    }
    QList<QJsonObject> selected;
    for (const QJsonObject &account : all) {
        if ((status.isEmpty() || account.value("status"_L1).toString() == status)
            && matchesAccountType(account, accountType))
            selected.append(account);
    }
    return wrapAccounts(selected);
}

QByteArray SandboxData::accountsBodyForInstitution(const QString &customerId, const QString &institutionId) const
{
    QList<QJsonObject> selected;
    for (const QJsonObject &account : accountsOf(customerId)) {
        // "all active accounts ... at the given institution"
        if (account.value("institutionId"_L1).toString() == institutionId
            && account.value("status"_L1).toString() == "active"_L1)
            selected.append(account);
    }
    return wrapAccounts(selected);
}

bool SandboxData::hasLogin(const QString &customerId, const QString &loginId) const
{
    const qint64 login = loginId.toLongLong();
    for (const QJsonObject &account : accountsOf(customerId)) {
        if (account.value("institutionLoginId"_L1).toInteger() == login)
            return true;
    }
    return false;
}

QByteArray SandboxData::accountsBodyForLogin(const QString &customerId, const QString &loginId) const
{
    const qint64 login = loginId.toLongLong();
    QList<QJsonObject> selected;
    for (const QJsonObject &account : accountsOf(customerId)) {
        if (account.value("institutionLoginId"_L1).toInteger() == login)
            selected.append(account);
    }
    return wrapAccounts(selected);
}

std::optional<QJsonObject> SandboxData::account(const QString &customerId, const QString &accountId) const
{
    for (const QJsonObject &account : accountsOf(customerId)) {
        if (account.value("id"_L1).toString() == accountId)
            return account;
    }
    return std::nullopt;
}

std::optional<SandboxData::Failure> SandboxData::refresh(const QString &customerId, const QString &loginId)
{
    if (m_refreshFails.contains(customerId))
        return Failure{500, u"187"_s, u"Incorrect or missing MFA answer at the institution."_s};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 login = loginId.isEmpty() ? -1 : loginId.toLongLong();
    for (QJsonObject &account : accountsOf(customerId)) {
        if (login >= 0 && account.value("institutionLoginId"_L1).toInteger() != login)
            continue;
        account.insert("aggregationAttemptDate"_L1, now);
        if (account.value("aggregationStatusCode"_L1).toInt() != 0)
            continue; // the bank still refuses: only the attempt date moves
        account.insert("aggregationSuccessDate"_L1, now);
        account.insert("balanceDate"_L1, now);
        account.insert("lastUpdatedDate"_L1, now);
        // Move the balance by up to +/- 2% in whole cents.
        const qint64 cents = qRound64(account.value("balance"_L1).toDouble() * 100);
        const qint64 bound = qMax<qint64>(1, qAbs(cents) / 50);
        const qint64 delta = qint64(m_random.bounded(quint64(2 * bound + 1))) - bound;
        account.insert("balance"_L1, double(cents + delta) / 100.0);
    }
    m_listCache.remove(customerId);
    return std::nullopt;
}

bool SandboxData::deleteAccount(const QString &customerId, const QString &accountId)
{
    QList<QJsonObject> &accounts = accountsOf(customerId);
    const auto removed =
        accounts.removeIf([&](const QJsonObject &account) { return account.value("id"_L1).toString() == accountId; });
    m_listCache.remove(customerId);
    return removed > 0;
}

int SandboxData::deleteLogin(const QString &customerId, const QString &loginId)
{
    const qint64 login = loginId.toLongLong();
    const auto removed = accountsOf(customerId).removeIf([&](const QJsonObject &account) {
        return account.value("institutionLoginId"_L1).toInteger() == login;
    });
    m_listCache.remove(customerId);
    return int(removed);
}

void SandboxData::completeFix(const QString &customerId, const QString &loginId)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 login = loginId.toLongLong();
    for (QJsonObject &account : accountsOf(customerId)) {
        if (account.value("institutionLoginId"_L1).toInteger() != login)
            continue;
        account.insert("aggregationStatusCode"_L1, 0);
        account.insert("aggregationSuccessDate"_L1, now);
        account.insert("aggregationAttemptDate"_L1, now);
        account.insert("lastUpdatedDate"_L1, now);
    }
    m_listCache.remove(customerId);
}

QString SandboxData::institutionNameOfLogin(const QString &customerId, const QString &loginId) const
{
    const qint64 login = loginId.toLongLong();
    for (const QJsonObject &account : accountsOf(customerId)) {
        if (account.value("institutionLoginId"_L1).toInteger() == login) {
            const auto institution = m_institutions.constFind(account.value("institutionId"_L1).toString());
            return institution == m_institutions.constEnd() ? QString() : institution->value("name"_L1).toString();
        }
    }
    return {};
}
