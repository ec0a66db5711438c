#include "core/platform/win32support.h"

#include "core/platform/win32serverslot.h"

#include <cstdio>
#include <map>
#include <mutex>

namespace mailslot::platform::win32 {

std::wstring widen(const std::string &utf8)
{
    if (utf8.empty())
        return {};
    const int n = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), int(utf8.size()), nullptr, 0);
    std::wstring out(std::size_t(n > 0 ? n : 0), L'\0');
    if (n > 0)
        MultiByteToWideChar(CP_UTF8, 0, utf8.data(), int(utf8.size()), out.data(), n);
    return out;
}

std::string narrow(const wchar_t *utf16, std::size_t length)
{
    if (length == 0)
        return {};
    const int n = WideCharToMultiByte(CP_UTF8, 0, utf16, int(length), nullptr, 0, nullptr, nullptr);
    std::string out(std::size_t(n > 0 ? n : 0), '\0');
    if (n > 0)
        WideCharToMultiByte(CP_UTF8, 0, utf16, int(length), out.data(), n, nullptr, nullptr);
    return out;
}

std::wstring lowered(std::wstring text)
{
    if (!text.empty())
        CharLowerBuffW(text.data(), DWORD(text.size()));
    return text;
}

std::string wineVersion()
{
    using Fn = const char *(CDECL *)();
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    auto fn = ntdll ? reinterpret_cast<Fn>(reinterpret_cast<void *>(GetProcAddress(ntdll, "wine_get_version"))) : nullptr;
    return fn ? std::string("Wine ") + fn() : std::string();
}

bool runningUnderWine()
{
    static const bool wine = !wineVersion().empty();
    return wine;
}

std::int64_t fileTimeToMsecs(std::int64_t fileTime)
{
    constexpr std::int64_t kEpochDifference = 116444736000000000LL; // 1601-01-01 to 1970-01-01 in 100 ns
    return fileTime <= 0 ? 0 : (fileTime - kEpochDifference) / 10000;
}

std::int64_t nowMsecs()
{
    FILETIME ft;
    GetSystemTimeAsFileTime(&ft);
    return fileTimeToMsecs((std::int64_t(ft.dwHighDateTime) << 32) | ft.dwLowDateTime);
}

const NtApi &ntApi()
{
    static const NtApi api = [] {
        NtApi a;
        HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
        if (!ntdll)
            return a;
        auto get = [ntdll](const char *name) { return reinterpret_cast<void *>(GetProcAddress(ntdll, name)); };
        a.openFile = reinterpret_cast<decltype(a.openFile)>(get("NtOpenFile"));
        a.queryDirectoryFile = reinterpret_cast<decltype(a.queryDirectoryFile)>(get("NtQueryDirectoryFile"));
        a.queryInformationFile = reinterpret_cast<decltype(a.queryInformationFile)>(get("NtQueryInformationFile"));
        a.statusToDosError = reinterpret_cast<decltype(a.statusToDosError)>(get("RtlNtStatusToDosError"));
        return a;
    }();
    return api;
}

std::uint32_t dosError(NtStatus status)
{
    const NtApi &api = ntApi();
    return api.statusToDosError ? std::uint32_t(api.statusToDosError(status)) : kErrorGenFailure;
}

std::string hexStatus(NtStatus status)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%08lX", static_cast<unsigned long>(ULONG(status)));
    return text;
}

std::uint32_t timeoutFromNt(std::int64_t ntTimeout)
{
    if (ntTimeout == -1)
        return kMailslotWaitForever;
    const std::int64_t ms = (ntTimeout < 0 ? -ntTimeout : ntTimeout) / 10000;
    // As kernel32 does: a value too large to fit reads back as 0xFFFFFFFE.
    return ms >= std::int64_t(kMailslotWaitForever) ? kMailslotWaitForever - 1 : std::uint32_t(ms);
}

namespace {

constexpr char kLocalPrefix[] = "\\\\.\\mailslot\\";

bool startsWithNoCase(const std::string &text, const char *prefix)
{
    for (std::size_t i = 0; prefix[i]; ++i) {
        if (i >= text.size())
            return false;
        const char a = text[i] >= 'A' && text[i] <= 'Z' ? char(text[i] + 32) : text[i];
        if (a != prefix[i])
            return false;
    }
    return true;
}

// The remote-mailslot policy, in plain English for logs; the Qt layer shows a translated text.
const char kRemoteMailslotsOff[] =
    "remote mailslots are turned off on this computer (Windows 11 24H2 and Windows Server 2025 disable them by "
    "default); an administrator can turn them back on with the policy \"Enable remote mailslots\" (Computer "
    "Configuration > Administrative Templates > Network > Lanman Workstation) or with the PowerShell command "
    "Set-SmbClientConfiguration -EnableMailslots $true";

std::string codeText(DWORD error)
{
    const char *name = win32ErrorName(error);
    return name ? std::string(name) : "Win32 error " + std::to_string(error);
}

} // namespace

