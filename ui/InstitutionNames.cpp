#include "InstitutionNames.h"

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <vector>

void InstitutionNames::set(const Institution &institution)
{
    m_known.insert(institution.id, institution);
    m_names.remove(institution.id);
}

QString InstitutionNames::name(const QString &institutionId) const
{
    auto made = m_names.constFind(institutionId);
    if (made == m_names.constEnd()) {
        const auto known = m_known.constFind(institutionId);
        const bool named = known != m_known.constEnd() && !known->bestName().isEmpty();
        made = m_names.insert(
            institutionId, named
                               ? known->bestName()
                               : QCoreApplication::translate("AccountTreeModel", "Institution %1").arg(institutionId));
    }
    return *made;
}

Institution InstitutionNames::of(const QString &institutionId) const
{
    Institution institution = m_known.value(institutionId);
    institution.id = institutionId;
    if (institution.bestName().isEmpty())
        institution.name = name(institutionId);
    return institution;
}

void InstitutionNames::order(const QStringList &institutionIds)
{
    const QCollator collator;
    QStringList names;
    for (const QString &id : institutionIds)
        names.append(name(id));
    std::vector<int> sorted(size_t(institutionIds.size()));
    std::iota(sorted.begin(), sorted.end(), 0);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](int left, int right) { return collator.compare(names[left], names[right]) < 0; });
    m_ranks.clear();
    int rank = 0;
    for (size_t i = 0; i < sorted.size(); ++i) {
        if (i > 0 && collator.compare(names[sorted[i - 1]], names[sorted[i]]) != 0)
            ++rank;
        m_ranks.insert(institutionIds[sorted[i]], rank);
    }
}
