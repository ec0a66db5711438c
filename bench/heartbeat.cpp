#include "heartbeat.h"

#include <algorithm>

Heartbeat::Heartbeat(std::vector<double> &stalls) : m_stalls(stalls)
{
    m_stalls.reserve(1 << 16);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
        m_stalls.push_back(std::max(0.0, double(m_beat.nsecsElapsed()) / 1e6 - kIntervalMs));
        m_beat.restart();
    });
    m_beat.start();
    m_timer.start();
}

double Heartbeat::percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(std::clamp(p * double(values.size() - 1), 0.0, double(values.size() - 1)));
    return values[index];
}

double Heartbeat::worst(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}
