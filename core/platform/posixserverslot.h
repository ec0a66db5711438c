// The server end of a slot on POSIX (CreateMailslot's handle).
#pragma once

#include "core/platform/posixnamespace.h"
#include "core/platform/posixslotfile.h"

#include <memory>
#include <mutex>

namespace mailslot::platform {

class PosixServerSlot final : public ServerSlot
{
public:
    PosixServerSlot(PosixNamespace ns, std::string name, std::unique_ptr<PosixSlotFile> file);
    ~PosixServerSlot() override;

    const std::string &name() const override { return m_name; }
    SlotError read(void *buffer, std::uint32_t capacity, std::uint32_t *size) override;
    std::size_t readAvailable(const Sink &sink, std::size_t maxMessages, std::size_t maxBytes, SlotError *error) override;
    SlotInfo info() const override;
    SlotStatus status() const override;
    void setReadTimeout(std::uint32_t milliseconds) override;
    std::intptr_t readinessHandle() const override { return m_file->doorbellReadFd(); }
    void acknowledgeReadiness() override;
    void armReadiness() override;
    const MessageOrigin *sinkOrigin() const override { return m_sinkOrigin; }

private:
    // Takes the next message into buffer; the caller holds the lock and the queue is not empty.
    // *wakeWriters: the caller owes waiting writers a wakeWriters() once it has unlocked.
    SlotError takeLocked(void *buffer, std::uint32_t capacity, std::uint32_t *size, bool *wakeWriters);

    // readAvailable() for a queue larger than one read: claims it all, cuts the claim to the
    // limits with the lock released and gives the rest back. False when the lock became unusable.
    bool claimAndCut(SlotRing &ring, std::size_t maxMessages, std::size_t maxBytes, SlotRingClaim *claim);

    // One read at a time: readAvailable() holds one claim of the ring, and read() pops nothing
    // while it cuts one.
    std::mutex m_readMutex;
    MessageOrigin m_origin;                   // the origin of the message a sink is handed
    const MessageOrigin *m_sinkOrigin = nullptr;

    PosixNamespace m_ns;
    std::string m_name;
    std::unique_ptr<PosixSlotFile> m_file;
};

} // namespace mailslot::platform
