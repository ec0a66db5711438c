#include "core/platform/win32serverslot.h"

#include <algorithm>
#include <cstring>

namespace mailslot::platform {

using namespace win32;

namespace {

// The read-ahead's buffer. A larger message completes the read with ERROR_INSUFFICIENT_BUFFER
// and stays queued (Windows); it is then read directly with its exact size. Wine truncates
// instead, but it cannot carry datagrams above about 212 KB: its buffer is 256 KiB.
constexpr std::size_t kReadAheadBytes = 64 * 1024;
constexpr std::size_t kWineReadAheadBytes = 256 * 1024;
constexpr std::size_t kMaxReadAheadBytes = 64 * 1024 * 1024;

bool isInsufficientBuffer(DWORD error)
{
    return error == ERROR_INSUFFICIENT_BUFFER || error == ERROR_MORE_DATA;
}

} // namespace

Win32ServerSlot::Win32ServerSlot(std::string name, HANDLE handle, const SlotOptions &options)
    : m_name(std::move(name)), m_key(lowered(widen(m_name))), m_handle(handle), m_wine(runningUnderWine()),
      m_maxMessageSize(options.maxMessageSize), m_createdMsecs(nowMsecs()), m_readTimeout(options.readTimeout)
{
    m_readyEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    m_directEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    std::size_t bytes = m_wine ? kWineReadAheadBytes : kReadAheadBytes;
    if (!m_wine && m_maxMessageSize > bytes && m_maxMessageSize <= kMaxReadAheadBytes)
        bytes = m_maxMessageSize;
    m_buffer.resize(bytes);
    if (m_wine) {
        m_helperGo = CreateEventW(nullptr, FALSE, FALSE, nullptr);
        if (m_helperGo)
            m_helper = CreateThread(nullptr, 64 * 1024, &Win32ServerSlot::helperMain, this, 0, nullptr);
    }
    local::add(m_key, this);
}

Win32ServerSlot::~Win32ServerSlot()
{
    local::remove(m_key, this);
    cancelReadAhead();
    CloseHandle(m_handle);
    if (m_helperGo)
        CloseHandle(m_helperGo);
    if (m_directEvent)
        CloseHandle(m_directEvent);
    if (m_readyEvent)
        CloseHandle(m_readyEvent);
}

void Win32ServerSlot::cancelReadAhead()
{
    if (!m_wine) {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_pending) {
            CancelIoEx(m_handle, &m_overlapped);
            DWORD n = 0;
            GetOverlappedResult(m_handle, &m_overlapped, &n, TRUE); // the buffer is ours again
            m_pending = false;
        }
        return;
    }
    if (!m_helper)
        return;
    bool pending;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_helperExit = true;
        pending = m_pending && WaitForSingleObject(m_readyEvent, 0) != WAIT_OBJECT_0;
    }
    if (pending) {
        // The helper blocks in ReadFile: a zero-length message of our own wakes it (it dies with
        // the slot). CancelIoEx/CancelSynchronousIo do not interrupt Wine's blocking read.
        HANDLE self = CreateFileW(widen(m_name).c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                                  OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
        if (self != INVALID_HANDLE_VALUE) {
            DWORD n = 0;
            WriteFile(self, "", 0, &n, nullptr);
            CloseHandle(self);
        }
    }
    SetEvent(m_helperGo);
    WaitForSingleObject(m_helper, 5000);
    CloseHandle(m_helper);
    m_helper = nullptr;
}

