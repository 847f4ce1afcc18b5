#include "InstitutionDirectory.h"

#include "jobs/ReadJobs.h"

InstitutionDirectory::InstitutionDirectory(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

const Institution *InstitutionDirectory::lookup(const QString &institutionId)
{
    const auto it = m_known.constFind(institutionId);
    if (it != m_known.constEnd())
        return &*it;
    if (m_pending.contains(institutionId))
        return nullptr;
    m_pending.insert(institutionId);
    ++m_fetches;
    auto *job = new GetInstitutionJob(m_session, institutionId, this);
    job->setAutoDelete(true);
    connect(job, &ApiJob::finished, this, [this, job, institutionId] {
        m_pending.remove(institutionId);
        if (job->error())
            return; // the login keeps showing the institution's id until a later lookup succeeds
        const Institution &institution = *m_known.insert(institutionId, job->institution());
        emit resolved(institutionId, institution);
    });
    job->start();
    return nullptr;
}
