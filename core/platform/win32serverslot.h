// The server end of a slot on Windows: CreateMailslotW's handle, read with overlapped ReadFile.
//
// Readiness without polling: at most one read is outstanding on the handle at any time. When
// the caller wants to be told of messages (armReadiness(), or readAvailable() emptying the
// queue) a "read-ahead" ReadFile is left pending; its OVERLAPPED event is readinessHandle().
// When it completes, the message it took is kept in a small in-process queue ("held") that is
// always older than anything still in the system's queue, and every later read delivers the held
// messages first: nothing is lost, duplicated or reordered. info() counts held messages.
//
// A pending read needs the system's read timeout to be MAILSLOT_WAIT_FOREVER (a 0 ms timeout
// would complete it at once), so the handle is created with WAIT_FOREVER and the configured
// timeout is applied by read() itself; info()/status() report the configured value, and so do
// query()/list() of this process. Other processes see MAILSLOT_WAIT_FOREVER (see WINDOWS.md).
//
// Wine 8 blocks in an overlapped ReadFile on a mailslot: there the read-ahead runs in a helper
// thread doing the same ReadFile; everything else is shared.
#pragma once

#include "core/platform/win32support.h"

#include <deque>
#include <mutex>
#include <vector>

namespace mailslot::platform {

class Win32ServerSlot final : public ServerSlot
{
public:
    // Takes ownership of handle (from CreateMailslotW with MAILSLOT_WAIT_FOREVER).
    Win32ServerSlot(std::string name, HANDLE handle, const SlotOptions &options);
    ~Win32ServerSlot() override;
    Win32ServerSlot(const Win32ServerSlot &) = delete;
    Win32ServerSlot &operator=(const Win32ServerSlot &) = delete;

    // False when the events or the Wine helper thread could not be made (then do not use it).
    bool isValid() const { return m_readyEvent && m_directEvent && (!m_wine || m_helper); }

    const std::string &name() const override { return m_name; }
    SlotError read(void *buffer, std::uint32_t capacity, std::uint32_t *size) override;
    std::size_t readAvailable(const Sink &sink, std::size_t maxMessages, std::size_t maxBytes, SlotError *error) override;
    SlotInfo info() const override;
    SlotStatus status() const override;
    void setReadTimeout(std::uint32_t milliseconds) override;
    std::intptr_t readinessHandle() const override { return reinterpret_cast<std::intptr_t>(m_readyEvent); }
    void acknowledgeReadiness() override;
    void armReadiness() override;

    std::uint32_t maxMessageSize() const { return m_maxMessageSize; }

private:
    struct Held
    {
        std::vector<std::uint8_t> data;
        std::int64_t receivedMsecs = 0;
    };

    // GetMailslotInfo on the handle (the system's view, without held messages).
    SlotInfo systemInfoLocked() const;
    SlotInfo infoLocked() const;
    // Starts the read-ahead (none may be pending).
    SlotError issueLocked();
    // Takes the read-ahead's result if it completed. Returns true if it did.
    bool collectLocked();
    // Reads the message the system says is next (size known), without waiting.
    SlotError directReadLocked(std::uint32_t expected, std::vector<std::uint8_t> *out);
    SlotError deliverHeldLocked(void *buffer, std::uint32_t capacity, std::uint32_t *size);
    void cancelReadAhead();
    static DWORD WINAPI helperMain(void *self);

    std::string m_name;
    std::wstring m_key;
    HANDLE m_handle;
    bool m_wine;
    std::uint32_t m_maxMessageSize;
    std::int64_t m_createdMsecs;

    mutable std::mutex m_mutex;
    std::uint32_t m_readTimeout;
    std::deque<Held> m_held;
    std::uint64_t m_heldBytes = 0;
    std::uint64_t m_readMessages = 0;
    std::uint64_t m_readBytes = 0;

    // The read-ahead.
    HANDLE m_readyEvent = nullptr; // manual reset; the readiness handle
    OVERLAPPED m_overlapped{};
    std::vector<std::uint8_t> m_buffer;
    bool m_pending = false;
    // Direct reads (a message is known to be queued).
    HANDLE m_directEvent = nullptr;
    std::vector<std::uint8_t> m_scratch;

    // Wine: the helper thread that performs the read-ahead's (blocking) ReadFile.
    HANDLE m_helper = nullptr;
    HANDLE m_helperGo = nullptr; // auto reset
    bool m_helperExit = false;   // under m_mutex
    BOOL m_helperOk = FALSE;     // results: written by the helper before it sets m_readyEvent
    DWORD m_helperBytes = 0;
    DWORD m_helperError = 0;
};

} // namespace mailslot::platform
