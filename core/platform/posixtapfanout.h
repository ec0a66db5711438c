// A writer's side of a slot's taps: the tap files of the slot's tap table, mapped once and kept
// until the table changes, and the copy of each message into every attached tap's own queue.
// Never waits: a tap whose queue is full gets a miss counted instead of the copy.
#pragma once

#include "core/platform/posixtapfile.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mailslot::platform {

class PosixSlotFile;

class PosixTapFanout
{
public:
    explicit PosixTapFanout(const PosixSlotFile *slot);
    ~PosixTapFanout();

    // Copies one message to every tap of the slot (the caller holds the slot's lock).
    void deliverLocked(const void *data, std::uint32_t size, std::int64_t writtenMsecs,
                       const std::vector<std::uint8_t> &origin);

private:
    // Maps the taps of the table that are not mapped yet and drops those gone from it.
    void syncLocked();

    const PosixSlotFile *m_slot;
    std::int64_t m_pid;
    std::uint32_t m_generation = 0;
    std::vector<std::unique_ptr<PosixTapFile>> m_taps;
};

} // namespace mailslot::platform