DWORD WINAPI Win32ServerSlot::helperMain(void *self)
{
    auto *slot = static_cast<Win32ServerSlot *>(self);
    OVERLAPPED overlapped{};
    overlapped.hEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    for (;;) {
        WaitForSingleObject(slot->m_helperGo, INFINITE);
        std::size_t size;
        {
            std::lock_guard<std::mutex> lock(slot->m_mutex);
            if (slot->m_helperExit)
                break;
            size = slot->m_buffer.size();
        }
        // Only this thread touches m_buffer while the read-ahead is pending.
        DWORD n = 0;
        ResetEvent(overlapped.hEvent);
        BOOL ok = ReadFile(slot->m_handle, slot->m_buffer.data(), DWORD(size), &n, &overlapped);
        DWORD error = ok ? 0 : GetLastError();
        if (!ok && error == ERROR_IO_PENDING) {
            ok = GetOverlappedResult(slot->m_handle, &overlapped, &n, TRUE);
            error = ok ? 0 : GetLastError();
        }
        slot->m_helperOk = ok;
        slot->m_helperBytes = n;
        slot->m_helperError = error;
        SetEvent(slot->m_readyEvent); // publishes the results
    }
    CloseHandle(overlapped.hEvent);
    return 0;
}

SlotInfo Win32ServerSlot::systemInfoLocked() const
{
    DWORD maxSize = 0, next = kMailslotNoMessage, count = 0;
    SlotInfo info;
    if (GetMailslotInfo(m_handle, &maxSize, &next, &count, nullptr)) {
        info.maxMessageSize = maxSize;
        info.nextSize = next;
        info.messageCount = count;
    }
    info.readTimeout = m_readTimeout;
    return info;
}

SlotInfo Win32ServerSlot::infoLocked() const
{
    SlotInfo info = systemInfoLocked();
    if (!m_held.empty()) {
        info.messageCount += std::uint32_t(m_held.size());
        info.nextSize = std::uint32_t(m_held.front().data.size());
    }
    return info;
}

SlotError Win32ServerSlot::issueLocked()
{
    if (m_wine) {
        if (!m_helper)
            return {kErrorNotSupported, "no read-ahead thread"};
        ResetEvent(m_readyEvent);
        m_pending = true;
        SetEvent(m_helperGo);
        return {};
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::memset(&m_overlapped, 0, sizeof m_overlapped);
        m_overlapped.hEvent = m_readyEvent; // ReadFile resets it
        if (ReadFile(m_handle, m_buffer.data(), DWORD(m_buffer.size()), nullptr, &m_overlapped)
            || GetLastError() == ERROR_IO_PENDING) {
            m_pending = true; // completion (even at once) sets the event; collectLocked() takes it
            return {};
        }
        const DWORD error = GetLastError();
        if (!isInsufficientBuffer(error))
            return mapError(error, Operation::Read, m_name);
        // A queued message larger than the buffer (it stays queued): grow and try again.
        const SlotInfo sys = systemInfoLocked();
        if (sys.nextSize == kMailslotNoMessage || sys.nextSize <= m_buffer.size() || sys.nextSize > kMaxReadAheadBytes) {
            SetEvent(m_readyEvent); // a message is there: readAvailable() reads it with its size
            return {};
        }
        m_buffer.resize(sys.nextSize);
    }
    SetEvent(m_readyEvent);
    return {};
}

bool Win32ServerSlot::collectLocked()
{
    if (!m_pending || WaitForSingleObject(m_readyEvent, 0) != WAIT_OBJECT_0)
        return false;
    BOOL ok;
    DWORD n = 0;
    DWORD error = 0;
    if (m_wine) {
        ok = m_helperOk;
        n = m_helperBytes;
        error = m_helperError;
    } else {
        ok = GetOverlappedResult(m_handle, &m_overlapped, &n, FALSE);
        error = ok ? 0 : GetLastError();
        if (!ok && error == ERROR_IO_INCOMPLETE)
            return false;
    }
    m_pending = false;
    // Wine reads a zero-length message as FALSE/ERROR_BROKEN_PIPE with 0 bytes (and dequeues it).
    const bool wineEmpty = m_wine && !ok && error == ERROR_BROKEN_PIPE && n == 0;
    if (ok || wineEmpty) {
        Held held;
        held.data.assign(m_buffer.begin(), m_buffer.begin() + std::min<std::size_t>(n, m_buffer.size()));
        held.receivedMsecs = nowMsecs();
        m_heldBytes += held.data.size();
        m_held.push_back(std::move(held));
    } else if (isInsufficientBuffer(error)) {
        // The message stays queued; the next read takes it with its exact size.
        const SlotInfo sys = systemInfoLocked();
        if (sys.nextSize != kMailslotNoMessage && sys.nextSize > m_buffer.size() && sys.nextSize <= kMaxReadAheadBytes)
            m_buffer.resize(sys.nextSize);
    }
    // ERROR_OPERATION_ABORTED and anything else: nothing was taken.
    return true;
}

