#include "core/platform/posixserverslot.h"

#include "core/platform/tapring.h"

#include <poll.h>

#include <cerrno>
#include <chrono>
#include <cstring>

namespace mailslot::platform {

PosixServerSlot::PosixServerSlot(PosixNamespace ns, std::string name, std::unique_ptr<PosixSlotFile> file)
    : m_ns(std::move(ns)), m_name(std::move(name)), m_file(std::move(file))
{
}

PosixServerSlot::~PosixServerSlot()
{
    PosixNamespace::Guard guard(m_ns);
    m_file->closeServer();
}

SlotError PosixServerSlot::takeLocked(void *buffer, std::uint32_t capacity, std::uint32_t *size, bool *wakeWriters)
{
    *wakeWriters = false;
    SlotRing ring = m_file->ring();
    const std::uint32_t next = ring.peekSize();
    *size = next;
    if (next > capacity)
        return {kErrorInsufficientBuffer, {}, next, capacity};
    if (next > 0)
        std::memcpy(buffer, ring.peekData(), next);
    if (ring.pop())
        m_file->reclaimMemoryLocked();
    *wakeWriters = m_file->claimWritersLocked();
    return {};
}

SlotError PosixServerSlot::read(void *buffer, std::uint32_t capacity, std::uint32_t *size)
{
    using Clock = std::chrono::steady_clock;
    std::uint32_t dummy = 0;
    if (!size)
        size = &dummy;
    std::uint32_t timeout = 0;
    Clock::time_point deadline;
    for (bool first = true;; first = false) {
        // Not while readAvailable() has the queue claimed to cut it (see there).
        std::unique_lock<std::mutex> oneReadAtATime(m_readMutex);
        if (!m_file->lock())
            return {kErrorGenFailure, "slot lock unusable"};
        if (first) { // the time-out in force when the read began
            timeout = m_file->header()->readTimeout;
            deadline = Clock::now() + std::chrono::milliseconds(timeout);
        }
        if (!m_file->ring().isEmpty()) {
            bool wakeWriters = false;
            SlotError result = takeLocked(buffer, capacity, size, &wakeWriters);
            m_file->unlock();
            if (wakeWriters)
                m_file->wakeWriters();
            return result;
        }
        int waitMs = -1;
        if (timeout != kMailslotWaitForever) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
            if (left <= 0 || timeout == 0) {
                m_file->unlock();
                *size = 0;
                return {kErrorSemTimeout, {}};
            }
            waitMs = int(left);
        }
        m_file->header()->readerWaiting = 1;
        m_file->unlock();
        oneReadAtATime.unlock();
        pollfd p{m_file->doorbellReadFd(), POLLIN, 0};
        while (poll(&p, 1, waitMs) < 0 && errno == EINTR) {
        }
        m_file->drainDoorbell();
    }
}

std::size_t PosixServerSlot::readAvailable(const Sink &sink, std::size_t maxMessages, std::size_t maxBytes,
                                           SlotError *error)
{
    *error = {};
    const std::lock_guard<std::mutex> oneReadAtATime(m_readMutex); // the ring holds one claim at a time
    if (!m_file->lock()) {
        *error = {kErrorGenFailure, "slot lock unusable"};
        return 0;
    }
    // The lock covers the claim of the messages only: the sink copies them out of the ring after it
    // is released (writers never wait for that copy, nor for what the reader does with them), and
    // their space goes back to writers under the lock again.
    SlotRing ring = m_file->ring();
    SlotRingClaim claim;
    if (ring.isEmpty() || ring.fitsOneClaim(maxMessages, maxBytes)) {
        ring.claim(maxMessages, maxBytes, &claim); // no record is read under the lock
    } else if (!claimAndCut(ring, maxMessages, maxBytes, &claim)) {
        *error = {kErrorGenFailure, "slot lock unusable"};
        return 0;
    }
    // An emptied queue arms the doorbell. A queue cut to a claim that took all it held (no limit
    // reached) may have been written to while the cut ran: nothing rang for those messages (the
    // doorbell was not armed), so the reader rings it itself, or they would wait for the next write.
    bool ringNow = false;
    if (ring.isEmpty())
        m_file->header()->readerWaiting = 1;
    else
        ringNow = claim.rest == 0;
    m_file->unlock();
    if (ringNow)
        m_file->ringDoorbell();
    const std::size_t messages = claim.messages;
    if (messages == 0)
        return 0;
    // Released even if the sink throws: the space must never stay claimed.
    const auto release = [this] {
        if (!m_file->lock())
            return; // unusable: the next call reports it
        if (m_file->ring().release())
            m_file->reclaimMemoryLocked();
        const bool wakeWriters = m_file->claimWritersLocked();
        m_file->unlock();
        if (wakeWriters)
            m_file->wakeWriters();
    };
    try {
        ring.forEachClaimed(claim, [this, &sink](const std::uint8_t *data, std::uint32_t size, std::int64_t writtenMsecs,
                                                 const std::uint8_t *origin, std::uint32_t originSize) {
            m_sinkOrigin = origin && TapRing::decodeOrigin(origin, originSize, &m_origin) ? &m_origin : nullptr;
            sink(data, size, writtenMsecs);
        });
    } catch (...) {
        m_sinkOrigin = nullptr;
        release();
        throw;
    }
    m_sinkOrigin = nullptr;
    release();
    return messages;
}

bool PosixServerSlot::claimAndCut(SlotRing &ring, std::size_t maxMessages, std::size_t maxBytes, SlotRingClaim *claim)
{
    // A queue larger than one read: everything is claimed, the records are walked to the limits
    // with the lock released (writers go on meanwhile), and the rest goes back to the queue's head.
    // m_readMutex keeps read() from popping meanwhile.
    ring.claimQueue(claim);
    m_file->unlock();
    ring.cutClaim(claim, maxMessages, maxBytes);
    if (!m_file->lock())
        return false;
    ring.returnRest(*claim);
    return true;
}

SlotInfo PosixServerSlot::info() const
{
    if (!m_file->lock())
        return {};
    const SlotInfo info = m_file->infoLocked();
    m_file->unlock();
    return info;
}

SlotStatus PosixServerSlot::status() const
{
    if (!m_file->lock())
        return {};
    const SlotStatus status = m_file->statusLocked();
    m_file->unlock();
    return status;
}

void PosixServerSlot::setReadTimeout(std::uint32_t milliseconds)
{
    if (!m_file->lock())
        return;
    m_file->header()->readTimeout = milliseconds;
    m_file->unlock();
}

void PosixServerSlot::acknowledgeReadiness()
{
    m_file->drainDoorbell();
}

void PosixServerSlot::armReadiness()
{
    if (!m_file->lock())
        return;
    m_file->header()->readerWaiting = 1;
    m_file->unlock();
}

} // namespace mailslot::platform
