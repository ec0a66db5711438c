#include "core/platform/posixtapfile.h"

#include "core/platform/posixslotfile.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace mailslot::platform {

PosixTapFile::~PosixTapFile()
{
    unmap();
}

std::string PosixTapFile::tapPath(const std::string &slotFilePath, std::uint64_t id)
{
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(id));
    return slotFilePath.substr(0, slotFilePath.size() - 5) + "." + hex + ".tap";
}

std::string PosixTapFile::bellPath(const std::string &tapFilePath)
{
    return tapFilePath + "bell";
}

void PosixTapFile::unmap()
{
    if (m_header)
        munmap(m_header, m_mappedSize);
    m_header = nullptr;
    for (int *fd : {&m_fd, &m_bellRead, &m_bellWrite}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

SlotError PosixTapFile::create(const std::string &slotFilePath, std::uint64_t capacity)
{
    m_id = PosixSlotFile::randomId();
    m_path = tapPath(slotFilePath, m_id);
    m_fd = ::open(m_path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_fd < 0)
        return PosixSlotFile::errnoError(kErrorGenFailure, "cannot create " + m_path);
    fchmod(m_fd, 0600);
    struct flock fl{};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    capacity = (capacity + 4095) & ~std::uint64_t(4095);
    m_mappedSize = kDataOffset + capacity;
    if (fcntl(m_fd, F_OFD_SETLK, &fl) != 0 || ftruncate(m_fd, off_t(m_mappedSize)) != 0) {
        SlotError err = PosixSlotFile::errnoError(kErrorNotEnoughMemory, "cannot make " + m_path);
        remove();
        return err;
    }
    if (SlotError err = mapFile(true)) {
        remove();
        return err;
    }
    m_header->magic = TapHeader::kMagic;
    m_header->version = TapHeader::kVersion;
    m_header->id = m_id;
    m_header->pid = getpid();
    m_header->capacity = capacity;
    m_header->queue = TapQueueState{};
    const std::string bell = bellPath(m_path);
    if (mkfifo(bell.c_str(), 0600) != 0) {
        SlotError err = PosixSlotFile::errnoError(kErrorGenFailure, "cannot create " + bell);
        remove();
        return err;
    }
    m_bellRead = ::open(bell.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    // A write end of our own: the read end never reports hang-up when writers come and go.
    m_bellWrite = m_bellRead >= 0 ? ::open(bell.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC) : -1;
    if (m_bellRead < 0 || m_bellWrite < 0) {
        SlotError err = PosixSlotFile::errnoError(kErrorGenFailure, "cannot open " + bell);
        remove();
        return err;
    }
    return {};
}

SlotError PosixTapFile::mapFile(bool create)
{
    void *map = mmap(nullptr, m_mappedSize, PROT_READ | PROT_WRITE, MAP_SHARED, m_fd, 0);
    if (map == MAP_FAILED)
        return PosixSlotFile::errnoError(kErrorNotEnoughMemory, "cannot map " + m_path);
    m_header = static_cast<TapHeader *>(map);
    if (create)
        return {};
    if (m_header->magic != TapHeader::kMagic || m_header->version != TapHeader::kVersion || m_header->id != m_id
        || m_header->capacity + kDataOffset > m_mappedSize)
        return {kErrorFileNotFound, m_path + " is not a tap file"};
    return {};
}

SlotError PosixTapFile::openForWriter(const std::string &slotFilePath, std::uint64_t id)
{
    m_id = id;
    m_path = tapPath(slotFilePath, id);
    m_fd = ::open(m_path.c_str(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (m_fd < 0)
        return PosixSlotFile::errnoError(kErrorGenFailure, "cannot open " + m_path);
    struct stat st{};
    if (fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid()
        || std::uint64_t(st.st_size) < kDataOffset) {
        unmap();
        return {kErrorAccessDenied, m_path + " is not a tap file of this user"};
    }
    m_mappedSize = std::size_t(st.st_size);
    if (SlotError err = mapFile(false)) {
        unmap();
        return err;
    }
    // Read and write (Linux opens a FIFO so without waiting for a reader): the bell always has a
    // reader, ours, so ringing it after the tap went away fills it at most, never raises SIGPIPE.
    m_bellWrite = ::open(bellPath(m_path).c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (m_bellWrite < 0) {
        SlotError err = PosixSlotFile::errnoError(kErrorFileNotFound, "cannot open the tap's bell");
        unmap();
        return err;
    }
    return {};
}

void PosixTapFile::remove()
{
    if (!m_path.empty()) {
        ::unlink(bellPath(m_path).c_str());
        ::unlink(m_path.c_str());
    }
    unmap();
}

bool PosixTapFile::tapAlive(const std::string &slotFilePath, std::uint64_t id)
{
    const int fd = ::open(tapPath(slotFilePath, id).c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    const bool alive = PosixSlotFile::serverAlive(fd);
    ::close(fd);
    return alive;
}

void PosixTapFile::removeFiles(const std::string &slotFilePath, std::uint64_t id)
{
    const std::string path = tapPath(slotFilePath, id);
    ::unlink(bellPath(path).c_str());
    ::unlink(path.c_str());
}

TapRing PosixTapFile::ring() const
{
    return TapRing(&m_header->queue, reinterpret_cast<std::uint8_t *>(m_header) + kDataOffset, m_header->capacity);
}

void PosixTapFile::ringBell()
{
    const char bell = 1;
    // EAGAIN (the FIFO is full of earlier bells) is fine: the tap has a wake-up pending anyway. The
    // writer's end is open for reading too, so a tap that went away never makes it EPIPE/SIGPIPE.
    [[maybe_unused]] const ssize_t n = ::write(m_bellWrite, &bell, 1);
}

void PosixTapFile::drainBell()
{
    // A FIFO's read returns every byte there is up to the buffer's size: one call empties it
    // unless a full buffer came back.
    char buffer[512];
    while (::read(m_bellRead, buffer, sizeof buffer) == ssize_t(sizeof buffer)) {
    }
}

} // namespace mailslot::platform
