#include "core/platform/slotring.h"

#include <cstring>

namespace mailslot::platform {

namespace {

constexpr std::uint32_t kKindMessage = 0x4D534731u; // "MSG1"

struct RecordHeader
{
    std::uint32_t size;
    std::uint32_t kind;
    std::int64_t writtenMsecs;
};
static_assert(sizeof(RecordHeader) == SlotRing::kRecordHeader);


} // namespace

SlotRing::SlotRing(SlotRingState *state, std::uint8_t *data, std::uint64_t capacity)
    : m_state(state), m_data(data), m_capacity(capacity)
{
}

std::uint64_t SlotRing::recordBytesAt(std::uint64_t offset, std::uint32_t *payloadOffset) const
{
    RecordHeader header;
    std::memcpy(&header, m_data + offset, sizeof header);
    std::uint32_t originSize = 0;
    if (header.kind == kKindMessageWithOrigin)
        std::memcpy(&originSize, m_data + offset + kRecordHeader, sizeof originSize);
    if (payloadOffset)
        *payloadOffset = std::uint32_t(kRecordHeader + (originSize > 0 ? originBlock(originSize) : 0));
    return recordSize(header.size, originSize);
}

bool SlotRing::canEverFit(std::uint32_t size, std::uint64_t capacity)
{
    return recordSize(size) <= capacity;
}

bool SlotRing::hasRoomFor(std::uint32_t size, std::uint32_t originSize) const
{
    return fitsAfter(m_state->freeFrom, size, originSize); // a claimed read's records still take their space
}

bool SlotRing::hasRoomAfterRelease(std::uint32_t size, std::uint32_t originSize) const
{
    // release() moves freeFrom to head (or restarts an empty queue at offset 0: more room still).
    return fitsAfter(m_state->head, size, originSize);
}

bool SlotRing::fitsAfter(std::uint64_t freeFrom, std::uint32_t size, std::uint32_t originSize) const
{
    const std::uint64_t need = recordSize(size, originSize);
    if (need > m_capacity)
        return false;
    const std::uint64_t toEnd = m_capacity - offsetOf(m_state->tail);
    const std::uint64_t total = need > toEnd ? toEnd + need : need;
    return m_capacity - (m_state->tail - freeFrom) >= total;
}

void SlotRing::push(const void *data, std::uint32_t size, std::int64_t writtenMsecs,
                    const std::vector<std::uint8_t> &origin)
{
    const std::uint32_t originSize = std::uint32_t(origin.size());
    const std::uint64_t need = recordSize(size, originSize);
    std::uint64_t offset = offsetOf(m_state->tail);
    if (need > m_capacity - offset) {
        const RecordHeader skip{std::uint32_t(m_capacity - offset), kKindSkip, 0};
        std::memcpy(m_data + offset, &skip, sizeof skip);
        m_state->tail += m_capacity - offset;
        offset = 0;
    }
    const RecordHeader header{size, originSize > 0 ? kKindMessageWithOrigin : kKindMessage, writtenMsecs};
    std::memcpy(m_data + offset, &header, sizeof header);
    std::uint64_t payload = offset + kRecordHeader;
    if (originSize > 0) {
        std::memcpy(m_data + payload, &originSize, sizeof originSize);
        std::memcpy(m_data + payload + 4, origin.data(), originSize);
        payload += originBlock(originSize);
    }
    if (size > 0)
        std::memcpy(m_data + payload, data, size);
    if (offset + need > m_state->highWater)
        m_state->highWater = offset + need;
    // Commit: the queue's figures change last, so a writer that dies above leaves them consistent.
    m_state->tail += need;
    m_state->count += 1;
}

std::uint64_t SlotRing::messagePosition() const
{
    RecordHeader header;
    std::memcpy(&header, m_data + offsetOf(m_state->head), sizeof header);
    if (header.kind == kKindSkip)
        return m_state->head + (m_capacity - offsetOf(m_state->head));
    return m_state->head;
}

std::uint32_t SlotRing::peekSize() const
{
    RecordHeader header;
    std::memcpy(&header, m_data + offsetOf(messagePosition()), sizeof header);
    return header.size;
}

std::int64_t SlotRing::peekTime() const
{
    RecordHeader header;
    std::memcpy(&header, m_data + offsetOf(messagePosition()), sizeof header);
    return header.writtenMsecs;
}

const std::uint8_t *SlotRing::peekData() const
{
    const std::uint64_t offset = offsetOf(messagePosition());
    std::uint32_t payload = 0;
    recordBytesAt(offset, &payload);
    return m_data + offset + payload;
}

bool SlotRing::pop()
{
    const bool claimed = hasClaim();
    const std::uint64_t position = messagePosition();
    m_state->head = position + recordBytesAt(offsetOf(position));
    if (!claimed)
        m_state->freeFrom = m_state->head;
    m_state->count -= 1;
    if (m_state->count == 0) {
        restart();
        return !claimed;
    }
    return false;
}

void SlotRing::restart()
{
    m_state->count = 0;
    if (hasClaim()) {
        m_state->tail = m_state->head; // the claim's records stay where the reader copies them
        return;
    }
    // Start again at offset 0: an idle slot keeps touching the same few pages.
    m_state->head = 0;
    m_state->tail = 0;
    m_state->freeFrom = 0;
}

bool SlotRing::fitsOneClaim(std::size_t maxMessages, std::size_t maxBytes) const
{
    // Its record bytes bound its payload.
    return m_state->count <= maxMessages && usedBytes() <= maxBytes;
}

std::size_t SlotRing::claim(std::size_t maxMessages, std::size_t maxBytes, SlotRingClaim *claim)
{
    *claim = SlotRingClaim{};
    if (m_state->count == 0)
        return 0;
    // The two-step claim of a queue larger than one read, without the lock released in between.
    // freeFrom stays where the claim began: its records keep their space until release().
    const bool fits = fitsOneClaim(maxMessages, maxBytes);
    claimQueue(claim);
    if (!fits) {
        cutClaim(claim, maxMessages, maxBytes);
        returnRest(*claim);
    }
    rewindAfter(*claim);
    return claim->messages;
}

void SlotRing::claimQueue(SlotRingClaim *claim)
{
    // The records between head and tail wrap once at most; a skip record (if any) ends the first
    // piece at the end of the ring and forEachRecord() stops at it.
    *claim = SlotRingClaim{};
    const std::uint64_t offset = offsetOf(m_state->head);
    const std::uint64_t bytes = m_state->tail - m_state->head;
    const std::uint64_t toEnd = m_capacity - offset;
    claim->offset[0] = offset;
    claim->bytes[0] = bytes < toEnd ? bytes : toEnd;
    claim->pieces = 1;
    if (bytes > toEnd) {
        claim->offset[1] = 0;
        claim->bytes[1] = bytes - toEnd;
        claim->pieces = 2;
    }
    claim->messages = m_state->count;
    claim->start = m_state->head;
    claim->end = m_state->tail;
    m_state->head = m_state->tail;
    m_state->count = 0;
}

void SlotRing::rewindAfter(const SlotRingClaim &claim)
{
    if (m_state->count != 0 || m_state->head != claim.end)
        return; // written to meanwhile: the queue goes on after the claim
    const std::uint64_t position = rewound(claim.end);
    m_state->head = position;
    m_state->tail = position;
}

void SlotRing::cutClaim(SlotRingClaim *claim, std::size_t maxMessages, std::size_t maxBytes) const
{
    SlotRingClaim cut;
    cut.start = claim->start;
    cut.end = walk(claim->start, claim->messages, maxMessages, maxBytes, &cut);
    cut.rest = claim->messages - cut.messages;
    *claim = cut;
}

void SlotRing::returnRest(const SlotRingClaim &claim)
{
    if (claim.rest == 0)
        return;
    // The rest goes back in front of what was written meanwhile: [end, head) holds exactly its
    // records, none of which anyone touched (their space was claimed).
    m_state->head = claim.end;
    m_state->count += std::uint32_t(claim.rest);
}

std::uint64_t SlotRing::walk(std::uint64_t position, std::size_t queued, std::size_t maxMessages, std::size_t maxBytes,
                             SlotRingClaim *claim) const
{
    std::uint64_t pieceEnd = 0;
    std::size_t payload = 0;
    while (claim->messages < queued && claim->messages < maxMessages && payload < maxBytes) {
        RecordHeader header;
        std::memcpy(&header, m_data + offsetOf(position), sizeof header);
        if (header.kind == kKindSkip) {
            position += m_capacity - offsetOf(position);
            continue;
        }
        const std::uint64_t offset = offsetOf(position);
        if (claim->pieces == 0 || offset != offsetOf(pieceEnd) || offset == 0) {
            if (claim->pieces == 2)
                break; // cannot happen (the records between head and tail wrap once at most)
            claim->offset[claim->pieces++] = offset;
        }
        const std::uint64_t bytes = recordBytesAt(offset);
        claim->bytes[claim->pieces - 1] += bytes;
        position += bytes;
        pieceEnd = position;
        payload += header.size;
        ++claim->messages;
    }
    return position;
}

std::uint64_t SlotRing::rewound(std::uint64_t end) const
{
    // The queue restarts at offset 0 whenever it empties, so that a steady flow keeps touching the
    // same few pages (in the cache, never given back) instead of walking the whole ring. While a
    // claim holds space it cannot, unless offset 0 is free: the claim began far enough from it
    // that writers have room before it (twice the claim, what they may write while it is copied).
    const std::uint64_t claimed = end - m_state->freeFrom;
    const std::uint64_t toEnd = offsetOf(end) == 0 ? 0 : m_capacity - offsetOf(end);
    if (toEnd == 0 || claimed + toEnd > m_capacity)
        return end;
    const std::uint64_t room = m_capacity - (claimed + toEnd);
    return room >= kRewindRoom && room >= 2 * claimed ? end + toEnd : end;
}

bool SlotRing::release()
{
    m_state->freeFrom = m_state->head;
    if (m_state->count != 0)
        return false;
    restart();
    return true;
}

bool SlotRing::repair()
{
    std::uint64_t position = m_state->head;
    std::uint32_t count = 0;
    bool consistent = m_state->tail >= m_state->head && m_state->head >= m_state->freeFrom
        && m_state->tail - m_state->freeFrom <= m_capacity;
    while (consistent && position < m_state->tail) {
        const std::uint64_t offset = offsetOf(position);
        if (m_capacity - offset < kRecordHeader) {
            consistent = false;
            break;
        }
        RecordHeader header;
        std::memcpy(&header, m_data + offset, sizeof header);
        if (header.kind == kKindSkip && header.size == m_capacity - offset) {
            position += header.size;
        } else if ((header.kind == kKindMessage
                    || (header.kind == kKindMessageWithOrigin && m_capacity - offset >= kRecordHeader + 4))
                   && recordBytesAt(offset) <= m_capacity - offset) {
            position += recordBytesAt(offset);
            ++count;
        } else {
            consistent = false;
        }
    }
    if (!consistent || position != m_state->tail) {
        if (m_state->head < m_state->freeFrom || m_state->head - m_state->freeFrom > m_capacity)
            m_state->freeFrom = m_state->head; // no claim can be trusted either
        restart();
        return false;
    }
    m_state->count = count;
    if (count == 0)
        restart();
    return true;
}

} // namespace mailslot::platform
