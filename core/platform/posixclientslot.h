// A client end of a slot on POSIX (CreateFile + WriteFile).
#pragma once

#include "core/platform/posixslotfile.h"

#include <memory>

namespace mailslot::platform {

class PosixClientSlot final : public ClientSlot
{
public:
    explicit PosixClientSlot(std::unique_ptr<PosixSlotFile> file);

    SlotError write(const void *data, std::uint32_t size, std::uint32_t timeoutMs) override;

private:
    // Whether the slot this handle was opened on still has its server.
    bool stillServedLocked() const;

    std::unique_ptr<PosixSlotFile> m_file;
};

} // namespace mailslot::platform
