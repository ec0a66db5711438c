// Test helpers for SlotRing: a read as PosixServerSlot does it, and numbered traffic through a ring.
#pragma once

#include "core/platform/slotring.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace mailslot::platform::test {

// A read as PosixServerSlot does it: claim, hand the claimed messages to f, release.
template<typename F>
std::size_t takeMessages(SlotRing &ring, std::size_t maxMessages, std::size_t maxBytes, const F &f)
{
    SlotRingClaim claim;
    const std::size_t n = ring.claim(maxMessages, maxBytes, &claim);
    ring.forEachClaimed(claim, f);
    if (n > 0)
        ring.release();
    return n;
}

// A ring over memory of its own, filled with 0xEE so that a read of what was never written shows.
struct OwnedRing
{
    explicit OwnedRing(int capacity)
        : memory(std::size_t(capacity), 0xEE), ring(&state, memory.data(), std::uint64_t(capacity))
    {
    }
    std::vector<std::uint8_t> memory;
    SlotRingState state;
    SlotRing ring;
};

// Writers and a reader of one ring: messages numbered in order, each of its own size and filled
// with its number; check() sees them come out in that order, intact.
struct RingTraffic
{
    SlotRing &ring;
    int maxSize;
    int pushed = 0;
    int taken = 0;
    bool ok = true;

    quint32 sizeOf(int n) const { return quint32((n * 37) % (maxSize + 1)); }
    // Writes whatever fits.
    void fill()
    {
        while (ring.hasRoomFor(sizeOf(pushed))) {
            const QByteArray payload(int(sizeOf(pushed)), char(pushed & 0x7F));
            ring.push(payload.constData(), sizeOf(pushed), pushed);
            ++pushed;
        }
    }
    void check(const std::uint8_t *data, std::uint32_t got, std::int64_t time)
    {
        bool same = got == sizeOf(taken) && time == taken;
        for (quint32 i = 0; same && i < got; ++i)
            same = data[i] == std::uint8_t(taken & 0x7F);
        ok = ok && same;
        ++taken;
    }
    // Reads all that is queued (claim, copy, release).
    void drain()
    {
        takeMessages(ring, 1000000, 1u << 30,
                     [this](const std::uint8_t *data, std::uint32_t got, std::int64_t time, const std::uint8_t *,
                            std::uint32_t) { check(data, got, time); });
    }
    void checkClaimed(const SlotRingClaim &claim)
    {
        ring.forEachClaimed(claim, [this](const std::uint8_t *data, std::uint32_t got, std::int64_t time,
                                          const std::uint8_t *, std::uint32_t) { check(data, got, time); });
    }
};


} // namespace mailslot::platform::test
