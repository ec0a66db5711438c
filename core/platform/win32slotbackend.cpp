#include "core/platform/win32slotbackend.h"

#include "core/platform/win32clientslot.h"
#include "core/platform/win32serverslot.h"
#include "core/platform/win32support.h"

#include <algorithm>
#include <map>

namespace mailslot::platform {

using namespace win32;

std::unique_ptr<SlotBackend> createSystemBackend(const std::string &)
{
    return std::make_unique<Win32SlotBackend>();
}

namespace {

constexpr std::size_t kMaxNameBytes = 1024; // as the POSIX back-end

struct NtHandle
{
    HANDLE h = nullptr;
    ~NtHandle()
    {
        if (h && h != INVALID_HANDLE_VALUE)
            CloseHandle(h);
    }
};

NtStatus openNt(const std::wstring &path, ACCESS_MASK access, ULONG options, HANDLE *out)
{
    const NtApi &api = ntApi();
    if (!api.openFile)
        return NtStatus(0xC0000002); // STATUS_NOT_IMPLEMENTED
    std::wstring copy = path;
    UnicodeString us{USHORT(copy.size() * sizeof(wchar_t)), USHORT(copy.size() * sizeof(wchar_t)), copy.data()};
    ObjectAttributes oa{sizeof(ObjectAttributes), nullptr, &us, kObjCaseInsensitive, nullptr, nullptr};
    IoStatusBlock io{};
    return api.openFile(out, access, &oa, &io, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, options);
}

// A slot of another process: open it without becoming a writer if the system allows, else as a
// writer, and ask for FileMailslotQueryInformation.
SlotError queryOther(const std::string &name, SlotStatus *status)
{
    const NtApi &api = ntApi();
    if (!api.complete())
        return {kErrorNotSupported, "ntdll lacks NtOpenFile/NtQueryInformationFile"};
    MailslotQueryInformation q{};
    IoStatusBlock io{};
    NtStatus queried = NtStatus(0xC0000001);
    NtHandle attributes;
    const NtStatus opened = openNt(ntPathOfLocalName(name), FILE_READ_ATTRIBUTES | SYNCHRONIZE,
                                   kFileSynchronousIoNonalert, &attributes.h);
    if (opened == kStatusSuccess)
        queried = api.queryInformationFile(attributes.h, &io, &q, sizeof q, kFileMailslotQueryInformationClass);
    if (queried != kStatusSuccess) {
        NtHandle writer;
        writer.h = CreateFileW(widen(name).c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                               OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
        if (writer.h == INVALID_HANDLE_VALUE) {
            const DWORD error = GetLastError();
            if (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND)
                return {kErrorFileNotFound, "no such slot"};
            return mapError(error, Operation::Query, name);
        }
        const NtStatus second = api.queryInformationFile(writer.h, &io, &q, sizeof q, kFileMailslotQueryInformationClass);
        if (second != kStatusSuccess) {
            // The slot exists, but the system gives its figures to its server only.
            return {kErrorAccessDenied,
                    name + ": the slot exists, but the system does not report its figures to this process "
                           "(NtQueryInformationFile(FileMailslotQueryInformation): "
                        + hexStatus(queried) + " on a read-attributes handle" + (opened ? " that could not be opened ("
                        + hexStatus(opened) + ")" : "") + ", " + hexStatus(second) + " on a writer's handle)"};
        }
    }
    status->name = name;
    status->info.maxMessageSize = q.maximumMessageSize;
    status->info.nextSize = q.nextMessageSize;
    status->info.messageCount = q.messagesAvailable;
    status->info.readTimeout = timeoutFromNt(q.readTimeout.QuadPart);
    status->queueCapacity = q.mailslotQuota;
    status->queuedBytes = q.nextMessageSize != kMailslotNoMessage ? q.nextMessageSize : 0;
    return {};
}

} // namespace

SlotError Win32SlotBackend::create(const std::string &canonicalName, const SlotOptions &options,
                                   std::unique_ptr<ServerSlot> *server)
{
    if (canonicalName.empty() || canonicalName.size() > kMaxNameBytes)
        return {kErrorInvalidName, "bad slot name length"};
    if (!isLocalName(canonicalName))
        return {kErrorInvalidName, canonicalName + ": a server can only create a local slot (\\\\.\\mailslot\\...)"};
    // The queue capacity is the POSIX back-end's; Windows sizes its queue itself. The same
    // limits are checked so that both back-ends accept the same options.
    if (options.queueCapacity < kMinQueueCapacity || options.queueCapacity > kMaxQueueCapacity)
        return {kErrorInvalidParameter, "queue capacity must be between " + std::to_string(kMinQueueCapacity)
                    + " and " + std::to_string(kMaxQueueCapacity) + " bytes"};
    // WAIT_FOREVER in the system: see Win32ServerSlot (the configured timeout is applied by us).
    HANDLE h = CreateMailslotW(widen(canonicalName).c_str(), options.maxMessageSize, MAILSLOT_WAIT_FOREVER, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return mapError(GetLastError(), Operation::Create, canonicalName);
    auto slot = std::make_unique<Win32ServerSlot>(canonicalName, h, options);
    if (!slot->isValid())
        return {kErrorNotEnoughMemory, canonicalName + ": cannot create the slot's events or thread"};
    *server = std::move(slot);
    return {};
}

SlotError Win32SlotBackend::open(const std::string &canonicalName, std::unique_ptr<ClientSlot> *client)
{
    if (canonicalName.empty() || canonicalName.size() > kMaxNameBytes)
        return {kErrorInvalidName, "bad slot name length"};
    // FILE_SHARE_READ is required for mailslots; FILE_SHARE_WRITE lets several writers coexist.
    HANDLE h = CreateFileW(widen(canonicalName).c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                           OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return mapError(GetLastError(), Operation::Open, canonicalName);
    // Another process's local slot: its maximum message size, if the system tells it, so that a
    // write over it fails with 4336 as for our own slots (Win32ClientSlot::write).
    std::uint32_t foreignMaxSize = 0;
    if (isLocalName(canonicalName)
        && !local::with(lowered(widen(canonicalName)), [](Win32ServerSlot &) {})) {
        SlotStatus other;
        if (!queryOther(canonicalName, &other))
            foreignMaxSize = other.info.maxMessageSize;
    }
    *client = std::make_unique<Win32ClientSlot>(canonicalName, h, foreignMaxSize);
    return {};
}

SlotError Win32SlotBackend::query(const std::string &canonicalName, SlotStatus *status)
{
    if (!isLocalName(canonicalName))
        return {kErrorInvalidName, "only slots on this computer can be inspected"};
    SlotStatus own;
    if (local::with(lowered(widen(canonicalName)), [&](Win32ServerSlot &server) { own = server.status(); })) {
        *status = own;
        return {};
    }
    return queryOther(canonicalName, status);
}

SlotError Win32SlotBackend::list(std::vector<SlotStatus> *slots)
{
    slots->clear();
    std::map<std::string, SlotStatus> byName;
    for (SlotStatus &s : local::statuses())
        byName[narrow(lowered(widen(s.name)))] = std::move(s);
    auto finish = [&] {
        for (auto &entry : byName)
            slots->push_back(std::move(entry.second));
        std::sort(slots->begin(), slots->end(), [](const SlotStatus &a, const SlotStatus &b) { return a.name < b.name; });
    };

    const NtApi &api = ntApi();
    NtHandle dir;
    NtStatus st = api.complete()
        ? openNt(L"\\Device\\Mailslot\\", FILE_LIST_DIRECTORY | SYNCHRONIZE, kFileDirectoryFile | kFileSynchronousIoNonalert,
                 &dir.h)
        : NtStatus(0xC0000002);
    std::vector<std::string> names;
    if (st == kStatusSuccess) {
        alignas(8) static thread_local unsigned char buffer[64 * 1024];
        for (BOOLEAN restart = TRUE;; restart = FALSE) {
            IoStatusBlock io{};
            st = api.queryDirectoryFile(dir.h, nullptr, nullptr, nullptr, &io, buffer, sizeof buffer,
                                        kFileDirectoryInformationClass, FALSE, nullptr, restart);
            if (st != kStatusSuccess)
                break;
            for (std::size_t offset = 0;;) {
                const auto *entry = reinterpret_cast<const FileDirectoryInformation *>(buffer + offset);
                const std::wstring file(entry->fileName, entry->fileNameLength / sizeof(wchar_t));
                if (!file.empty() && file != L"." && file != L"..")
                    names.push_back("\\\\.\\mailslot\\" + narrow(lowered(file)));
                if (!entry->nextEntryOffset)
                    break;
                offset += entry->nextEntryOffset;
            }
        }
        if (st == kStatusNoMoreFiles)
            st = kStatusSuccess;
    }
    if (st != kStatusSuccess) {
        finish();
        return {kErrorNotSupported, "cannot list \\Device\\Mailslot\\ (NTSTATUS " + hexStatus(st)
                    + "): only this process's slots are shown"};
    }
    for (const std::string &name : names) {
        if (byName.count(name))
            continue;
        SlotStatus status;
        status.name = name;
        // A slot whose figures cannot be read is listed with the defaults (no message known) and
        // the reason, so that the list says why.
        if (SlotError e = queryOther(name, &status)) {
            status = SlotStatus{};
            status.error = std::move(e);
        }
        status.name = name;
        byName[name] = std::move(status);
    }
    finish();
    return {};
}

SlotError Win32SlotBackend::tap(const std::string &, const TapOptions &, std::unique_ptr<TapSlot> *)
{
    // A copy of what other processes write to a slot served by another process exists only inside
    // the system's mailslot file system: watching it needs a kernel filter driver, which we do not ship.
    return {kErrorNotSupported, "watching another process's mailslot needs a file system filter driver on "
                                "Windows; it is not offered"};
}

} // namespace mailslot::platform
