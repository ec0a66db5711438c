#include "core/netio/duplicatefilter.h"

bool DuplicateFilter::isDuplicate(quint32 sourceIp, quint16 sourcePort, quint16 dgmId, QByteArrayView payload,
                                  qint64 nowMs)
{
    if (nowMs - m_lastExpiry >= m_windowMs)
        expire(nowMs);
    const Key key{sourceIp, sourcePort, dgmId, qHash(payload)};
    const auto it = m_seen.constFind(key);
    if (it != m_seen.cend() && nowMs - it.value() < m_windowMs)
        return true;
    m_seen.insert(key, nowMs);
    return false;
}

void DuplicateFilter::expire(qint64 nowMs)
{
    m_lastExpiry = nowMs;
    m_seen.removeIf([this, nowMs](const auto &entry) { return nowMs - entry.value() >= m_windowMs; });
}
