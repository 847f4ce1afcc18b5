#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

struct Customer
{
    QString id;
    QString username;
    QString firstName;
    QString lastName;
    QString phone;
    QString email;
    QString type; // "active" or "testing"
    QString applicationId;
    QDateTime createdDate;
    QDateTime lastModifiedDate;

    QString displayName() const
    {
        const QString full = (firstName + QLatin1Char(' ') + lastName).trimmed();
        return full.isEmpty() ? username : full;
    }
};

// One page of GetCustomers.
struct CustomerPage
{
    int found = 0;
    int displaying = 0;
    bool moreAvailable = false;
    QList<Customer> customers;
};
