// Suppresses repeated datagrams: the same source (IP and port), DGM_ID and payload within a window
// (2 s by default, like Netlogon's MailslotDuplicateTimeout).
#pragma once

#include <QByteArrayView>
#include <QHash>

class DuplicateFilter
{
public:
    static constexpr qint64 kDefaultWindowMs = 2000;

    explicit DuplicateFilter(qint64 windowMs = kDefaultWindowMs) : m_windowMs(windowMs) {}

    // True when an identical datagram was seen less than the window before nowMs (the entry is
    // then not refreshed, so a steady repeat passes once per window). Otherwise remembers it.
    bool isDuplicate(quint32 sourceIp, quint16 sourcePort, quint16 dgmId, QByteArrayView payload, qint64 nowMs);
    qint64 windowMs() const { return m_windowMs; }
    qsizetype size() const { return m_seen.size(); }

private:
    struct Key
    {
        quint32 ip;
        quint16 port;
        quint16 dgmId;
        size_t payloadHash;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.ip == b.ip && a.port == b.port && a.dgmId == b.dgmId && a.payloadHash == b.payloadHash;
        }
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.ip, k.port, k.dgmId, k.payloadHash);
        }
    };
    void expire(qint64 nowMs);

    qint64 m_windowMs;
    qint64 m_lastExpiry = 0;
    QHash<Key, qint64> m_seen;
};
