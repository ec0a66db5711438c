// The message queue of one slot: a ring of variable-length records in a block of shared memory.
// Pure logic over raw memory; the caller holds the slot's lock around every call.
//
// A record is a 16-byte header (payload length, kind, time written) followed by the payload
// padded to 16 bytes. A message the bridge delivered (kind "MSGO") has its network origin between
// the two: a 4-byte length and the encoded origin (TapRing::encodeOrigin), padded to 16 bytes.
// A record never wraps: when it does not fit before the end, a skip record fills the rest and the
// message starts at offset 0. head and tail count bytes since the queue was last empty, so
// tail - head is the number of bytes queued.
//
// A read can take messages under the lock and copy them out after it (claim(), forEachClaimed(),
// release()): head and count move past them at once, but their space stays with the reader
// (freeFrom stays behind) until release() under the lock again; writers never write into it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

namespace mailslot::platform {

struct SlotRingState
{
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    std::uint32_t count = 0;
    std::uint32_t reserved = 0;
    std::uint64_t highWater = 0; // furthest offset ever written, for memory reclamation
    // Where the space writers may use ends: head, or where a claimed read began while it is copied.
    std::uint64_t freeFrom = 0;
};

// The records of a read in progress (SlotRing::claim): in at most two pieces of the ring (it wraps
// once at most); the first may end with a skip record.
struct SlotRingClaim
{
    std::uint64_t offset[2] = {0, 0};
    std::uint64_t bytes[2] = {0, 0};
    int pieces = 0;
    std::size_t messages = 0;
    std::uint64_t start = 0; // where the claimed records begin (a position, as head and tail)
    std::uint64_t end = 0;   // where the last one ends
    std::size_t rest = 0;    // cutClaim(): the messages after end, for returnRest()
};

class SlotRing
{
public:
    static constexpr std::uint32_t kRecordHeader = 16;
    // The least room before a claim for the queue to go on at offset 0 after it (see rewound()).
    static constexpr std::uint64_t kRewindRoom = 64 * 1024;

    SlotRing(SlotRingState *state, std::uint8_t *data, std::uint64_t capacity);

    // Bytes a message of this size takes in the ring (header and padding; originSize: the encoded
    // origin's, 0 for none).
    // Inline: every write asks it several times (size check, room, push).
    static std::uint64_t recordSize(std::uint32_t size, std::uint32_t originSize = 0)
    {
        return kRecordHeader + (originSize > 0 ? originBlock(originSize) : 0) + alignRecord(size);
    }
    // Whether a message of this size can ever fit in a ring of this capacity.
    static bool canEverFit(std::uint32_t size, std::uint64_t capacity);

