#include "core/platform/posixslotfile.h"

#include <fcntl.h>
#include <linux/futex.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <ctime>

namespace mailslot::platform {

namespace {

std::uint64_t fnv1a64(const std::string &text)
{
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ull;
    }
    return hash;
}

std::int64_t nowMsecs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return std::int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// A drained queue gives back the pages of a backlog past kReclaimThreshold, keeping kReclaimKeep: a
// steady flow whose backlog stays below it (a batch of 4 MiB, and what arrives while it is consumed)
// keeps its pages instead of faulting them in again after every drain.
constexpr std::uint64_t kReclaimThreshold = 16ull * 1024 * 1024;
constexpr std::uint64_t kReclaimKeep = 8ull * 1024 * 1024;

} // namespace

std::uint64_t PosixSlotFile::randomId()
{
    std::uint64_t id = 0;
    if (getrandom(&id, sizeof id, 0) != sizeof id)
        id = std::uint64_t(nowMsecs()) ^ (std::uint64_t(getpid()) << 32);
    return id | 1; // never 0
}

SlotError PosixSlotFile::errnoError(std::uint32_t fallback, const std::string &what)
{
    const int e = errno;
    std::uint32_t code = fallback;
    if (e == EACCES || e == EPERM || e == ELOOP)
        code = kErrorAccessDenied;
    else if (e == ENOENT)
        code = kErrorFileNotFound;
    else if (e == ENOSPC || e == ENOMEM)
        code = kErrorNotEnoughMemory;
    return {code, what + ": " + std::strerror(e)};
}

PosixSlotFile::~PosixSlotFile()
{
    unmap();
}

std::string PosixSlotFile::slotPath(const std::string &dir, const std::string &name)
{
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a64(name)));
    return dir + "/" + hex + ".slot";
}

std::string PosixSlotFile::fifoPath(const std::string &slotFilePath)
{
    return slotFilePath.substr(0, slotFilePath.size() - 5) + ".fifo";
}

void PosixSlotFile::unmap()
{
    m_keeper.reset(); // releases the liveness mutex while it is still mapped
    if (m_header)
        munmap(m_header, m_mappedSize);
    m_header = nullptr;
    for (int *fd : {&m_fd, &m_fifoRead, &m_fifoWrite}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

SlotError PosixSlotFile::createServer(const std::string &path, const std::string &name, const SlotOptions &options)
{
    if (name.size() > SlotHeader::kMaxNameBytes)
        return {kErrorInvalidName, "name too long"};
    m_path = path;
    m_fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_fd < 0) {
        if (errno == EEXIST)
            return {kErrorAlreadyExists, "slot file exists"};
        return errnoError(kErrorGenFailure, "cannot create " + path);
    }
    fchmod(m_fd, 0600);
    struct flock fl{};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    if (fcntl(m_fd, F_OFD_SETLK, &fl) != 0) {
        ::unlink(path.c_str());
        unmap();
        return {kErrorAlreadyExists, "slot file is locked by another server"};
    }
    const std::uint64_t capacity = (options.queueCapacity + 4095) & ~std::uint64_t(4095);
    m_mappedSize = kDataOffset + capacity;
    if (ftruncate(m_fd, off_t(m_mappedSize)) != 0) {
        SlotError err = errnoError(kErrorNotEnoughMemory, "cannot size " + path);
        ::unlink(path.c_str());
        unmap();
        return err;
    }
    void *map = mmap(nullptr, m_mappedSize, PROT_READ | PROT_WRITE, MAP_SHARED, m_fd, 0);
    if (map == MAP_FAILED) {
        SlotError err = errnoError(kErrorNotEnoughMemory, "cannot map " + path);
        ::unlink(path.c_str());
        unmap();
        return err;
    }
    m_header = static_cast<SlotHeader *>(map);
    SlotHeader *h = m_header;
    h->magic = SlotHeader::kMagic;
    h->version = SlotHeader::kVersion;
    h->instanceId = m_instanceId = randomId();
    h->pid = getpid();
    h->createdMsecs = nowMsecs();
    h->capacity = capacity;
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
    pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST);
    pthread_mutex_init(&h->mutex, &attr);
    pthread_mutexattr_destroy(&attr);
    m_keeper = std::make_unique<PosixLivenessKeeper>(&h->liveness);
    h->ring = SlotRingState{};
    h->maxMessageSize = options.maxMessageSize;
    h->readTimeout = options.readTimeout;
    h->nameLength = std::uint32_t(name.size());
    std::memcpy(h->name, name.data(), name.size());

    const std::string fifo = fifoPath(path);
    ::unlink(fifo.c_str());
    if (mkfifo(fifo.c_str(), 0600) != 0) {
        SlotError err = errnoError(kErrorGenFailure, "cannot create " + fifo);
        ::unlink(path.c_str());
        unmap();
        return err;
    }
    m_fifoRead = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    // The server keeps a write end too, so that the read end never reports hang-up when the
    // last writer goes away (which would make a readiness notifier fire without end).
    m_fifoWrite = m_fifoRead >= 0 ? ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC) : -1;
    if (m_fifoRead < 0 || m_fifoWrite < 0) {
        SlotError err = errnoError(kErrorGenFailure, "cannot open " + fifo);
        ::unlink(path.c_str());
        ::unlink(fifo.c_str());
        unmap();
        return err;
    }
    __atomic_store_n(&h->state, SlotHeader::kStateReady, __ATOMIC_RELEASE);
    // Tells a directory watch (a tap waiting for this name) that the slot is ready now: the
    // files' creation came before, while it could not be opened yet.
    futimens(m_fd, nullptr);
    return {};
}

