// The platform boundary: a narrow, Qt-free interface over an operating system's mailslots.
// The POSIX back-end implements it with shared memory; a Windows back-end with the native API.
#pragma once

#include "core/platform/win32error.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace mailslot::platform {

// Default byte cap of one slot's queue (records include a 16-byte header and 16-byte alignment).
inline constexpr std::uint64_t kDefaultQueueCapacity = 64ull * 1024 * 1024;
// Hard limits for the queue capacity a server may ask for.
inline constexpr std::uint64_t kMinQueueCapacity = 64ull * 1024;
inline constexpr std::uint64_t kMaxQueueCapacity = 16ull * 1024 * 1024 * 1024;

// The outcome of a back-end call: a Win32 error code (0 = success) and an optional detail
// in plain English for logs (the Qt layer shows translated messages built from the code).
struct SlotError
{
    std::uint32_t code = kErrorSuccess;
    std::string detail;
    // For size errors: the offending size and the limit it broke (bytes, or ms for a timeout).
    std::uint64_t size = 0;
    std::uint64_t limit = 0;

    explicit operator bool() const { return code != kErrorSuccess; }
};

// What GetMailslotInfo reports.
struct SlotInfo
{
    std::uint32_t maxMessageSize = 0;
    std::uint32_t nextSize = kMailslotNoMessage;
    std::uint32_t messageCount = 0;
    std::uint32_t readTimeout = 0;
};

// A slot as seen by anyone of the same user: its info plus owner and queue figures.
struct SlotStatus
{
    std::string name; // canonical name, UTF-8
    SlotInfo info;
    std::int64_t pid = 0;
    std::int64_t createdMsecs = 0; // milliseconds since the Unix epoch, UTC
    std::uint64_t queuedBytes = 0;
    std::uint64_t queueCapacity = 0;
    std::uint64_t totalMessages = 0; // messages ever queued
    std::uint64_t totalBytes = 0;    // payload bytes ever queued
    // Set by list() for a slot whose figures could not be read (they are then left at their
    // defaults): why, e.g. ERROR_ACCESS_DENIED when the system reports them to the server only.
    SlotError error;
};

struct SlotOptions
{
    std::uint32_t maxMessageSize = 0; // 0 = any size
    std::uint32_t readTimeout = 0;    // ms; 0 = return at once; kMailslotWaitForever = forever
    std::uint64_t queueCapacity = kDefaultQueueCapacity;
};

// The server end: CreateMailslot's handle.
class ServerSlot
{
public:
    virtual ~ServerSlot() = default;

    virtual const std::string &name() const = 0;
    // ReadFile: one whole message, waiting up to the read timeout. ERROR_INSUFFICIENT_BUFFER
    // leaves the message queued and sets *size to its length; ERROR_SEM_TIMEOUT when empty.
    virtual SlotError read(void *buffer, std::uint32_t capacity, std::uint32_t *size) = 0;
    // Reads without waiting, handing each message to sink, until the queue is empty or a limit
    // is reached. Returns the number of messages read. An emptied queue arms the readiness handle.
    // *error is set when the slot cannot be read any more (its lock or the system's read failed);
    // an empty queue is not an error.
    using Sink = std::function<void(const std::uint8_t *data, std::uint32_t size, std::int64_t writtenMsecs)>;
    virtual std::size_t readAvailable(const Sink &sink, std::size_t maxMessages, std::size_t maxBytes,
                                      SlotError *error) = 0;
    virtual SlotInfo info() const = 0;
    virtual SlotStatus status() const = 0;
    virtual void setReadTimeout(std::uint32_t milliseconds) = 0;
    // A file descriptor (POSIX) or HANDLE (Windows) that signals when messages may have arrived.
    virtual std::intptr_t readinessHandle() const = 0;
    // Clears a signal of the readiness handle (call when it fired).
    virtual void acknowledgeReadiness() = 0;
    // Makes the next write signal the readiness handle even though nothing is read (hold mode).
    virtual void armReadiness() = 0;
};

// A client end: CreateFile + WriteFile.
class ClientSlot
{
public:
    virtual ~ClientSlot() = default;
    // One message. Waits up to timeoutMs while the slot's queue is full (never drops).
    virtual SlotError write(const void *data, std::uint32_t size, std::uint32_t timeoutMs) = 0;
};

class SlotBackend
{
public:
    virtual ~SlotBackend() = default;

    // canonicalName is the validated local name, e.g. "\\\\.\\mailslot\\abc" (UTF-8).
    virtual SlotError create(const std::string &canonicalName, const SlotOptions &options,
                             std::unique_ptr<ServerSlot> *server) = 0;
    virtual SlotError open(const std::string &canonicalName, std::unique_ptr<ClientSlot> *client) = 0;
    virtual SlotError list(std::vector<SlotStatus> *slots) = 0;
    virtual SlotError query(const std::string &canonicalName, SlotStatus *status) = 0;
    // Where the namespace lives (a directory on POSIX), for diagnostics.
    virtual std::string location() const = 0;
};

// The back-end of this operating system. On POSIX the namespace directory is namespaceDir if not
// empty, else $MAILSLOT_RUNTIME_DIR, else $XDG_RUNTIME_DIR/mailslot, else /dev/shm/mailslot-<uid>
// (or /tmp/mailslot-<uid> where /dev/shm is missing).
std::unique_ptr<SlotBackend> createSystemBackend(const std::string &namespaceDir = {});

} // namespace mailslot::platform
