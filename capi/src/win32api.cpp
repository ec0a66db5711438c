// The C entry points of libmailslot (capi/include/mailslot/win32.h): argument checks, the
// thread's last error, and the handle table; the work is done by the handle classes over the
// project's slot back-end (core/platform) and, for remote names, its datagram sender.
#include "capi/include/mailslot/win32.h"

#include "capi/src/apiname.h"
#include "capi/src/clienthandle.h"
#include "capi/src/handletable.h"
#include "capi/src/remotehandle.h"
#include "capi/src/serverhandle.h"

#include <new>

using namespace mailslot::capi;
using namespace mailslot::platform;

namespace {

thread_local DWORD t_lastError = ERROR_SUCCESS;

HANDLE succeed(std::shared_ptr<ApiHandle> object)
{
    HANDLE handle = HandleTable::instance().insert(std::move(object));
    t_lastError = ERROR_SUCCESS;
    return handle;
}

HANDLE failHandle(DWORD code)
{
    t_lastError = code;
    return INVALID_HANDLE_VALUE;
}

BOOL result(std::uint32_t code)
{
    t_lastError = code;
    return code == kErrorSuccess ? TRUE : FALSE;
}

HANDLE createMailslot(const ApiName &name, DWORD maxMessageSize, DWORD readTimeout)
{
    switch (name.kind()) {
    case ApiName::Kind::Missing:
        return failHandle(ERROR_PATH_NOT_FOUND);
    case ApiName::Kind::Local:
        break;
    default: // a server is always local; other paths are not mailslot names
        return failHandle(ERROR_INVALID_NAME);
    }
    SlotOptions options;
    options.maxMessageSize = maxMessageSize;
    options.readTimeout = readTimeout;
    std::unique_ptr<ServerSlot> slot;
    if (const SlotError e = createSystemBackend()->create(name.localName(), options, &slot))
        return failHandle(e.code);
    return succeed(std::make_shared<ServerHandle>(std::move(slot)));
}

HANDLE createFile(const ApiName &name, DWORD desiredAccess, DWORD creationDisposition)
{
    switch (name.kind()) {
    case ApiName::Kind::Missing:
        return failHandle(ERROR_PATH_NOT_FOUND);
    case ApiName::Kind::NotMailslot:
        return failHandle(ERROR_NOT_SUPPORTED);
    case ApiName::Kind::Invalid:
        return failHandle(ERROR_INVALID_NAME);
    default:
        break;
    }
    if (creationDisposition != OPEN_EXISTING && creationDisposition != OPEN_ALWAYS)
        return failHandle(ERROR_INVALID_PARAMETER);
    const bool canWrite = (desiredAccess & (GENERIC_WRITE | GENERIC_ALL)) != 0;
    if (name.kind() == ApiName::Kind::Remote) {
        quint16 port = 0;
        if (!RemoteHandle::portFromEnvironment(&port))
            return failHandle(ERROR_INVALID_PARAMETER);
        return succeed(std::make_shared<RemoteHandle>(name.name(), canWrite, port));
    }
    std::unique_ptr<ClientSlot> slot;
    if (const SlotError e = createSystemBackend()->open(name.localName(), &slot))
        return failHandle(e.code);
    return succeed(std::make_shared<ClientHandle>(std::move(slot), canWrite));
}

// Runs f on the object behind handle, with every failure reported through the last error.
template<typename F>
BOOL withHandle(HANDLE handle, F f)
{
    const std::shared_ptr<ApiHandle> object = HandleTable::instance().find(handle);
    if (!object)
        return result(ERROR_INVALID_HANDLE);
    try {
        return result(f(*object));
    } catch (const std::bad_alloc &) {
        return result(ERROR_NOT_ENOUGH_MEMORY);
    }
}

// Runs a constructor of handles, mapping an exhausted memory to its Win32 error.
template<typename F>
HANDLE guarded(F f)
{
    try {
        return f();
    } catch (const std::bad_alloc &) {
        return failHandle(ERROR_NOT_ENOUGH_MEMORY);
    }
}

} // namespace

