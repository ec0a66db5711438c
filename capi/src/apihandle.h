// One open handle of the C API: a slot's server end, a local client end, or a remote name.
// Each operation returns a Win32 error code (0 = success); the default is the Windows answer
// for the wrong end of a slot (ERROR_ACCESS_DENIED).
#pragma once

#include "core/platform/slotbackend.h"

#include <cstdint>

namespace mailslot::capi {

class ApiHandle
{
public:
    virtual ~ApiHandle() = default;

    // ReadFile: one whole message into buffer; *size is its length (0 on failure).
    virtual std::uint32_t read(void *buffer, std::uint32_t capacity, std::uint32_t *size)
    {
        (void)buffer;
        (void)capacity;
        *size = 0;
        return platform::kErrorAccessDenied;
    }
    // WriteFile: one message.
    virtual std::uint32_t write(const void *data, std::uint32_t size)
    {
        (void)data;
        (void)size;
        return platform::kErrorAccessDenied;
    }
    // GetMailslotInfo.
    virtual std::uint32_t info(platform::SlotInfo *info)
    {
        (void)info;
        return platform::kErrorAccessDenied;
    }
    // SetMailslotInfo.
    virtual std::uint32_t setReadTimeout(std::uint32_t milliseconds)
    {
        (void)milliseconds;
        return platform::kErrorAccessDenied;
    }
    // MailslotGetPollDescriptor.
    virtual std::uint32_t pollDescriptor(int *fd)
    {
        *fd = -1;
        return platform::kErrorAccessDenied;
    }
};

} // namespace mailslot::capi
