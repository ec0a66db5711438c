#include "core/stream/deliveryledger.h"

#include <algorithm>

void DeliveryLedger::setServed(const QString &slot, bool served)
{
    const QMutexLocker lock(&m_mutex);
    if (served) {
        m_served.insert(slot);
    } else {
        m_served.remove(slot);
        const auto it = m_notes.find(slot);
        if (it != m_notes.end()) {
            m_pending.fetch_sub(it->size(), std::memory_order_release);
            m_notes.erase(it);
        }
    }
}

bool DeliveryLedger::isServed(const QString &slot) const
{
    const QMutexLocker lock(&m_mutex);
    return m_served.contains(slot);
}

bool DeliveryLedger::expect(const QString &slot, const QByteArray &payload)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_served.contains(slot))
        return false;
    std::deque<QByteArray> &notes = m_notes[slot];
    if (notes.size() >= kMaxNotesPerSlot) {
        notes.pop_front();
        m_pending.fetch_sub(1, std::memory_order_release);
    }
    notes.push_back(payload);
    m_pending.fetch_add(1, std::memory_order_release);
    return true;
}

bool DeliveryLedger::removeOne(std::deque<QByteArray> &notes, const QByteArray &payload)
{
    // (m_mutex is held.)
    // Deliveries are read in the order they were written: the match is almost always the first.
    const auto it = std::find(notes.begin(), notes.end(), payload);
    if (it == notes.end())
        return false;
    notes.erase(it);
    return true;
}

bool DeliveryLedger::removeNote(const QString &slot, const QByteArray &payload)
{
    const auto it = m_notes.find(slot);
    if (it == m_notes.end() || !removeOne(*it, payload))
        return false;
    m_pending.fetch_sub(1, std::memory_order_release);
    return true;
}

void DeliveryLedger::withdraw(const QString &slot, const QByteArray &payload)
{
    const QMutexLocker lock(&m_mutex);
    removeNote(slot, payload);
}

bool DeliveryLedger::take(const QString &slot, const QByteArray &payload)
{
    if (pending() == 0)
        return false;
    const QMutexLocker lock(&m_mutex);
    return removeNote(slot, payload);
}