extern "C" {

HANDLE WINAPI CreateMailslotA(LPCSTR lpName, DWORD nMaxMessageSize, DWORD lReadTimeout,
                              LPSECURITY_ATTRIBUTES /*lpSecurityAttributes*/)
{
    return guarded([&] { return createMailslot(ApiName::fromAnsi(lpName), nMaxMessageSize, lReadTimeout); });
}

HANDLE WINAPI CreateMailslotW(LPCWSTR lpName, DWORD nMaxMessageSize, DWORD lReadTimeout,
                              LPSECURITY_ATTRIBUTES /*lpSecurityAttributes*/)
{
    const auto *name = reinterpret_cast<const char16_t *>(lpName);
    return guarded([&] { return createMailslot(ApiName::fromWide(name), nMaxMessageSize, lReadTimeout); });
}

HANDLE WINAPI CreateFileA(LPCSTR lpFileName, DWORD dwDesiredAccess, DWORD /*dwShareMode*/,
                          LPSECURITY_ATTRIBUTES /*lpSecurityAttributes*/, DWORD dwCreationDisposition,
                          DWORD /*dwFlagsAndAttributes*/, HANDLE /*hTemplateFile*/)
{
    return guarded([&] { return createFile(ApiName::fromAnsi(lpFileName), dwDesiredAccess, dwCreationDisposition); });
}

HANDLE WINAPI CreateFileW(LPCWSTR lpFileName, DWORD dwDesiredAccess, DWORD /*dwShareMode*/,
                          LPSECURITY_ATTRIBUTES /*lpSecurityAttributes*/, DWORD dwCreationDisposition,
                          DWORD /*dwFlagsAndAttributes*/, HANDLE /*hTemplateFile*/)
{
    const auto *name = reinterpret_cast<const char16_t *>(lpFileName);
    return guarded([&] { return createFile(ApiName::fromWide(name), dwDesiredAccess, dwCreationDisposition); });
}

BOOL WINAPI ReadFile(HANDLE hFile, LPVOID lpBuffer, DWORD nNumberOfBytesToRead, LPDWORD lpNumberOfBytesRead,
                     LPOVERLAPPED lpOverlapped)
{
    DWORD ignored = 0;
    DWORD *read = lpNumberOfBytesRead ? lpNumberOfBytesRead : &ignored;
    *read = 0;
    return withHandle(hFile, [&](ApiHandle &h) -> std::uint32_t {
        if (lpOverlapped || (!lpBuffer && nNumberOfBytesToRead > 0))
            return ERROR_INVALID_PARAMETER;
        return h.read(lpBuffer, nNumberOfBytesToRead, read);
    });
}

BOOL WINAPI WriteFile(HANDLE hFile, LPCVOID lpBuffer, DWORD nNumberOfBytesToWrite, LPDWORD lpNumberOfBytesWritten,
                      LPOVERLAPPED lpOverlapped)
{
    if (lpNumberOfBytesWritten)
        *lpNumberOfBytesWritten = 0;
    return withHandle(hFile, [&](ApiHandle &h) -> std::uint32_t {
        if (lpOverlapped || (!lpBuffer && nNumberOfBytesToWrite > 0))
            return ERROR_INVALID_PARAMETER;
        const std::uint32_t code = h.write(lpBuffer ? lpBuffer : "", nNumberOfBytesToWrite);
        if (code == kErrorSuccess && lpNumberOfBytesWritten)
            *lpNumberOfBytesWritten = nNumberOfBytesToWrite;
        return code;
    });
}

BOOL WINAPI GetMailslotInfo(HANDLE hMailslot, LPDWORD lpMaxMessageSize, LPDWORD lpNextSize, LPDWORD lpMessageCount,
                            LPDWORD lpReadTimeout)
{
    return withHandle(hMailslot, [&](ApiHandle &h) {
        SlotInfo info;
        const std::uint32_t code = h.info(&info);
        if (code == kErrorSuccess) {
            if (lpMaxMessageSize)
                *lpMaxMessageSize = info.maxMessageSize;
            if (lpNextSize)
                *lpNextSize = info.nextSize;
            if (lpMessageCount)
                *lpMessageCount = info.messageCount;
            if (lpReadTimeout)
                *lpReadTimeout = info.readTimeout;
        }
        return code;
    });
}

BOOL WINAPI SetMailslotInfo(HANDLE hMailslot, DWORD lReadTimeout)
{
    return withHandle(hMailslot, [&](ApiHandle &h) { return h.setReadTimeout(lReadTimeout); });
}

BOOL WINAPI CloseHandle(HANDLE hObject)
{
    return result(HandleTable::instance().remove(hObject) ? ERROR_SUCCESS : ERROR_INVALID_HANDLE);
}

DWORD WINAPI GetLastError(void)
{
    return t_lastError;
}

void WINAPI SetLastError(DWORD dwErrCode)
{
    t_lastError = dwErrCode;
}

int MailslotGetPollDescriptor(HANDLE hMailslot)
{
    int fd = -1;
    withHandle(hMailslot, [&](ApiHandle &h) { return h.pollDescriptor(&fd); });
    return fd;
}

} // extern "C"
