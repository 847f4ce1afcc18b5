#pragma once

#include "net/ApiJob.h"

// The shared shape of the operations that answer 204 with no body: the two v2 refreshes and the
// two deletes.
class NoContentJob : public ApiJob
{
    Q_OBJECT
public:
    NoContentJob(Session *session, const QString &customerId, QObject *parent = nullptr)
        : ApiJob(session, parent)
        , m_customerId(customerId)
    {}
    QString customerId() const { return m_customerId; }

protected:
    QString validate() const override { return checkId(tr("customer ID"), m_customerId); }
    Decoder decoder() const override
    {
        return [](int, const QByteArray &) {
            return Parsed{};
        };
    }

private:
    QString m_customerId;
};
