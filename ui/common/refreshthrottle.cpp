#include "ui/common/refreshthrottle.h"

RefreshThrottle::RefreshThrottle(int intervalMs, std::function<void()> refresh, QObject *parent)
    : QObject(parent), m_intervalMs(intervalMs), m_refresh(std::move(refresh))
{
    m_due.setSingleShot(true);
    m_due.setTimerType(Qt::PreciseTimer);
    connect(&m_due, &QTimer::timeout, this, &RefreshThrottle::run);
}

void RefreshThrottle::request()
{
    if (m_due.isActive())
        return;
    const qint64 since = m_last.isValid() ? m_last.elapsed() : m_intervalMs;
    if (since >= m_intervalMs)
        run();
    else
        m_due.start(int(m_intervalMs - since));
}

void RefreshThrottle::flushPending()
{
    if (m_due.isActive())
        run();
}

void RefreshThrottle::run()
{
    m_due.stop();
    m_last.start();
    m_refresh();
}
