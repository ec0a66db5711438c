#include "core/platform/tapring.h"

#include <cstring>

namespace mailslot::platform {

namespace {

std::uint64_t align16(std::uint64_t n)
{
    return (n + 15) & ~std::uint64_t(15);
}

void appendString(std::vector<std::uint8_t> *out, const std::string &text)
{
    const std::size_t n = text.size() < 255 ? text.size() : 255;
    out->push_back(std::uint8_t(n));
    out->insert(out->end(), text.begin(), text.begin() + std::ptrdiff_t(n));
}

bool readString(const std::uint8_t *bytes, std::size_t size, std::size_t *at, std::string *text)
{
    if (*at >= size || *at + 1 + bytes[*at] > size)
        return false;
    const std::size_t n = bytes[*at];
    text->assign(reinterpret_cast<const char *>(bytes + *at + 1), n);
    *at += 1 + n;
    return true;
}

} // namespace

TapRing::TapRing(TapQueueState *state, std::uint8_t *data, std::uint64_t capacity)
    : m_state(state), m_data(data), m_capacity(capacity)
{
}

std::uint64_t TapRing::recordSize(std::uint32_t originSize, std::uint32_t size)
{
    return align16(std::uint64_t(kRecordHeader) + originSize + size);
}

std::vector<std::uint8_t> TapRing::encodeOrigin(const MessageOrigin &origin)
{
    std::vector<std::uint8_t> out;
    if (origin.empty())
        return out;
    out.push_back(std::uint8_t(origin.port & 0xff));
    out.push_back(std::uint8_t(origin.port >> 8));
    out.push_back(origin.datagramType);
    appendString(&out, origin.address);
    appendString(&out, origin.netbiosName);
    return out;
}

bool TapRing::decodeOrigin(const std::uint8_t *bytes, std::size_t size, MessageOrigin *origin)
{
    if (size < 3)
        return false;
    origin->port = std::uint16_t(bytes[0] | (bytes[1] << 8));
    origin->datagramType = bytes[2];
    std::size_t at = 3;
    return readString(bytes, size, &at, &origin->address) && readString(bytes, size, &at, &origin->netbiosName);
}

bool TapRing::offer(const void *data, std::uint32_t size, std::int64_t writtenMsecs, std::int64_t writerPid,
                    const std::vector<std::uint8_t> &origin)
{
    const std::uint32_t originSize = std::uint32_t(origin.size());
    const std::uint64_t need = recordSize(originSize, size);
    const std::uint64_t tail = m_state->tail; // ours
    const std::uint64_t toEnd = m_capacity - offsetOf(tail);
    const std::uint64_t total = need > toEnd ? toEnd + need : need;
    // Producers take turns under the slot's lock: the counters are read and written by one at a
    // time (relaxed atomics only because the consumer reads missed at any time).
    if (need > m_capacity || !hasRoom(tail, total)) {
        __atomic_store_n(&m_state->missed, m_state->missed + 1, __ATOMIC_RELAXED);
        return false;
    }
    std::uint64_t position = tail;
    if (need > toEnd) {
        const Record skip{std::uint32_t(toEnd), kKindSkip, 0, 0, 0, 0};
        std::memcpy(m_data + offsetOf(position), &skip, 8); // a skip needs its size and kind only
        position += toEnd;
    }
    std::uint8_t *at = m_data + offsetOf(position);
    const Record record{size, kKindMessage, writtenMsecs, writerPid, originSize, 0};
    std::memcpy(at, &record, sizeof record);
    if (originSize > 0)
        std::memcpy(at + kRecordHeader, origin.data(), originSize);
    if (size > 0)
        std::memcpy(at + kRecordHeader + originSize, data, size);
    __atomic_store_n(&m_state->tail, position + need, __ATOMIC_SEQ_CST);
    __atomic_store_n(&m_state->delivered, m_state->delivered + 1, __ATOMIC_RELAXED);
    // The flag is written only when it is set (the consumer sleeps): a plain read otherwise, so
    // that its cache line stays shared while both sides run.
    return __atomic_load_n(&m_state->readerWaiting, __ATOMIC_SEQ_CST) != 0
        && position + need >= __atomic_load_n(&m_state->wakeAt, __ATOMIC_RELAXED)
        && __atomic_exchange_n(&m_state->readerWaiting, 0u, __ATOMIC_SEQ_CST) != 0;
}

bool TapRing::hasRoom(std::uint64_t tail, std::uint64_t total)
{
    if (m_capacity - (tail - m_state->headSeen) >= total)
        return true;
    m_state->headSeen = __atomic_load_n(&m_state->head, __ATOMIC_ACQUIRE);
    return m_capacity - (tail - m_state->headSeen) >= total;
}

bool TapRing::nextRecord(std::uint64_t *position, std::uint64_t tail, Record *record) const
{
    for (int skips = 0; skips < 2 && *position < tail; ++skips) {
        const std::uint64_t offset = offsetOf(*position);
        std::memcpy(record, m_data + offset, 8);
        if (record->kind == kKindSkip) {
            if (record->size != m_capacity - offset)
                return false; // damaged: stop here
            *position += record->size;
            continue;
        }
        std::memcpy(record, m_data + offset, sizeof *record);
        return record->kind == kKindMessage && recordSize(record->originSize, record->size) <= m_capacity - offset
            && *position + recordSize(record->originSize, record->size) <= tail;
    }
    return false;
}

bool TapRing::arm(std::uint64_t wakeBytes)
{
    const std::uint64_t wakeAt = m_state->head + (wakeBytes > 0 ? wakeBytes : 1);
    __atomic_store_n(&m_state->wakeAt, wakeAt, __ATOMIC_RELAXED);
    __atomic_store_n(&m_state->readerWaiting, 1u, __ATOMIC_SEQ_CST);
    return __atomic_load_n(&m_state->tail, __ATOMIC_SEQ_CST) < wakeAt;
}

void TapRing::disarm()
{
    if (__atomic_load_n(&m_state->readerWaiting, __ATOMIC_RELAXED) != 0)
        __atomic_store_n(&m_state->readerWaiting, 0u, __ATOMIC_RELAXED);
}

std::uint64_t TapRing::missed() const
{
    return __atomic_load_n(&m_state->missed, __ATOMIC_RELAXED);
}

} // namespace mailslot::platform
