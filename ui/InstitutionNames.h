#pragma once

#include "core/Institution.h"

#include <QHash>
#include <QString>
#include <QStringList>

// What the account tree knows of the customer's institutions: their details as they arrive, a
// name for each (a placeholder with its id until then), and their order by name. Names and
// order are made once, not per comparison: two thousand logins sorted by institution took
// 22,000 comparisons of names made afresh, 80% of showing the largest customer.
class InstitutionNames
{
public:
    // The institution's details arrived (GetInstitution); call order() again after.
    void set(const Institution &institution);
    QString name(const QString &institutionId) const;
    // What is known of the institution: at least its id, and a placeholder name.
    Institution of(const QString &institutionId) const;
    // Orders these institutions by name, in the locale's order; rank() answers for them.
    void order(const QStringList &institutionIds);
    // Where the institution comes in that order; the same name, the same rank.
    int rank(const QString &institutionId) const { return m_ranks.value(institutionId); }

private:
    QHash<QString, Institution> m_known;
    mutable QHash<QString, QString> m_names; // id -> name or placeholder
    QHash<QString, int> m_ranks;
};
