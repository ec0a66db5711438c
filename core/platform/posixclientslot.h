// A client end of a slot on POSIX (CreateFile + WriteFile).
#pragma once

#include "core/platform/posixslotfile.h"
#include "core/platform/posixtapfanout.h"

#include <memory>

namespace mailslot::platform {

class PosixClientSlot final : public ClientSlot
{
public:
    explicit PosixClientSlot(std::unique_ptr<PosixSlotFile> file);

    SlotError write(const void *data, std::uint32_t size, std::uint32_t timeoutMs) override;
    SlotError writeFrom(const void *data, std::uint32_t size, std::uint32_t timeoutMs,
                        const MessageOrigin &origin) override;

private:
    // One message, with its encoded origin (empty: none) for the reader and the taps.
    SlotError writeMessage(const void *data, std::uint32_t size, std::uint32_t timeoutMs,
                           const std::vector<std::uint8_t> &origin);
    // Checks the message against the slot's limits (the caller holds the lock).
    SlotError checkSizeLocked(std::uint32_t size, std::uint32_t originSize) const;
    // Waits until the queue has room for size bytes (lock held on entry and, on success, on return).
    SlotError waitForRoomLocked(std::uint32_t size, std::uint32_t originSize, std::uint32_t timeoutMs);
    // Whether the slot this handle was opened on still has its server.
    bool stillServedLocked() const;

    std::unique_ptr<PosixSlotFile> m_file;
    PosixTapFanout m_taps;
};

} // namespace mailslot::platform
