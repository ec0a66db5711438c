// A writer's side of a slot's taps: the tap files of the slot's tap table, mapped once and kept
// until the table changes, and the copy of each message into every attached tap's own queue.
// Never waits: a tap whose queue is full gets a miss counted instead of the copy. The copies are
// made under the slot's lock (every tap sees the slot's order); the bells of the taps that sleep
// are rung after it is released (ringBells), so that no system call of a tap's lengthens the time
// the slot's reader and other writers may wait for the lock.
#pragma once

#include "core/platform/posixtapfile.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mailslot::platform {

class PosixSlotFile;

class PosixTapFanout
{
public:
    // The taps to wake after one message (held, so that a tap dropped meanwhile stays open).
    using Bells = std::array<std::shared_ptr<PosixTapFile>, kMaxTapsPerSlot>;

    explicit PosixTapFanout(const PosixSlotFile *slot);
    ~PosixTapFanout();

    // Copies one message to every tap of the slot (the caller holds the slot's lock); the taps
    // whose reader sleeps are put in *bells.
    void deliverLocked(const void *data, std::uint32_t size, std::int64_t writtenMsecs,
                       const std::vector<std::uint8_t> &origin, Bells *bells);
    // Wakes the taps of deliverLocked (the caller has released the slot's lock) and empties bells.
    static void ringBells(Bells *bells);

private:
    // Maps the taps of the table that are not mapped yet and drops those gone from it.
    void syncLocked();

    const PosixSlotFile *m_slot;
    std::int64_t m_pid;
    std::uint32_t m_generation = 0;
    std::vector<std::shared_ptr<PosixTapFile>> m_taps;
};

} // namespace mailslot::platform