    bool isEmpty() const { return m_state->count == 0; }
    std::uint32_t count() const { return m_state->count; }
    // Bytes of the queued messages.
    std::uint64_t usedBytes() const { return m_state->tail - m_state->head; }
    // Whether a claimed read has not been released yet.
    bool hasClaim() const { return m_state->freeFrom != m_state->head; }
    // Whether push(size) would succeed now.
    bool hasRoomFor(std::uint32_t size, std::uint32_t originSize = 0) const;
    // Whether push(size) would succeed once the claimed read in progress gives its space back (as
    // hasRoomFor() when there is none): the queue is not full, the reader is still copying.
    bool hasRoomAfterRelease(std::uint32_t size, std::uint32_t originSize = 0) const;
    // Appends one message (with its encoded origin, if any); the caller checked hasRoomFor().
    void push(const void *data, std::uint32_t size, std::int64_t writtenMsecs,
              const std::vector<std::uint8_t> &origin = {});
    // Size of the next message; only when not empty.
    std::uint32_t peekSize() const;
    // Pointer to the next message's payload; only when not empty.
    const std::uint8_t *peekData() const;
    // When the next message was written (ms since the Unix epoch); only when not empty.
    std::int64_t peekTime() const;
    // Removes the next message. Returns true when the queue became empty and starts again at
    // offset 0 (not while a claim is held: then release() does that).
    bool pop();
    // Takes messages for a read outside the lock: up to maxMessages, stopping after the one that
    // reaches maxBytes of payload. They leave the queue at once (count, next size); their space is
    // the reader's until release(). One claim at a time. Returns the number of messages. When the
    // whole queue fits (fitsOneClaim()) no record is read; otherwise it is claimQueue(), cutClaim()
    // and returnRest() in one go.
    std::size_t claim(std::size_t maxMessages, std::size_t maxBytes, SlotRingClaim *claim);
    // Whether the whole queue is within one claim's limits.
    bool fitsOneClaim(std::size_t maxMessages, std::size_t maxBytes) const;
    // A claim that walks no record under the lock, for a queue larger than one read: claimQueue()
    // takes every queued message (under the lock); cutClaim() keeps the first ones within the
    // limits (no lock: it reads claimed records only); returnRest() puts the others back at the
    // head of the queue, before whatever was written meanwhile (under the lock). No other read may
    // pop or claim in between.
    void claimQueue(SlotRingClaim *claim);
    void cutClaim(SlotRingClaim *claim, std::size_t maxMessages, std::size_t maxBytes) const;
    void returnRest(const SlotRingClaim &claim);
    // Hands each claimed message to f(data, size, writtenMsecs, origin, originSize), origin null
    // (and originSize 0) for a message without one. Needs no lock: no writer touches claimed space.
    template<typename F>
    void forEachClaimed(const SlotRingClaim &claim, const F &f) const;
    // Gives a claim's space back to writers (under the lock). Returns true when the queue is empty
    // and starts again at offset 0.
    bool release();
    // Checks every record between head and tail after a writer died inside the lock; recounts,
    // or empties the queue if the records are inconsistent (a claimed read keeps its records).
    // Returns false if it had to empty it.
    bool repair();

private:
    std::uint64_t offsetOf(std::uint64_t position) const { return position % m_capacity; }
    // Whether a message fits between tail and freeFrom (where the space writers may use ends).
    bool fitsAfter(std::uint64_t freeFrom, std::uint32_t size, std::uint32_t originSize) const;
    // Empties the queue; it starts again at offset 0 unless a claim holds space.
    void restart();
    // After a claim of the whole queue: writers go on at offset 0 if there is room (rewound()).
    void rewindAfter(const SlotRingClaim &claim);
    // Walks up to queued records from position within the limits, adding them to claim (pieces,
    // messages); returns the position after the last one. Reads records only.
    std::uint64_t walk(std::uint64_t position, std::size_t queued, std::size_t maxMessages, std::size_t maxBytes,
                       SlotRingClaim *claim) const;
    // Where the queue goes on after a claim that took it all and ends at end: end, or the next
    // offset 0 when enough room is free before the claim.
    std::uint64_t rewound(std::uint64_t end) const;
    // Hands each record of a piece of records to f, as forEachClaimed() does.
    template<typename F>
    static void forEachRecord(const std::uint8_t *block, std::size_t bytes, const F &f);
    // Position of the next real message, past a skip record if one is at head.
    std::uint64_t messagePosition() const;
    // The bytes the record at this offset takes, and the offset of its payload in it.
    std::uint64_t recordBytesAt(std::uint64_t offset, std::uint32_t *payloadOffset = nullptr) const;
    // The origin block of a record that has one: its length word and the origin, padded.
    static std::uint64_t originBlock(std::uint32_t originSize) { return alignRecord(4 + std::uint64_t(originSize)); }
    // Records are 16-byte aligned, so that a skip record's header always fits before the end.
    static std::uint64_t alignRecord(std::uint64_t n) { return (n + 15) & ~std::uint64_t(15); }
    static constexpr std::uint32_t kKindMessageWithOrigin = 0x4F47534Du; // "MSGO"
    static constexpr std::uint32_t kKindSkip = 0x534B4950u;              // "SKIP": the rest of the ring is unused

    SlotRingState *m_state;
    std::uint8_t *m_data;
    std::uint64_t m_capacity;
};

template<typename F>
void SlotRing::forEachClaimed(const SlotRingClaim &claim, const F &f) const
{
    for (int i = 0; i < claim.pieces; ++i)
        forEachRecord(m_data + claim.offset[i], std::size_t(claim.bytes[i]), f);
}

template<typename F>
void SlotRing::forEachRecord(const std::uint8_t *block, std::size_t bytes, const F &f)
{
    std::size_t at = 0;
    while (at + kRecordHeader <= bytes) {
        std::uint32_t size = 0;
        std::uint32_t kind = 0;
        std::int64_t writtenMsecs = 0;
        std::memcpy(&size, block + at, sizeof size);
        std::memcpy(&kind, block + at + 4, sizeof kind);
        if (kind == kKindSkip)
            break; // it fills the piece to the end of the ring
        std::memcpy(&writtenMsecs, block + at + 8, sizeof writtenMsecs);
        std::uint32_t originSize = 0;
        if (kind == kKindMessageWithOrigin)
            std::memcpy(&originSize, block + at + kRecordHeader, sizeof originSize);
        const std::size_t payload = kind == kKindMessageWithOrigin ? kRecordHeader + originBlock(originSize) : kRecordHeader;
        f(block + at + payload, size, writtenMsecs, originSize > 0 ? block + at + kRecordHeader + 4 : nullptr,
          originSize);
        at += recordSize(size, kind == kKindMessageWithOrigin ? originSize : 0);
    }
}

} // namespace mailslot::platform
