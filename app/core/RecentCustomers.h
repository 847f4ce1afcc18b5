#pragma once

#include <QStringList>

// The customer ids opened recently, newest first, kept between runs (ids only: no names or
// account data reach the settings file).
class RecentCustomers
{
public:
    static constexpr int kMaximum = 15;

    static QStringList load();
    static void remember(const QString &customerId);
};
