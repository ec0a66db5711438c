// The Windows slot back-end: the operating system's own mailslots (CreateMailslotW, ReadFile,
// CreateFileW/WriteFile, GetMailslotInfo), the list of every slot on the machine from
// NtQueryDirectoryFile on \Device\Mailslot\, and any slot's figures from NtQueryInformationFile
// (FileMailslotQueryInformation), as WinObjEx64 shows them. No Qt. See WINDOWS.md.
#pragma once

#include "core/platform/slotbackend.h"

namespace mailslot::platform {

class Win32SlotBackend final : public SlotBackend
{
public:
    Win32SlotBackend() = default;

    SlotError create(const std::string &canonicalName, const SlotOptions &options,
                     std::unique_ptr<ServerSlot> *server) override;
    // Local names and \\HOST\, \\DOMAIN\, \\*\ names (the system sends those as datagrams).
    SlotError open(const std::string &canonicalName, std::unique_ptr<ClientSlot> *client) override;
    // Every slot on the machine. If the directory cannot be listed (Wine), returns this
    // process's slots and ERROR_NOT_SUPPORTED with the NTSTATUS in the detail.
    SlotError list(std::vector<SlotStatus> *slots) override;
    SlotError query(const std::string &canonicalName, SlotStatus *status) override;
    SlotError tap(const std::string &canonicalName, const TapOptions &options, std::unique_ptr<TapSlot> *tap) override;
    std::string location() const override { return "\\Device\\Mailslot\\"; }
};

} // namespace mailslot::platform
