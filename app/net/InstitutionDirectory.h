#pragma once

#include "core/Institution.h"

#include <QHash>
#include <QObject>
#include <QSet>

class Session;

// Institutions by id, each fetched once per session (GetInstitution) and then served from memory.
class InstitutionDirectory : public QObject
{
    Q_OBJECT
public:
    explicit InstitutionDirectory(Session *session, QObject *parent = nullptr);

    // Returns the institution if known; otherwise fetches it (once) and emits resolved().
    const Institution *lookup(const QString &institutionId);
    int fetchCount() const { return m_fetches; }

signals:
    void resolved(const QString &institutionId, const Institution &institution);

private:
    Session *m_session;
    QHash<QString, Institution> m_known;
    QSet<QString> m_pending; // also holds ids whose fetch failed: not asked again this session
    int m_fetches = 0;
};