SlotError Win32ServerSlot::directReadLocked(std::uint32_t expected, std::vector<std::uint8_t> *out)
{
    // Wine reports at most 65536 as the next size (measured): a larger message is read into a
    // buffer that holds anything Wine can carry.
    const bool unsure = m_wine && expected >= 65536;
    out->resize(unsure ? std::max<std::size_t>(expected, kWineReadAheadBytes) : std::max<std::uint32_t>(expected, 1));
    OVERLAPPED overlapped{};
    overlapped.hEvent = m_directEvent;
    DWORD n = 0;
    BOOL ok = ReadFile(m_handle, out->data(), DWORD(out->size()), &n, &overlapped);
    DWORD error = ok ? 0 : GetLastError();
    if (!ok && error == ERROR_IO_PENDING) {
        ok = GetOverlappedResult(m_handle, &overlapped, &n, TRUE);
        error = ok ? 0 : GetLastError();
    } else if (ok && !m_wine) {
        GetOverlappedResult(m_handle, &overlapped, &n, FALSE);
    }
    if (!ok && !(m_wine && expected == 0 && error == ERROR_BROKEN_PIPE && n == 0)) {
        out->clear();
        return mapError(error, Operation::Read, m_name);
    }
    out->resize(n);
    m_readMessages += 1;
    m_readBytes += n;
    return {};
}

SlotError Win32ServerSlot::deliverHeldLocked(void *buffer, std::uint32_t capacity, std::uint32_t *size)
{
    Held &front = m_held.front();
    *size = std::uint32_t(front.data.size());
    if (front.data.size() > capacity)
        return {kErrorInsufficientBuffer, {}, front.data.size(), capacity};
    if (!front.data.empty())
        std::memcpy(buffer, front.data.data(), front.data.size());
    m_heldBytes -= front.data.size();
    m_readMessages += 1;
    m_readBytes += front.data.size();
    m_held.pop_front();
    return {};
}

SlotError Win32ServerSlot::read(void *buffer, std::uint32_t capacity, std::uint32_t *size)
{
    std::uint32_t dummy = 0;
    if (!size)
        size = &dummy;
    std::unique_lock<std::mutex> lock(m_mutex);
    const ULONGLONG start = GetTickCount64();
    for (;;) {
        collectLocked();
        if (!m_held.empty())
            return deliverHeldLocked(buffer, capacity, size);
        if (!m_pending) {
            const SlotInfo sys = systemInfoLocked();
            if (sys.nextSize != kMailslotNoMessage) {
                // Checked before reading, so that a small buffer leaves the message queued on
                // every system (Windows fails with 122; Wine would truncate).
                *size = sys.nextSize;
                if (sys.nextSize > capacity)
                    return {kErrorInsufficientBuffer, {}, sys.nextSize, capacity};
                SlotError e = directReadLocked(sys.nextSize, &m_scratch);
                if (e)
                    return e;
                *size = std::uint32_t(m_scratch.size());
                if (m_scratch.size() > capacity) {
                    // Larger than the system said (Wine): keep it, first in line, as if unread.
                    m_readMessages -= 1;
                    m_readBytes -= m_scratch.size();
                    m_heldBytes += m_scratch.size();
                    m_held.push_front(Held{m_scratch, nowMsecs()});
                    return {kErrorInsufficientBuffer, {}, m_scratch.size(), capacity};
                }
                if (!m_scratch.empty())
                    std::memcpy(buffer, m_scratch.data(), m_scratch.size());
                return {};
            }
            if (m_readTimeout == 0) {
                *size = 0;
                return {kErrorSemTimeout, {}};
            }
            if (SlotError e = issueLocked())
                return e;
            continue; // it may have completed at once
        }
        DWORD wait = INFINITE;
        if (m_readTimeout != kMailslotWaitForever) {
            const ULONGLONG elapsed = GetTickCount64() - start;
            if (elapsed >= m_readTimeout) {
                *size = 0;
                return {kErrorSemTimeout, {}}; // the read-ahead stays pending
            }
            wait = DWORD(m_readTimeout - elapsed);
        }
        lock.unlock();
        WaitForSingleObject(m_readyEvent, wait);
        lock.lock();
    }
}

