// Helpers shared by the Windows back-end's classes (Win32SlotBackend, Win32ServerSlot,
// Win32ClientSlot): UTF-8/UTF-16, the ntdll functions loaded at run time, Win32 error mapping,
// Wine detection and the table of slots served by this process. Windows only; no Qt.
#pragma once

#include "core/platform/slotbackend.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace mailslot::platform {

class Win32ServerSlot;

namespace win32 {

std::wstring widen(const std::string &utf8);
std::string narrow(const wchar_t *utf16, std::size_t length);
inline std::string narrow(const std::wstring &utf16) { return narrow(utf16.data(), utf16.size()); }
// Lower case, as the canonical names are (mailslot names are case-insensitive).
std::wstring lowered(std::wstring text);

// "Wine 8.0" when ntdll exports wine_get_version, else empty. Wine deviates from Windows (see
// ../shared/reference/wine-mailslots.md); the back-end adapts where it must (no overlapped reads).
std::string wineVersion();
bool runningUnderWine();

// Milliseconds since the Unix epoch, UTC.
std::int64_t nowMsecs();
// A FILETIME-style count of 100 ns since 1601 to milliseconds since the Unix epoch (0 stays 0).
std::int64_t fileTimeToMsecs(std::int64_t fileTime);

// ntdll functions, resolved with GetProcAddress (they are not in the import libraries we rely on).
using NtStatus = LONG;
struct IoStatusBlock
{
    union {
        NtStatus status;
        void *pointer;
    };
    ULONG_PTR information;
};
struct UnicodeString
{
    USHORT length;
    USHORT maximumLength;
    wchar_t *buffer;
};
struct ObjectAttributes
{
    ULONG length;
    HANDLE rootDirectory;
    UnicodeString *objectName;
    ULONG attributes;
    void *securityDescriptor;
    void *securityQualityOfService;
};
// FILE_MAILSLOT_QUERY_INFORMATION (ntifs.h), FileMailslotQueryInformation = 26.
struct MailslotQueryInformation
{
    ULONG maximumMessageSize;
    ULONG mailslotQuota;
    ULONG nextMessageSize;
    ULONG messagesAvailable;
    LARGE_INTEGER readTimeout; // 100 ns units, negative = relative; -1 = forever
};
// FILE_DIRECTORY_INFORMATION (ntifs.h), FileDirectoryInformation = 1.
struct FileDirectoryInformation
{
    ULONG nextEntryOffset;
    ULONG fileIndex;
    LARGE_INTEGER creationTime;
    LARGE_INTEGER lastAccessTime;
    LARGE_INTEGER lastWriteTime;
    LARGE_INTEGER changeTime;
    LARGE_INTEGER endOfFile;
    LARGE_INTEGER allocationSize;
    ULONG fileAttributes;
    ULONG fileNameLength; // bytes
    wchar_t fileName[1];
};

inline constexpr ULONG kFileDirectoryInformationClass = 1;
inline constexpr ULONG kFileMailslotQueryInformationClass = 26;
inline constexpr NtStatus kStatusSuccess = 0;
inline constexpr NtStatus kStatusNoMoreFiles = NtStatus(0x80000006);
inline constexpr ULONG kObjCaseInsensitive = 0x40;
inline constexpr ULONG kFileDirectoryFile = 0x01;
inline constexpr ULONG kFileSynchronousIoNonalert = 0x20;

struct NtApi
{
    NtStatus(NTAPI *openFile)(HANDLE *, ACCESS_MASK, ObjectAttributes *, IoStatusBlock *, ULONG, ULONG) = nullptr;
    NtStatus(NTAPI *queryDirectoryFile)(HANDLE, HANDLE, void *, void *, IoStatusBlock *, void *, ULONG, ULONG,
                                        BOOLEAN, UnicodeString *, BOOLEAN) = nullptr;
    NtStatus(NTAPI *queryInformationFile)(HANDLE, IoStatusBlock *, void *, ULONG, ULONG) = nullptr;
    ULONG(NTAPI *statusToDosError)(NtStatus) = nullptr;

    bool complete() const { return openFile && queryDirectoryFile && queryInformationFile && statusToDosError; }
};
const NtApi &ntApi();

// The Win32 code of an NTSTATUS (RtlNtStatusToDosError), and "0xC0000024" for logs.
std::uint32_t dosError(NtStatus status);
std::string hexStatus(NtStatus status);

// The mapping of Win32 errors to the back-end's codes, per operation, identical to the POSIX
// back-end's observable results (see the README's Semantics table and WINDOWS.md).
enum class Operation { Create, Open, Write, Read, Query, List };
SlotError mapError(DWORD error, Operation operation, const std::string &name);

// GetMailslotInfo's read timeout from FILE_MAILSLOT_QUERY_INFORMATION's 100 ns relative value.
std::uint32_t timeoutFromNt(std::int64_t ntTimeout);

// "\\.\mailslot\a\b" -> L"\Device\Mailslot\a\b"; empty for names that are not local.
std::wstring ntPathOfLocalName(const std::string &canonicalName);
bool isLocalName(const std::string &canonicalName);

// Slots served by this process. Consulted by query() and list() (exact figures for our own
// slots, including messages our read-ahead holds) and by writers (the maximum message size).
namespace local {
void add(const std::wstring &key, Win32ServerSlot *server);
void remove(const std::wstring &key, Win32ServerSlot *server);
// Calls fn with the server while the table is locked (a server cannot go away meanwhile).
bool with(const std::wstring &key, const std::function<void(Win32ServerSlot &)> &fn);
std::vector<SlotStatus> statuses();
} // namespace local

} // namespace win32
} // namespace mailslot::platform
