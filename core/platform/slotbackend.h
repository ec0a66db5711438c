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

// Where a message delivered by the network bridge came from ([MS-MAIL] datagram fields). A message
// written by a local process has none (empty()).
struct MessageOrigin
{
    std::string address;      // source IP address, text form
    std::uint16_t port = 0;   // source UDP port
    std::string netbiosName;  // NetBIOS source name, as decoded
    std::uint8_t datagramType = 0; // NetBIOS datagram type (0x10 DIRECT_UNIQUE, 0x11 DIRECT_GROUP, 0x12 BROADCAST)

    bool empty() const { return address.empty() && netbiosName.empty() && port == 0 && datagramType == 0; }
};

// A copy of one message as a tap sees it. data and origin are valid during the sink call only.
struct TapMessage
{
    const std::uint8_t *data = nullptr;
    std::uint32_t size = 0;
    std::int64_t writtenMsecs = 0;
    std::int64_t writerPid = 0;
    const MessageOrigin *origin = nullptr; // null for a message written by a local process
};

// How many taps one slot can have at once.
inline constexpr int kMaxTapsPerSlot = 8;
// Default byte size of a tap's own queue.
inline constexpr std::uint64_t kDefaultTapCapacity = 8ull * 1024 * 1024;

// An observer of a slot served by any process of this user: a copy of every message written to it
// from the attach on, in order, in a queue of its own. A tap never blocks a writer or the reader:
// when its queue is full the writer counts a miss for this tap and goes on.
class TapSlot
{
public:
    virtual ~TapSlot() = default;

    virtual const std::string &name() const = 0;
    using Sink = std::function<void(const TapMessage &message)>;
    // Hands queued copies to sink, up to maxMessages, without waiting. Returns their number. An
    // emptied queue arms the readiness handle. *error is set to ERROR_FILE_NOT_FOUND once the slot's
    // server has closed it (or died) and every copy has been handed out.
    virtual std::size_t readAvailable(const Sink &sink, std::size_t maxMessages, SlotError *error) = 0;
    // Messages written to the slot since the attach that this tap did not get (its queue was full).
    virtual std::uint64_t missed() const = 0;
    // The slot's server pid.
    virtual std::int64_t serverPid() const = 0;
    // A file descriptor that signals when copies may have arrived or the slot has closed.
    virtual std::intptr_t readinessHandle() const = 0;
    // Clears a signal of the readiness handle (call when it fired).
    virtual void acknowledgeReadiness() = 0;
};

struct TapOptions
{
    std::uint64_t queueCapacity = kDefaultTapCapacity;
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
    // is reached. Returns the number of messages read. An emptied queue arms the readiness handle;
    // a read that stops short of the limits with messages queued (written while it ran) signals it.
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
    // During a Sink call of readAvailable(): the network origin of the message handed over, or
    // null (a message written by a local process, or a back-end that carries no origin).
    virtual const MessageOrigin *sinkOrigin() const { return nullptr; }
};

// A client end: CreateFile + WriteFile.
class ClientSlot
{
public:
    virtual ~ClientSlot() = default;
    // One message. Waits up to timeoutMs while the slot's queue is full (never drops).
    virtual SlotError write(const void *data, std::uint32_t size, std::uint32_t timeoutMs) = 0;
    // The same, recording where the message came from (the bridge) for taps and the reader. A
    // back-end that cannot carry an origin writes the message without it.
    virtual SlotError writeFrom(const void *data, std::uint32_t size, std::uint32_t timeoutMs,
                                const MessageOrigin &origin);
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
    // Attaches a tap to a slot of this user served by any process. ERROR_FILE_NOT_FOUND when it is
    // not served, ERROR_NOT_ENOUGH_QUOTA when it has kMaxTapsPerSlot taps already, ERROR_ACCESS_DENIED
    // for another user's namespace, ERROR_NOT_SUPPORTED where the system cannot offer it (Windows).
    virtual SlotError tap(const std::string &canonicalName, const TapOptions &options,
                          std::unique_ptr<TapSlot> *tap) = 0;
    // Where the namespace lives (a directory on POSIX), for diagnostics.
    virtual std::string location() const = 0;
};

// The back-end of this operating system. On POSIX the namespace directory is namespaceDir if not
// empty, else $MAILSLOT_RUNTIME_DIR, else $XDG_RUNTIME_DIR/mailslot, else /dev/shm/mailslot-<uid>
// (or /tmp/mailslot-<uid> where /dev/shm is missing).
std::unique_ptr<SlotBackend> createSystemBackend(const std::string &namespaceDir = {});

} // namespace mailslot::platform
