#include "capi/src/clienthandle.h"

namespace mailslot::capi {

ClientHandle::ClientHandle(std::unique_ptr<platform::ClientSlot> slot, bool canWrite)
    : m_slot(std::move(slot)), m_canWrite(canWrite)
{
}

std::uint32_t ClientHandle::write(const void *data, std::uint32_t size)
{
    if (!m_canWrite)
        return platform::kErrorAccessDenied;
    return m_slot->write(data, size, kWriteTimeoutMs).code;
}

} // namespace mailslot::capi
