#pragma once

#include "core/Account.h"
#include "core/Customer.h"
#include "core/Institution.h"
#include "decode/AccountDecoder.h"
#include "decode/CustomerDecoder.h"
#include "decode/InstitutionDecoder.h"
#include "net/ApiJob.h"
#include "net/DecoderFor.h"

#include <QCoreApplication>

// A read whose answer decodes into one value.
template <typename T> class ValueJob : public ApiJob
{
public:
    using Decode = Decoded<T> (*)(const QByteArray &, qint64);
    ValueJob(Session *session, Endpoints::Operation operation, Decode decode, Ids ids, Query query, QObject *parent)
        : ApiJob(session, operation, std::move(ids), std::move(query), parent)
        , m_decode(decode)
    {}
    const T &value() const { return m_value; }

protected:
    Decoder decoder() const override { return decoderFor(m_decode, &ValueJob::m_value, maxBodyBytes()); }

private:
    Decode m_decode;
    T m_value{};
};

// GetCustomer: one customer.
class GetCustomerJob : public ValueJob<Customer>
{
public:
    GetCustomerJob(Session *session, const QString &customerId, QObject *parent = nullptr)
        : ValueJob(session, Endpoints::Operation::GetCustomer, &CustomerDecoder::decodeOne,
                   {{QStringLiteral("customerId"), customerId}}, {}, parent)
    {}
    const Customer &customer() const { return value(); }
};

// GetCustomers: a page of a search; start is 1-based, as the API counts.
class GetCustomersJob : public ValueJob<CustomerPage>
{
public:
    GetCustomersJob(Session *session, const QString &search, int start = 1, int limit = 25, QObject *parent = nullptr)
        : ValueJob(session, Endpoints::Operation::GetCustomers, &CustomerDecoder::decodePage, {},
                   {{QStringLiteral("search"), search.trimmed()},
                    {QStringLiteral("start"), QString::number(start)},
                    {QStringLiteral("limit"), QString::number(limit)}},
                   parent)
        , m_start(start)
        , m_limit(limit)
    {}
    const CustomerPage &page() const { return value(); }

protected:
    QString validate() const override
    {
        if (m_start < 1)
            return QCoreApplication::translate("GetCustomersJob", "The first result must be 1 or more.");
        if (m_limit < 1 || m_limit > 1000)
            return QCoreApplication::translate("GetCustomersJob", "The page size must be between 1 and 1000.");
        return {};
    }

private:
    int m_start;
    int m_limit;
};

// GetInstitution: the institution's name, status and links.
class GetInstitutionJob : public ValueJob<Institution>
{
public:
    GetInstitutionJob(Session *session, const QString &institutionId, QObject *parent = nullptr)
        : ValueJob(session, Endpoints::Operation::GetInstitution, &InstitutionDecoder::decode,
                   {{QStringLiteral("institutionId"), institutionId}}, {}, parent)
    {}
    const Institution &institution() const { return value(); }
};

// GetCustomerAccount (v2): one account with its type-specific `detail` and investment `position`s.
class GetCustomerAccountJob : public ValueJob<Account>
{
public:
    GetCustomerAccountJob(Session *session, const QString &customerId, const QString &accountId,
                          QObject *parent = nullptr)
        : ValueJob(session, Endpoints::Operation::GetCustomerAccount, &AccountDecoder::decodeOne,
                   {{QStringLiteral("customerId"), customerId}, {QStringLiteral("accountId"), accountId}}, {}, parent)
    {}
    const Account &account() const { return value(); }
};
