// A tap's own queue of message copies: a single-producer, single-consumer ring in shared memory.
// Pure logic over raw memory, lock-free: the producer is whoever holds the slot's lock (writers
// take turns there), the consumer is the tap. Neither ever waits for the other: a copy that does
// not fit is not queued but counted as missed.
//
// A record is a 32-byte header (payload length, kind, time written, writer pid, origin length)
// followed by the encoded origin and the payload, padded to 16 bytes. A record never wraps: a skip
// record fills the end. head and tail count bytes since the ring was made; each side stores its
// own with release order and reads the other's with acquire order, and only when what it knows
// of it runs out: the producer keeps the head it last read (headSeen) and re-reads the real one
// when that says the ring is full; the consumer reads the tail once per batch. The consumer asks
// for a signal when it sleeps, at the next copy or, while copies stream in, only once a larger
// amount is queued (wakeAt), so that a busy tap is woken once per batch, not once per copy. The consumer's
// head, the wake-up flag and the producer's fields each have a cache line of their own, so that a
// busy producer and a busy consumer do not pull one line to and fro for every message.
#pragma once

#include "core/platform/slotbackend.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mailslot::platform {

struct TapQueueState
{
    alignas(64) std::uint64_t head;            // consumer's
    alignas(64) std::uint32_t readerWaiting;   // set by the consumer, taken by the producer that rings the bell
    std::uint32_t reserved;
    std::uint64_t wakeAt;                      // consumer's: the bell is rung once tail reaches it
    alignas(64) std::uint64_t tail;            // producer's
    std::uint64_t headSeen;                    // producer's: the consumer's head when last read
    std::uint64_t missed;                      // producer's: copies that did not fit
    std::uint64_t delivered;                   // producer's: copies queued
};

class TapRing
{
public:
    static constexpr std::uint32_t kRecordHeader = 32;

    TapRing(TapQueueState *state, std::uint8_t *data, std::uint64_t capacity);

    static std::uint64_t recordSize(std::uint32_t originSize, std::uint32_t size);
    // MessageOrigin to bytes and back (a short, versionless layout private to this ring and the
    // slot ring). An empty origin encodes to no bytes.
    static std::vector<std::uint8_t> encodeOrigin(const MessageOrigin &origin);
    static bool decodeOrigin(const std::uint8_t *bytes, std::size_t size, MessageOrigin *origin);

    // Producer: queues one copy, or counts a miss when it does not fit. Returns true when the
    // consumer waits for a signal (the caller then rings its bell).
    bool offer(const void *data, std::uint32_t size, std::int64_t writtenMsecs, std::int64_t writerPid,
               const std::vector<std::uint8_t> &origin);

    // Consumer: hands up to maxMessages copies to f(TapMessage) and frees them. Returns their number.
    template<typename F>
    std::size_t consume(std::size_t maxMessages, const F &f);
    // Consumer: asks the producer for a signal once wakeBytes more bytes are queued (1: at the next
    // copy). Returns true if fewer are queued afterwards (the consumer may sleep; with more than 1
    // it must bound its sleep itself); else copies arrived meanwhile: consume them, no signal may come.
    bool arm(std::uint64_t wakeBytes);
    // Consumer: no signal wanted (it is awake and reading).
    void disarm();
    std::uint64_t missed() const;

private:
    struct Record
    {
        std::uint32_t size;
        std::uint32_t kind;
        std::int64_t writtenMsecs;
        std::int64_t writerPid;
        std::uint32_t originSize;
        std::uint32_t reserved;
    };
    static_assert(sizeof(Record) == kRecordHeader);
    static constexpr std::uint32_t kKindMessage = 0x50415431u; // "TAP1"
    static constexpr std::uint32_t kKindSkip = 0x534B4950u;    // "SKIP"

    std::uint64_t offsetOf(std::uint64_t position) const { return position % m_capacity; }
    // Reads the record at *position (past a skip record) if it ends by tail; false when there is
    // none or the ring is damaged.
    bool nextRecord(std::uint64_t *position, std::uint64_t tail, Record *record) const;
    // Producer: whether total bytes fit, reading the consumer's head only when headSeen says no.
    bool hasRoom(std::uint64_t tail, std::uint64_t total);

    TapQueueState *m_state;
    std::uint8_t *m_data;
    std::uint64_t m_capacity;
};

template<typename F>
std::size_t TapRing::consume(std::size_t maxMessages, const F &f)
{
    std::size_t n = 0;
    std::uint64_t position = m_state->head;
    std::uint64_t tail = __atomic_load_n(&m_state->tail, __ATOMIC_ACQUIRE);
    Record record;
    MessageOrigin origin;
    while (n < maxMessages) {
        if (!nextRecord(&position, tail, &record)) {
            // What was there at the batch's start is taken: look once more for what came since.
            const std::uint64_t now = __atomic_load_n(&m_state->tail, __ATOMIC_ACQUIRE);
            if (now == tail || !nextRecord(&position, now, &record))
                break;
            tail = now;
        }
        const std::uint8_t *at = m_data + offsetOf(position) + kRecordHeader;
        TapMessage message;
        message.data = at + record.originSize;
        message.size = record.size;
        message.writtenMsecs = record.writtenMsecs;
        message.writerPid = record.writerPid;
        if (record.originSize > 0 && decodeOrigin(at, record.originSize, &origin))
            message.origin = &origin;
        f(message);
        position += recordSize(record.originSize, record.size);
        __atomic_store_n(&m_state->head, position, __ATOMIC_RELEASE);
        ++n;
    }
    return n;
}

} // namespace mailslot::platform
