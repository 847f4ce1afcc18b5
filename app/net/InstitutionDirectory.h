#pragma once

#include "core/Institution.h"

#include <QHash>
#include <QObject>
#include <QSet>

class Session;

// Institutions by id, each fetched once per session (GetInstitution) and then served from memory.
// A fetch that failed is not repeated by itself; the next lookup (the agent's next load of a
// customer) asks again, so a passing network fault does not hide a bank's name for the session.
class InstitutionDirectory : public QObject
{
    Q_OBJECT
public:
    explicit InstitutionDirectory(Session *session, QObject *parent = nullptr);

    // Returns the institution if known; otherwise fetches it unless a fetch is under way, and
    // emits resolved() when it arrives.
    const Institution *lookup(const QString &institutionId);
    bool isFetching(const QString &institutionId) const { return m_pending.contains(institutionId); }
    int fetchCount() const { return m_fetches; }

signals:
    void resolved(const QString &institutionId, const Institution &institution);

private:
    Session *m_session;
    QHash<QString, Institution> m_known;
    QSet<QString> m_pending;
    int m_fetches = 0;
};