std::size_t Win32ServerSlot::readAvailable(const Sink &sink, std::size_t maxMessages, std::size_t maxBytes,
                                           SlotError *error)
{
    *error = {};
    std::lock_guard<std::mutex> lock(m_mutex);
    collectLocked();
    std::size_t messages = 0;
    std::size_t bytes = 0;
    while (!m_held.empty() && messages < maxMessages && bytes < maxBytes) {
        Held &front = m_held.front();
        sink(front.data.data(), std::uint32_t(front.data.size()), front.receivedMsecs);
        ++messages;
        bytes += front.data.size();
        m_heldBytes -= front.data.size();
        m_readMessages += 1;
        m_readBytes += front.data.size();
        m_held.pop_front();
    }
    if (!m_held.empty() || m_pending)
        return messages; // a pending read-ahead means the system's queue was empty when it began
    bool emptied = false;
    while (messages < maxMessages && bytes < maxBytes) {
        const SlotInfo sys = systemInfoLocked();
        if (sys.nextSize == kMailslotNoMessage) {
            emptied = true;
            break;
        }
        if (SlotError e = directReadLocked(sys.nextSize, &m_scratch)) {
            if (e.code == kErrorSemTimeout)
                emptied = true; // taken in the meantime: not a failure
            else
                *error = e;
            break;
        }
        sink(m_scratch.data(), std::uint32_t(m_scratch.size()), nowMsecs());
        ++messages;
        bytes += m_scratch.size();
    }
    // An emptied queue arms the readiness handle at once, with no second look at the queue: a
    // message that lands after the last look completes the read-ahead (at a batch limit the worker
    // drains again by itself).
    if (emptied)
        issueLocked();
    return messages;
}

SlotInfo Win32ServerSlot::info() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return infoLocked();
}

SlotStatus Win32ServerSlot::status() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    SlotStatus status;
    status.name = m_name;
    status.info = infoLocked();
    status.pid = std::int64_t(GetCurrentProcessId());
    status.createdMsecs = m_createdMsecs;
    const SlotInfo sys = systemInfoLocked();
    // Windows tells only the next message's size: queuedBytes is a lower bound.
    status.queuedBytes = m_heldBytes + (sys.nextSize != kMailslotNoMessage ? sys.nextSize : 0);
    const NtApi &api = ntApi();
    if (api.queryInformationFile) {
        IoStatusBlock io{};
        MailslotQueryInformation q{};
        if (api.queryInformationFile(m_handle, &io, &q, sizeof q, kFileMailslotQueryInformationClass) == kStatusSuccess)
            status.queueCapacity = q.mailslotQuota;
    }
    status.totalMessages = m_readMessages + status.info.messageCount;
    status.totalBytes = m_readBytes + status.queuedBytes;
    return status;
}

void Win32ServerSlot::setReadTimeout(std::uint32_t milliseconds)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_readTimeout = milliseconds;
}

void Win32ServerSlot::acknowledgeReadiness()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    collectLocked();
    if (!m_pending)
        ResetEvent(m_readyEvent);
}

void Win32ServerSlot::armReadiness()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    collectLocked();
    if (!m_pending)
        issueLocked();
}

} // namespace mailslot::platform
