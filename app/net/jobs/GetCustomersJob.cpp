#include "GetCustomersJob.h"

#include "decode/CustomerDecoder.h"
#include "net/DecoderFor.h"

GetCustomersJob::GetCustomersJob(Session *session, const QString &search, int start, int limit, QObject *parent)
    : ApiJob(session, parent)
    , m_search(search.trimmed())
    , m_start(start)
    , m_limit(limit)
{}

QList<std::pair<QString, QString>> GetCustomersJob::queryItems() const
{
    QList<std::pair<QString, QString>> items;
    if (!m_search.isEmpty())
        items.append({QStringLiteral("search"), m_search});
    items.append({QStringLiteral("start"), QString::number(m_start)});
    items.append({QStringLiteral("limit"), QString::number(m_limit)});
    return items;
}

QString GetCustomersJob::validate() const
{
    if (m_start < 1)
        return tr("The first result must be 1 or more.");
    if (m_limit < 1 || m_limit > 1000)
        return tr("The page size must be between 1 and 1000.");
    return {};
}

ApiJob::Decoder GetCustomersJob::decoder() const
{
    return decoderFor(&CustomerDecoder::decodePage, &GetCustomersJob::m_page, maxBodyBytes());
}
