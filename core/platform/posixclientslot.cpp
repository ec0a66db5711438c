#include "core/platform/posixclientslot.h"

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>

namespace mailslot::platform {

namespace {

// While waiting for room, re-check now and then that the server has not died (a crashed server
// cannot wake anyone).
constexpr std::int64_t kLivenessCheckMs = 250;
// A write that does not fit only because the reader is still copying messages it took out of the
// queue (their space comes back when it is done) waits for that, whatever its timeout, this long
// at most: the queue is not full, so even a write that may not wait is not refused for it. The
// bound is for a reader that never ends its copy (stopped in a debugger, or writing into its own
// slot from the copy).
constexpr std::int64_t kReadInProgressWaitMs = 200;

const SlotError kGone{kErrorFileNotFound, "the slot's server has closed it"};

} // namespace

PosixClientSlot::PosixClientSlot(std::unique_ptr<PosixSlotFile> file) : m_file(std::move(file)), m_taps(m_file.get())
{
}

bool PosixClientSlot::stillServedLocked() const
{
    const SlotHeader *h = m_file->header();
    return __atomic_load_n(&h->state, __ATOMIC_ACQUIRE) == SlotHeader::kStateReady
        && h->instanceId == m_file->instanceId();
}

SlotError PosixClientSlot::write(const void *data, std::uint32_t size, std::uint32_t timeoutMs)
{
    return writeMessage(data, size, timeoutMs, {});
}

SlotError PosixClientSlot::writeFrom(const void *data, std::uint32_t size, std::uint32_t timeoutMs,
                                     const MessageOrigin &origin)
{
    return writeMessage(data, size, timeoutMs, TapRing::encodeOrigin(origin));
}

SlotError PosixClientSlot::checkSizeLocked(std::uint32_t size, std::uint32_t originSize) const
{
    const SlotHeader *h = m_file->header();
    if (h->maxMessageSize != 0 && size > h->maxMessageSize) {
        const std::uint32_t max = h->maxMessageSize;
        return {kErrorMessageExceedsMaxSize,
                "message of " + std::to_string(size) + " bytes exceeds the slot's maximum message size of "
                    + std::to_string(max) + " bytes",
                size, max};
    }
    if (SlotRing::recordSize(size, originSize) > h->capacity) {
        const std::uint64_t capacity = h->capacity;
        return {kErrorNotEnoughQuota,
                "message of " + std::to_string(size) + " bytes is larger than the slot's queue of "
                    + std::to_string(capacity) + " bytes",
                size, capacity};
    }
    return {};
}

SlotError PosixClientSlot::waitForRoomLocked(std::uint32_t size, std::uint32_t originSize, std::uint32_t timeoutMs)
{
    using Clock = std::chrono::steady_clock;
    SlotRing ring = m_file->ring();
    if (ring.hasRoomFor(size, originSize))
        return {}; // the common case: no clock is read
    SlotHeader *h = m_file->header();
    const auto start = Clock::now();
    const auto deadline = start + std::chrono::milliseconds(timeoutMs);
    const auto readDeadline = std::max(deadline, start + std::chrono::milliseconds(kReadInProgressWaitMs));
    while (!ring.hasRoomFor(size, originSize)) {
        std::int64_t waitMs = kLivenessCheckMs;
        if (timeoutMs != kMailslotWaitForever) {
            const bool readInProgress = ring.hasRoomAfterRelease(size, originSize);
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                                  (readInProgress ? readDeadline : deadline) - Clock::now()).count();
            if (left <= 0) {
                m_file->unlock();
                if (readInProgress)
                    return {kErrorNotEnoughQuota, "the slot's reader did not end its read in "
                                + std::to_string(std::max<std::int64_t>(timeoutMs, kReadInProgressWaitMs)) + " ms",
                            0, timeoutMs};
                return {kErrorNotEnoughQuota, "the slot's queue stayed full for " + std::to_string(timeoutMs) + " ms",
                        0, timeoutMs};
            }
            waitMs = std::min<std::int64_t>(waitMs, left);
        }
        h->writersWaiting += 1;
        const std::uint32_t seen = __atomic_load_n(&h->spaceFutex, __ATOMIC_ACQUIRE);
        m_file->unlock();
        timespec ts{time_t(waitMs / 1000), long(waitMs % 1000) * 1000000};
        syscall(SYS_futex, &h->spaceFutex, FUTEX_WAIT, seen, &ts, nullptr, 0);
        const bool alive = m_file->serverAliveQuick();
        if (!m_file->lock())
            return {kErrorGenFailure, "slot lock unusable"};
        h->writersWaiting -= 1;
        if (!alive || !stillServedLocked()) {
            m_file->unlock();
            return kGone;
        }
    }
    return {};
}

SlotError PosixClientSlot::writeMessage(const void *data, std::uint32_t size, std::uint32_t timeoutMs,
                                        const std::vector<std::uint8_t> &origin)
{
    if (!m_file->serverAliveQuick())
        return kGone;
    SlotHeader *h = m_file->header();
    if (!m_file->lock())
        return {kErrorGenFailure, "slot lock unusable"};
    if (!stillServedLocked()) {
        m_file->unlock();
        return kGone;
    }
    const std::uint32_t originSize = std::uint32_t(origin.size());
    if (SlotError err = checkSizeLocked(size, originSize)) {
        m_file->unlock();
        return err;
    }
    if (SlotError err = waitForRoomLocked(size, originSize, timeoutMs))
        return err; // the lock is released
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    const std::int64_t writtenMsecs = std::int64_t(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    m_file->ring().push(data, size, writtenMsecs, origin);
    h->totalMessages += 1;
    h->totalBytes += size;
    // The taps' copies come after the slot's own, in the same lock: every tap sees the slot's order.
    PosixTapFanout::Bells bells;
    m_taps.deliverLocked(data, size, writtenMsecs, origin, &bells);
    const bool bell = m_file->claimDoorbellLocked();
    m_file->unlock();
    // The system calls after the lock: the reader's doorbell, then the taps' bells.
    if (bell)
        m_file->ringDoorbell();
    PosixTapFanout::ringBells(&bells);
    return {};
}

} // namespace mailslot::platform