SlotError PosixSlotFile::openExisting(const std::string &path, bool withDoorbell)
{
    m_path = path;
    m_fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (m_fd < 0)
        return errnoError(kErrorGenFailure, "cannot open " + path);
    struct stat st{};
    if (fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid()) {
        unmap();
        return {kErrorAccessDenied, path + " is not a slot file of this user"};
    }
    if (std::uint64_t(st.st_size) < kDataOffset) {
        unmap();
        return {kErrorFileNotFound, path + " is being created or is damaged"};
    }
    m_mappedSize = std::size_t(st.st_size);
    void *map = mmap(nullptr, m_mappedSize, PROT_READ | PROT_WRITE, MAP_SHARED, m_fd, 0);
    if (map == MAP_FAILED) {
        SlotError err = errnoError(kErrorNotEnoughMemory, "cannot map " + path);
        unmap();
        return err;
    }
    m_header = static_cast<SlotHeader *>(map);
    const SlotHeader *h = m_header;
    if (h->magic != SlotHeader::kMagic || h->version != SlotHeader::kVersion
        || h->capacity + kDataOffset > m_mappedSize || h->nameLength > SlotHeader::kMaxNameBytes
        || __atomic_load_n(&h->state, __ATOMIC_ACQUIRE) != SlotHeader::kStateReady || !serverAlive()) {
        unmap();
        return {kErrorFileNotFound, "no live server"};
    }
    m_instanceId = h->instanceId;
    if (withDoorbell) {
        m_fifoWrite = ::open(fifoPath(path).c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (m_fifoWrite < 0) {
            // ENXIO: nobody holds the read end, the server is gone.
            SlotError err = errno == ENXIO || errno == ENOENT ? SlotError{kErrorFileNotFound, "no live server"}
                                                              : errnoError(kErrorGenFailure, "cannot open doorbell");
            unmap();
            return err;
        }
    }
    return {};
}

void PosixSlotFile::closeServer()
{
    if (!m_header)
        return;
    if (lock()) {
        __atomic_store_n(&m_header->state, SlotHeader::kStateClosed, __ATOMIC_RELEASE);
        m_header->ring = SlotRingState{};
        __atomic_add_fetch(&m_header->spaceFutex, 1, __ATOMIC_RELEASE);
        syscall(SYS_futex, &m_header->spaceFutex, FUTEX_WAKE, INT_MAX, nullptr, nullptr, 0);
        unlock();
    }
    // Only our own files: if the runtime directory was removed under us and the name has been
    // served again since, the path now belongs to the new server and must stay.
    unlinkIfSame(m_path, m_fd);
    unlinkIfSame(fifoPath(m_path), m_fifoRead);
    unmap();
}

void PosixSlotFile::unlinkIfSame(const std::string &path, int fd)
{
    struct stat ours{};
    struct stat there{};
    if (fd < 0 || fstat(fd, &ours) != 0 || lstat(path.c_str(), &there) != 0)
        return;
    if (ours.st_dev == there.st_dev && ours.st_ino == there.st_ino)
        ::unlink(path.c_str());
}

bool PosixSlotFile::serverAlive(int fd)
{
    struct flock fl{};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    if (fcntl(fd, F_OFD_GETLK, &fl) != 0)
        return false;
    return fl.l_type != F_UNLCK;
}

bool PosixSlotFile::serverAliveQuick() const
{
    return PosixLivenessKeeper::heldByLiveOwner(&m_header->liveness) || serverAlive();
}

bool PosixSlotFile::serverAlive() const
{
    if (m_fifoWrite >= 0 && m_fifoRead < 0) {
        // A writer: the doorbell reports an error once its read end (the server) is gone.
        pollfd p{m_fifoWrite, POLLOUT, 0};
        if (poll(&p, 1, 0) >= 0 && (p.revents & POLLERR))
            return false;
        return true;
    }
    return serverAlive(m_fd);
}

SlotRing PosixSlotFile::ring() const
{
    return SlotRing(&m_header->ring, reinterpret_cast<std::uint8_t *>(m_header) + kDataOffset, m_header->capacity);
}

bool PosixSlotFile::lock()
{
    const int r = pthread_mutex_lock(&m_header->mutex);
    if (r == EOWNERDEAD) {
        ring().repair();
        m_header->readerWaiting = 1; // wake the server once more, in case a wake-up was lost
        pthread_mutex_consistent(&m_header->mutex);
        return true;
    }
    return r == 0;
}

void PosixSlotFile::unlock()
{
    pthread_mutex_unlock(&m_header->mutex);
}

SlotInfo PosixSlotFile::infoLocked() const
{
    SlotInfo info;
    info.maxMessageSize = m_header->maxMessageSize;
    info.readTimeout = m_header->readTimeout;
    const SlotRing r = ring();
    info.messageCount = r.count();
    info.nextSize = r.isEmpty() ? kMailslotNoMessage : r.peekSize();
    return info;
}

SlotStatus PosixSlotFile::statusLocked() const
{
    SlotStatus status;
    status.name.assign(m_header->name, m_header->nameLength);
    status.info = infoLocked();
    status.pid = m_header->pid;
    status.createdMsecs = m_header->createdMsecs;
    status.queuedBytes = m_header->ring.tail - m_header->ring.head;
    status.queueCapacity = m_header->capacity;
    status.totalMessages = m_header->totalMessages;
    status.totalBytes = m_header->totalBytes;
    return status;
}

bool PosixSlotFile::claimDoorbellLocked()
{
    if (!m_header->readerWaiting)
        return false;
    m_header->readerWaiting = 0;
    return true;
}

void PosixSlotFile::ringDoorbell()
{
    const char bell = 1;
    // EAGAIN (the FIFO is full of earlier bells) is fine: the server has a wake-up pending anyway.
    [[maybe_unused]] ssize_t n = ::write(m_fifoWrite, &bell, 1);
}

void PosixSlotFile::drainDoorbell()
{
    char buffer[256];
    // A read of a pipe returns what it holds, up to the buffer: a short read emptied it (one system
    // call per wake-up, not a second one to hear "empty").
    ssize_t n = 0;
    do {
        n = ::read(m_fifoRead, buffer, sizeof buffer);
    } while (n == ssize_t(sizeof buffer));
}

bool PosixSlotFile::claimWritersLocked()
{
    if (m_header->writersWaiting == 0)
        return false;
    // A writer reads the futex's value under the lock before it waits: one that has not slept yet
    // sees the change and does not sleep.
    __atomic_add_fetch(&m_header->spaceFutex, 1, __ATOMIC_RELEASE);
    return true;
}

void PosixSlotFile::wakeWriters()
{
    syscall(SYS_futex, &m_header->spaceFutex, FUTEX_WAKE, INT_MAX, nullptr, nullptr, 0);
}

void PosixSlotFile::reclaimMemoryLocked()
{
    SlotRingState &state = m_header->ring;
    if (state.count != 0 || state.tail != 0 || state.freeFrom != 0 || state.highWater <= kReclaimThreshold)
        return;
    // The queue is empty and starts again at offset 0: give the pages of a past backlog back.
    const off_t from = off_t(kDataOffset + kReclaimKeep);
    const off_t length = off_t((state.highWater - kReclaimKeep + 4095) & ~std::uint64_t(4095));
    if (fallocate(m_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, from, length) == 0)
        state.highWater = kReclaimKeep;
}

} // namespace mailslot::platform
