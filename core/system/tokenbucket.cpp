#include "core/system/tokenbucket.h"

#include <algorithm>

TokenBucket::TokenBucket(double ratePerSecond, double burst)
    : m_rate(std::max(0.0, ratePerSecond)), m_burst(std::max(1.0, burst)), m_tokens(m_burst)
{
}

bool TokenBucket::take(qint64 nowNs)
{
    if (m_lastNs >= 0 && nowNs > m_lastNs)
        m_tokens = std::min(m_burst, m_tokens + double(nowNs - m_lastNs) * m_rate / 1e9);
    if (m_lastNs < 0 || nowNs > m_lastNs)
        m_lastNs = nowNs;
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}
