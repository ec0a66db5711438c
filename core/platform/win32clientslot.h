// A client end on Windows: CreateFileW + WriteFile on any of the four name forms
// (\\.\mailslot\..., \\HOST\mailslot\..., \\DOMAIN\mailslot\..., \\*\mailslot\...); the system
// carries the remote ones.
#pragma once

#include "core/platform/win32support.h"

namespace mailslot::platform {

class Win32ClientSlot final : public ClientSlot
{
public:
    // Takes ownership of handle (from CreateFileW(GENERIC_WRITE)). foreignMaxSize: the maximum
    // message size of a local slot served by another process, as the system reported it when
    // the slot was opened (0 = any size, or unknown).
    Win32ClientSlot(std::string name, HANDLE handle, std::uint32_t foreignMaxSize = 0);
    ~Win32ClientSlot() override;
    Win32ClientSlot(const Win32ClientSlot &) = delete;
    Win32ClientSlot &operator=(const Win32ClientSlot &) = delete;

    // timeoutMs is not used: Windows never makes a mailslot writer wait (a full system queue
    // fails the write, mapped to ERROR_NOT_ENOUGH_QUOTA).
    SlotError write(const void *data, std::uint32_t size, std::uint32_t timeoutMs) override;

private:
    std::string m_name;
    std::wstring m_key;
    HANDLE m_handle;
    bool m_local;
    bool m_group; // \\*\... or \\DOMAIN\...: 424-byte limit (ERROR_BAD_NETPATH)
    std::uint32_t m_foreignMaxSize;
};

} // namespace mailslot::platform
