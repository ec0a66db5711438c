// Win32 error codes used by the mailslot back-ends, with their symbolic names.
// Plain C++ (no Qt): the Windows back-end and the POSIX back-end share it.
#pragma once

#include <cstdint>

namespace mailslot::platform {

enum Win32Error : std::uint32_t {
    kErrorSuccess = 0,
    kErrorFileNotFound = 2,
    kErrorPathNotFound = 3,
    kErrorAccessDenied = 5,
    kErrorInvalidHandle = 6,
    kErrorNotEnoughMemory = 8,
    kErrorInvalidData = 13,
    kErrorGenFailure = 31,
    kErrorNotSupported = 50,
    kErrorBadNetpath = 53,
    kErrorInvalidParameter = 87,
    kErrorBrokenPipe = 109,
    kErrorSemTimeout = 121,
    kErrorInsufficientBuffer = 122,
    kErrorInvalidName = 123,
    kErrorAlreadyExists = 183,
    kErrorNotEnoughQuota = 1816,
    // Windows 11 24H2 / Server 2025: remote mailslots are disabled by default (policy "Enable
    // remote mailslots", or Set-SmbClientConfiguration -EnableMailslots $true, turns them on).
    kErrorRemoteMailslotsDeprecated = 3025,
    kErrorMessageExceedsMaxSize = 4336,
};

// GetMailslotInfo's "no message" next size, and the "wait forever" read timeout.
inline constexpr std::uint32_t kMailslotNoMessage = 0xFFFFFFFFu;
inline constexpr std::uint32_t kMailslotWaitForever = 0xFFFFFFFFu;

// "ERROR_FILE_NOT_FOUND" for 2, and so on; "ERROR_<code>" is never returned: unknown codes give nullptr.
const char *win32ErrorName(std::uint32_t code);

} // namespace mailslot::platform
