// CreateFile's handle on a local slot: writes go through the back-end's client end.
#pragma once

#include "capi/src/apihandle.h"

#include <memory>

namespace mailslot::capi {

class ClientHandle final : public ApiHandle
{
public:
    // How long a write waits while the slot's queue is full (the README's default).
    static constexpr std::uint32_t kWriteTimeoutMs = 10000;

    ClientHandle(std::unique_ptr<platform::ClientSlot> slot, bool canWrite);

    std::uint32_t write(const void *data, std::uint32_t size) override;

private:
    std::unique_ptr<platform::ClientSlot> m_slot;
    bool m_canWrite;
};

} // namespace mailslot::capi
