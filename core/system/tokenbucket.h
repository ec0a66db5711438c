// A token bucket: at most `rate` events a second on average, `burst` at once. Pure: the caller
// says what time it is (ns, any monotonic clock), so that tests need no clock.
#pragma once

#include <QtGlobal>

class TokenBucket
{
public:
    TokenBucket(double ratePerSecond, double burst);

    // Takes one token at this time: true if there was one (the event may happen).
    bool take(qint64 nowNs);
    double rate() const { return m_rate; }
    double burst() const { return m_burst; }

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    qint64 m_lastNs = -1;
};
