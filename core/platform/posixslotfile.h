// One slot's shared state on POSIX: a file in the per-user namespace directory, mapped by the
// server and by every writer, holding a header (lock, figures, name) and the message ring; and a
// FIFO beside it that writers use as a doorbell to wake a server that waits for messages.
//
// Liveness: the server holds an open-file-description (OFD) write lock on the slot file for its
// whole life, and the only read end of the FIFO. Both vanish with its process, so a slot whose
// server crashed is recognised (and reclaimed by the next create) without any pid guesswork.
#pragma once

#include "core/platform/posixlivenesskeeper.h"
#include "core/platform/slotbackend.h"
#include "core/platform/slotring.h"

#include <pthread.h>

#include <cstdint>
#include <memory>
#include <string>

namespace mailslot::platform {

struct SlotTapEntry
{
    std::uint64_t id;
    std::int64_t pid;
};

struct SlotHeader
{
    static constexpr std::uint32_t kMagic = 0x544C534Du; // "MSLT"
    // 4: the lock, the liveness mutex and the figures on cache lines of their own; 5: the ring's
    // freeFrom (a read copies its messages out after the lock)
    static constexpr std::uint32_t kVersion = 5;
    static constexpr std::uint32_t kStateInitializing = 0;
    static constexpr std::uint32_t kStateReady = 1;
    static constexpr std::uint32_t kStateClosed = 2;
    static constexpr std::size_t kMaxNameBytes = 1024;

    std::uint32_t magic;
    std::uint32_t version;
    std::uint32_t state; // atomic
    std::uint32_t spaceFutex; // atomic; bumped when space is freed or the slot closes
    std::uint64_t instanceId;
    std::int64_t pid;
    std::int64_t createdMsecs;
    std::uint64_t capacity;
    // Cache lines of their own: every writer reads the liveness mutex before each write (no thread
    // writes it while the server lives), and the lock's holder writes the lock and what it guards.
    alignas(64) pthread_mutex_t liveness; // held by the server for its whole life (PosixLivenessKeeper)
    alignas(64) pthread_mutex_t mutex;    // process-shared, robust
    // Guarded by mutex:
    SlotRingState ring;
    std::uint32_t maxMessageSize;
    std::uint32_t readTimeout;
    std::uint32_t readerWaiting;
    std::uint32_t writersWaiting;
    std::uint64_t totalMessages;
    std::uint64_t totalBytes;
    // The taps attached (id 0: a free entry); writers re-read the table when tapGeneration changes.
    std::uint32_t tapGeneration;
    std::uint32_t reserved;
    SlotTapEntry taps[kMaxTapsPerSlot];
    std::uint32_t nameLength;
    char name[kMaxNameBytes];
};

static_assert(sizeof(SlotHeader) <= 4096, "the slot header must fit before the queue");

class PosixSlotFile
{
public:
    static constexpr std::uint64_t kDataOffset = 4096;

    PosixSlotFile() = default;
    ~PosixSlotFile();
    PosixSlotFile(const PosixSlotFile &) = delete;
    PosixSlotFile &operator=(const PosixSlotFile &) = delete;

    // Paths of a slot's two files in a namespace directory (the name is hashed, never used as a path).
    static std::string slotPath(const std::string &dir, const std::string &name);
    static std::string fifoPath(const std::string &slotFilePath);
    // A random, nonzero id (slot instances, taps).
    static std::uint64_t randomId();
    // errno as a SlotError: access, not-found and memory errors by their codes, else fallback.
    static SlotError errnoError(std::uint32_t fallback, const std::string &what);

    // Server side: creates and maps a new slot file (the caller holds the namespace lock and has
    // removed any stale one), takes the liveness lock and opens the doorbell's read end.
    SlotError createServer(const std::string &path, const std::string &name, const SlotOptions &options);
    // Client or observer side: maps an existing slot file of this user and checks it.
    // withDoorbell opens the FIFO's write end (writers); observers only read figures.
    SlotError openExisting(const std::string &path, bool withDoorbell);
    // Server side: marks the slot closed, wakes waiting writers and removes both files.
    void closeServer();

    // Whether a live server holds the slot (the OFD lock test; no lock is taken).
    bool serverAlive() const;
    // The same answer, without a system call while the server lives (writers' fast path).
    bool serverAliveQuick() const;
    static bool serverAlive(int fd);

    SlotHeader *header() const { return m_header; }
    SlotRing ring() const;
    const std::string &path() const { return m_path; }
    int doorbellReadFd() const { return m_fifoRead; }
    int doorbellWriteFd() const { return m_fifoWrite; }
    std::uint64_t instanceId() const { return m_instanceId; }

    // The slot lock. lock() repairs the queue if a previous holder died inside the lock.
    bool lock();
    void unlock();

    // Figures under the lock (the caller holds it).
    SlotInfo infoLocked() const;
    SlotStatus statusLocked() const;

    // Whether the server waits for a wake-up, which the caller now owes it (caller holds the lock:
    // reads and clears readerWaiting). The caller rings after unlocking, so that a writer preempted
    // in the system call never keeps the reader waiting for the lock.
    bool claimDoorbellLocked();
    // Wakes the server (no lock needed).
    void ringDoorbell();
    // Drain the doorbell's bytes (server side).
    void drainDoorbell();
    // Whether writers wait for space; it bumps the futex they wait on (caller holds the lock).
    // The caller wakes them with wakeWriters() after unlocking.
    bool claimWritersLocked();
    void wakeWriters();
    // Give back memory of a large, drained queue (caller holds the lock; queue empty, restarted).
    void reclaimMemoryLocked();

private:
    void unmap();
    // Removes path only if it is still the file that fd has open.
    static void unlinkIfSame(const std::string &path, int fd);

    std::string m_path;
    int m_fd = -1;
    int m_fifoRead = -1;
    int m_fifoWrite = -1;
    SlotHeader *m_header = nullptr;
    std::size_t m_mappedSize = 0;
    std::uint64_t m_instanceId = 0;
    std::unique_ptr<PosixLivenessKeeper> m_keeper; // server side
};

} // namespace mailslot::platform
