// One tap's shared state on POSIX: a file beside its slot's file in the namespace directory,
// made by the tap and mapped by every writer of the slot, holding the tap's own queue
// (TapRing); and a FIFO beside it that writers use as the tap's doorbell.
//
// Liveness: the tap holds an open-file-description (OFD) write lock on its file for its whole
// life, as a server does on a slot file; a tap whose process died is recognised by it and
// reclaimed by the next tap that attaches to the slot.
#pragma once

#include "core/platform/slotbackend.h"
#include "core/platform/tapring.h"

#include <cstdint>
#include <string>

namespace mailslot::platform {

struct TapHeader
{
    static constexpr std::uint32_t kMagic = 0x5041544Du; // "MTAP"
    static constexpr std::uint32_t kVersion = 2; // 2: TapQueueState with headSeen, the flag on a line of its own

    std::uint32_t magic;
    std::uint32_t version;
    std::uint64_t id;
    std::int64_t pid;
    std::uint64_t capacity;
    TapQueueState queue;
};

class PosixTapFile
{
public:
    static constexpr std::uint64_t kDataOffset = 4096;

    PosixTapFile() = default;
    ~PosixTapFile();
    PosixTapFile(const PosixTapFile &) = delete;
    PosixTapFile &operator=(const PosixTapFile &) = delete;

    // Paths of a tap's two files: beside its slot file, named by the slot file and the tap's id.
    static std::string tapPath(const std::string &slotFilePath, std::uint64_t id);
    static std::string bellPath(const std::string &tapFilePath);

    // Tap side: makes the file (a new random id), takes its liveness lock, opens the bell.
    SlotError create(const std::string &slotFilePath, std::uint64_t capacity);
    // Writer side: maps the tap file of this user and opens the bell's write end.
    SlotError openForWriter(const std::string &slotFilePath, std::uint64_t id);
    // Tap side: removes both files (when detached).
    void remove();
    // Whether the tap of that id still lives (its process holds the lock). No lock is taken.
    static bool tapAlive(const std::string &slotFilePath, std::uint64_t id);
    // Removes a dead tap's files.
    static void removeFiles(const std::string &slotFilePath, std::uint64_t id);

    std::uint64_t id() const { return m_id; }
    TapRing ring() const;
    // The byte size of the tap's queue.
    std::uint64_t capacity() const { return m_header->capacity; }
    int bellReadFd() const { return m_bellRead; }
    // Writer side: wakes the tap.
    void ringBell();
    // Tap side: empties the bell.
    void drainBell();

private:
    SlotError mapFile(bool create);
    void unmap();

    std::string m_path;
    std::uint64_t m_id = 0;
    int m_fd = -1;
    int m_bellRead = -1;
    int m_bellWrite = -1;
    TapHeader *m_header = nullptr;
    std::size_t m_mappedSize = 0;
};

} // namespace mailslot::platform