bool isLocalName(const std::string &canonicalName)
{
    return startsWithNoCase(canonicalName, kLocalPrefix);
}

std::wstring ntPathOfLocalName(const std::string &canonicalName)
{
    if (!isLocalName(canonicalName))
        return {};
    return L"\\Device\\Mailslot\\" + widen(canonicalName.substr(sizeof kLocalPrefix - 1));
}

SlotError mapError(DWORD error, Operation operation, const std::string &name)
{
    const bool local = isLocalName(name);
    if (error == kErrorRemoteMailslotsDeprecated)
        return {kErrorRemoteMailslotsDeprecated, name + ": " + kRemoteMailslotsOff};
    switch (operation) {
    case Operation::Create:
        switch (error) {
        case ERROR_ALREADY_EXISTS:
        case ERROR_FILE_EXISTS:
        case ERROR_PIPE_BUSY:
            return {kErrorAlreadyExists, name + ": a server of this name (in any case) already exists"};
        case ERROR_INVALID_NAME:
        case ERROR_PATH_NOT_FOUND:
        case ERROR_BAD_PATHNAME:
            return {kErrorInvalidName, name + ": Windows refuses this mailslot name (" + codeText(error) + ")"};
        case ERROR_NO_SYSTEM_RESOURCES:
        case ERROR_NOT_ENOUGH_QUOTA:
        case ERROR_OUTOFMEMORY:
            return {kErrorNotEnoughMemory, name + ": " + codeText(error)};
        default:
            break;
        }
        break;
    case Operation::Open:
    case Operation::Query:
        switch (error) {
        case ERROR_FILE_NOT_FOUND:
            return {kErrorFileNotFound, "no such slot"};
        case ERROR_PATH_NOT_FOUND:
            if (local)
                return {kErrorFileNotFound, "no such slot"};
            return {kErrorPathNotFound, name + ": the network path was not found (no remote mailslot transport"
                                              + std::string(runningUnderWine() ? "; Wine has none)" : ")")};
        case ERROR_SHARING_VIOLATION:
            return {kErrorAccessDenied, name + ": the slot cannot be opened (sharing violation)"};
        default:
            break;
        }
        break;
    case Operation::Write:
        switch (error) {
        // What a writer's handle reports once the server has closed the slot. Windows does not
        // document it; NT file systems fail I/O on such a file object with one of these.
        case ERROR_FILE_NOT_FOUND:
        case ERROR_HANDLE_EOF:
        case ERROR_BROKEN_PIPE:
        case ERROR_NO_DATA:
        case ERROR_PIPE_NOT_CONNECTED:
        case ERROR_FILE_INVALID:
            return {kErrorFileNotFound, "the slot's server has closed it (" + codeText(error) + ")"};
        case ERROR_NO_SYSTEM_RESOURCES:
        case ERROR_NOT_ENOUGH_QUOTA:
        case ERROR_WORKING_SET_QUOTA:
            return {kErrorNotEnoughQuota, name + ": the system has no room for the message (" + codeText(error) + ")"};
        default:
            break;
        }
        break;
    case Operation::Read:
        if (error == ERROR_MORE_DATA)
            return {kErrorInsufficientBuffer, {}};
        break;
    case Operation::List:
        break;
    }
    return {std::uint32_t(error), name + ": " + codeText(error)};
}

namespace local {
namespace {
std::mutex &tableMutex()
{
    static std::mutex m;
    return m;
}
std::map<std::wstring, Win32ServerSlot *> &table()
{
    static std::map<std::wstring, Win32ServerSlot *> t;
    return t;
}
} // namespace

void add(const std::wstring &key, Win32ServerSlot *server)
{
    std::lock_guard<std::mutex> lock(tableMutex());
    table()[key] = server;
}

void remove(const std::wstring &key, Win32ServerSlot *server)
{
    std::lock_guard<std::mutex> lock(tableMutex());
    auto it = table().find(key);
    if (it != table().end() && it->second == server)
        table().erase(it);
}

bool with(const std::wstring &key, const std::function<void(Win32ServerSlot &)> &fn)
{
    std::lock_guard<std::mutex> lock(tableMutex());
    auto it = table().find(key);
    if (it == table().end())
        return false;
    fn(*it->second);
    return true;
}

std::vector<SlotStatus> statuses()
{
    std::lock_guard<std::mutex> lock(tableMutex());
    std::vector<SlotStatus> out;
    for (const auto &entry : table())
        out.push_back(entry.second->status());
    return out;
}

} // namespace local

} // namespace mailslot::platform::win32
