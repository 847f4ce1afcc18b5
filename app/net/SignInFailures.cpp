#include "SignInFailures.h"

void SignInFailures::recordFailure(const QString &profile)
{
    const int count = ++m_counts[profile];
    emit changed(profile, count);
}

void SignInFailures::recordSuccess(const QString &profile)
{
    if (m_counts.remove(profile) > 0)
        emit changed(profile, 0);
}

void SignInFailures::rename(const QString &from, const QString &to)
{
    if (from == to || !m_counts.contains(from))
        return;
    m_counts.insert(to, m_counts.take(from));
}
