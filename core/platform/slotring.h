// The message queue of one slot: a ring of variable-length records in a block of shared memory.
// Pure logic over raw memory; the caller holds the slot's lock around every call.
//
// A record is a 16-byte header (payload length, kind, time written) followed by the payload
// padded to 16 bytes. A message the bridge delivered (kind "MSGO") has its network origin between
// the two: a 4-byte length and the encoded origin (TapRing::encodeOrigin), padded to 16 bytes.
// A record never wraps: when it does not fit before the end, a skip record fills the rest and the
// message starts at offset 0. head and tail count bytes since the queue was last empty, so
// tail - head is the number of bytes in use.
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
};

class SlotRing
{
public:
    static constexpr std::uint32_t kRecordHeader = 16;

    SlotRing(SlotRingState *state, std::uint8_t *data, std::uint64_t capacity);

    // Bytes a message of this size takes in the ring (header and padding; originSize: the encoded
    // origin's, 0 for none).
    static std::uint64_t recordSize(std::uint32_t size, std::uint32_t originSize = 0);
    // Whether a message of this size can ever fit in a ring of this capacity.
    static bool canEverFit(std::uint32_t size, std::uint64_t capacity);

    bool isEmpty() const { return m_state->count == 0; }
    std::uint32_t count() const { return m_state->count; }
    std::uint64_t usedBytes() const { return m_state->tail - m_state->head; }
    // Whether push(size) would succeed now.
    bool hasRoomFor(std::uint32_t size, std::uint32_t originSize = 0) const;
    // Appends one message (with its encoded origin, if any); the caller checked hasRoomFor().
    void push(const void *data, std::uint32_t size, std::int64_t writtenMsecs,
              const std::vector<std::uint8_t> &origin = {});
    // Size of the next message; only when not empty.
    std::uint32_t peekSize() const;
    // Pointer to the next message's payload; only when not empty.
    const std::uint8_t *peekData() const;
    // When the next message was written (ms since the Unix epoch); only when not empty.
    std::int64_t peekTime() const;
    // Removes the next message. Returns true when the queue became empty.
    bool pop();
    // Moves messages out in one go: up to maxMessages, stopping after the one that reaches
    // maxBytes of payload, as records (header and padded payload; skip records left out) copied
    // to out, which grows when needed. Returns the number of messages; *recordBytes is how much
    // of out they fill. A queue emptied starts again at offset 0, as pop() does.
    std::size_t take(std::vector<std::uint8_t> *out, std::size_t maxMessages, std::size_t maxBytes,
                     std::size_t *recordBytes);
    // Hands each record of a block filled by take() to f(data, size, writtenMsecs).
    template<typename F>
    static void forEachRecord(const std::uint8_t *block, std::size_t bytes, const F &f);
    // The same with the encoded origin: f(data, size, writtenMsecs, origin, originSize), origin
    // null (and originSize 0) for a message without one.
    template<typename F>
    static void forEachRecordWithOrigin(const std::uint8_t *block, std::size_t bytes, const F &f);
    // Checks every record between head and tail after a writer died inside the lock; recounts,
    // or empties the queue if the records are inconsistent. Returns false if it had to empty it.
    bool repair();

private:
    std::uint64_t offsetOf(std::uint64_t position) const { return position % m_capacity; }
    // Position of the next real message, past a skip record if one is at head.
    std::uint64_t messagePosition() const;
    // The bytes the record at this offset takes, and the offset of its payload in it.
    std::uint64_t recordBytesAt(std::uint64_t offset, std::uint32_t *payloadOffset = nullptr) const;
    // The origin block of a record that has one: its length word and the origin, padded.
    static std::uint64_t originBlock(std::uint32_t originSize);
    static constexpr std::uint32_t kKindMessageWithOrigin = 0x4F47534Du; // "MSGO"

    SlotRingState *m_state;
    std::uint8_t *m_data;
    std::uint64_t m_capacity;
};

template<typename F>
void SlotRing::forEachRecord(const std::uint8_t *block, std::size_t bytes, const F &f)
{
    forEachRecordWithOrigin(block, bytes,
                            [&f](const std::uint8_t *data, std::uint32_t size, std::int64_t writtenMsecs,
                                 const std::uint8_t *, std::uint32_t) { f(data, size, writtenMsecs); });
}

template<typename F>
void SlotRing::forEachRecordWithOrigin(const std::uint8_t *block, std::size_t bytes, const F &f)
{
    std::size_t at = 0;
    while (at + kRecordHeader <= bytes) {
        std::uint32_t size = 0;
        std::uint32_t kind = 0;
        std::int64_t writtenMsecs = 0;
        std::memcpy(&size, block + at, sizeof size);
        std::memcpy(&kind, block + at + 4, sizeof kind);
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
