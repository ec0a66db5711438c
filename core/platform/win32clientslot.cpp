#include "core/platform/win32clientslot.h"

#include "core/platform/win32serverslot.h"
#include "core/wire/mailslotlimits.h"

namespace mailslot::platform {

using namespace win32;

namespace {
// "cannot write more than 424 bytes at a time" to \\DOMAIN\... and \\*\... (CreateMailslot docs).
constexpr auto kGroupMessageLimit = std::uint32_t(wire::kNetworkMessageLimit);
} // namespace

Win32ClientSlot::Win32ClientSlot(std::string name, HANDLE handle, std::uint32_t foreignMaxSize)
    : m_name(std::move(name)), m_key(lowered(widen(m_name))), m_handle(handle), m_local(isLocalName(m_name)),
      m_group(!m_local), m_foreignMaxSize(foreignMaxSize)
{
    // A remote computer and a domain look alike (\\NAME\...); only \\*\ is surely a group.
    // Both take the same path in the system; the 424-byte figure is reported when it fails.
}

Win32ClientSlot::~Win32ClientSlot()
{
    CloseHandle(m_handle);
}

SlotError Win32ClientSlot::write(const void *data, std::uint32_t size, std::uint32_t)
{
    if (m_local) {
        // Windows does not document what a write over the server's maximum size does. The limit
        // is known for a slot served by this process, and for another process's slot when the
        // system reported it at open() (FileMailslotQueryInformation): the write then fails as on
        // POSIX (ERROR_MESSAGE_EXCEEDS_MAX_SIZE, nothing queued). Otherwise the system decides.
        std::uint32_t max = m_foreignMaxSize;
        local::with(m_key, [&](Win32ServerSlot &server) { max = server.maxMessageSize(); });
        if (max != 0 && size > max)
            return {kErrorMessageExceedsMaxSize,
                    "message of " + std::to_string(size) + " bytes exceeds the slot's maximum message size of "
                        + std::to_string(max) + " bytes",
                    size, max};
    }
    DWORD written = 0;
    if (WriteFile(m_handle, data, size, &written, nullptr))
        return {};
    const DWORD error = GetLastError();
    SlotError e = mapError(error, Operation::Write, m_name);
    if (e.code == kErrorBadNetpath && m_group && size > kGroupMessageLimit) {
        e.size = size;
        e.limit = kGroupMessageLimit;
    } else if (e.code == kErrorNotEnoughQuota) {
        // The system had no room. Windows never makes a writer wait, so there is no timeout to
        // report (limit 0): the size alone tells the Qt layer to explain it the Windows way.
        e.size = size;
        e.limit = 0;
    }
    return e;
}

} // namespace mailslot::platform
