#include "core/platform/slotbackend.h"

namespace mailslot::platform {

const char *win32ErrorName(std::uint32_t code)
{
    switch (code) {
    case kErrorSuccess: return "ERROR_SUCCESS";
    case kErrorFileNotFound: return "ERROR_FILE_NOT_FOUND";
    case kErrorPathNotFound: return "ERROR_PATH_NOT_FOUND";
    case kErrorAccessDenied: return "ERROR_ACCESS_DENIED";
    case kErrorInvalidHandle: return "ERROR_INVALID_HANDLE";
    case kErrorNotEnoughMemory: return "ERROR_NOT_ENOUGH_MEMORY";
    case kErrorInvalidData: return "ERROR_INVALID_DATA";
    case kErrorGenFailure: return "ERROR_GEN_FAILURE";
    case kErrorNotSupported: return "ERROR_NOT_SUPPORTED";
    case kErrorBadNetpath: return "ERROR_BAD_NETPATH";
    case kErrorInvalidParameter: return "ERROR_INVALID_PARAMETER";
    case kErrorBrokenPipe: return "ERROR_BROKEN_PIPE";
    case kErrorSemTimeout: return "ERROR_SEM_TIMEOUT";
    case kErrorInsufficientBuffer: return "ERROR_INSUFFICIENT_BUFFER";
    case kErrorInvalidName: return "ERROR_INVALID_NAME";
    case kErrorAlreadyExists: return "ERROR_ALREADY_EXISTS";
    case kErrorNotEnoughQuota: return "ERROR_NOT_ENOUGH_QUOTA";
    case kErrorRemoteMailslotsDeprecated: return "ERROR_REMOTE_MAILSLOTS_DEPRECATED";
    case kErrorMessageExceedsMaxSize: return "ERROR_MESSAGE_EXCEEDS_MAX_SIZE";
    default: return nullptr;
    }
}

SlotError ClientSlot::writeFrom(const void *data, std::uint32_t size, std::uint32_t timeoutMs, const MessageOrigin &)
{
    return write(data, size, timeoutMs);
}

} // namespace mailslot::platform
