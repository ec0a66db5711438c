// The bridge's deliveries into slots that this process serves, so that a delivered message is one
// row of the stream (its datagram, marked delivered) and not two (the datagram, and again the
// local message read from the slot).
//
// The bridge (its own thread) notes each payload before it writes it into a served slot; the hub
// (its thread) drops the local row that carries it. The note always precedes the write, and the
// write precedes the read, so the local row never arrives before its note. Thread-safe.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

#include <atomic>
#include <deque>

class DeliveryLedger
{
public:
    // Notes kept per slot: a slot that receives deliveries but whose local rows never reach the
    // hub (its server held) forgets its oldest notes first.
    static constexpr std::size_t kMaxNotesPerSlot = 65536;

    // Slots served here (canonical names): only deliveries into these are noted.
    void setServed(const QString &slot, bool served);
    bool isServed(const QString &slot) const;

    // Before the bridge writes payload into slot: true when the slot is served here (then the
    // local copy will be recognised).
    bool expect(const QString &slot, const QByteArray &payload);
    // The write that expect() announced failed.
    void withdraw(const QString &slot, const QByteArray &payload);
    // A local row of slot: true when it is the local copy of a delivery (and the note is used up).
    bool take(const QString &slot, const QByteArray &payload);
    // Notes waiting for their local row (all slots); lock-free, so that the hub can skip take()
    // while nothing was delivered.
    std::size_t pending() const { return m_pending.load(std::memory_order_acquire); }

private:
    static bool removeOne(std::deque<QByteArray> &notes, const QByteArray &payload);
    bool removeNote(const QString &slot, const QByteArray &payload);

    mutable QMutex m_mutex;
    QSet<QString> m_served;
    QHash<QString, std::deque<QByteArray>> m_notes;
    std::atomic<std::size_t> m_pending{0};
};
