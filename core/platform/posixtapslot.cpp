#include "core/platform/posixtapslot.h"

#include <sys/epoll.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include <algorithm>

namespace mailslot::platform {

PosixTapSlot::PosixTapSlot(std::string name, std::unique_ptr<PosixSlotFile> slot, std::unique_ptr<PosixTapFile> tap)
    : m_name(std::move(name)), m_slot(std::move(slot)), m_tap(std::move(tap)), m_serverPid(m_slot->header()->pid)
{
}

PosixTapSlot::~PosixTapSlot()
{
    if (m_registered && m_slot->lock()) {
        SlotHeader *h = m_slot->header();
        for (SlotTapEntry &entry : h->taps) {
            if (entry.id == m_tap->id())
                entry = SlotTapEntry{0, 0};
        }
        h->tapGeneration += 1;
        m_slot->unlock();
    }
    m_tap->remove();
    for (int fd : {m_epoll, m_timer}) {
        if (fd >= 0)
            ::close(fd);
    }
}

SlotError PosixTapSlot::attach(const PosixNamespace &ns, const std::string &canonicalName, const TapOptions &options,
                               std::unique_ptr<TapSlot> *tap)
{
    if (options.queueCapacity < kMinQueueCapacity || options.queueCapacity > kMaxQueueCapacity)
        return {kErrorInvalidParameter, "a tap's queue must be between " + std::to_string(kMinQueueCapacity) + " and "
                    + std::to_string(kMaxQueueCapacity) + " bytes"};
    if (SlotError err = ns.ensure(false))
        return err.code == kErrorFileNotFound ? SlotError{kErrorFileNotFound, "no such slot"} : err;
    auto slot = std::make_unique<PosixSlotFile>();
    // The slot's doorbell write end: it tells the tap when the server is gone.
    if (SlotError err = slot->openExisting(PosixSlotFile::slotPath(ns.directory(), canonicalName), true))
        return err;
    const SlotHeader *h = slot->header();
    if (std::string(h->name, h->nameLength) != canonicalName)
        return {kErrorFileNotFound, "no such slot"};
    auto file = std::make_unique<PosixTapFile>();
    if (SlotError err = file->create(slot->path(), options.queueCapacity))
        return err;
    std::unique_ptr<PosixTapSlot> made(new PosixTapSlot(canonicalName, std::move(slot), std::move(file)));
    if (SlotError err = made->watchReadiness())
        return err;
    if (SlotError err = made->registerTap())
        return err;
    *tap = std::move(made);
    return {};
}

SlotError PosixTapSlot::watchReadiness()
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_timer = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_epoll < 0 || m_timer < 0)
        return PosixSlotFile::errnoError(kErrorGenFailure, "epoll");
    epoll_event bell{};
    bell.events = EPOLLIN;
    epoll_event timer{};
    timer.events = EPOLLIN;
    epoll_event server{}; // no events asked: EPOLLERR comes when the server's read end is gone
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_tap->bellReadFd(), &bell) != 0
        || epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_timer, &timer) != 0
        || epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_slot->doorbellWriteFd(), &server) != 0)
        return PosixSlotFile::errnoError(kErrorGenFailure, "epoll_ctl");
    return {};
}

void PosixTapSlot::reclaimDeadTapsLocked()
{
    SlotHeader *h = m_slot->header();
    for (SlotTapEntry &entry : h->taps) {
        if (entry.id == 0 || PosixTapFile::tapAlive(m_slot->path(), entry.id))
            continue;
        PosixTapFile::removeFiles(m_slot->path(), entry.id);
        entry = SlotTapEntry{0, 0};
        h->tapGeneration += 1;
    }
}

SlotError PosixTapSlot::registerTap()
{
    if (!m_slot->lock())
        return {kErrorGenFailure, "slot lock unusable"};
    reclaimDeadTapsLocked();
    SlotHeader *h = m_slot->header();
    for (SlotTapEntry &entry : h->taps) {
        if (entry.id != 0)
            continue;
        entry = SlotTapEntry{m_tap->id(), std::int64_t(getpid())};
        h->tapGeneration += 1;
        m_registered = true;
        break;
    }
    m_slot->unlock();
    if (!m_registered)
        return {kErrorNotEnoughQuota, "the slot is watched by " + std::to_string(kMaxTapsPerSlot)
                    + " taps already, the most it can have"};
    return {};
}

std::size_t PosixTapSlot::readAvailable(const Sink &sink, std::size_t maxMessages, SlotError *error)
{
    *error = {};
    TapRing ring = m_tap->ring();
    ring.disarm(); // awake: no bell wanted while reading
    std::size_t n = ring.consume(maxMessages, sink);
    while (n < maxMessages) {
        if (armReadiness(m_readSinceWake + n >= kStreamingMessages)) {
            if (!m_slot->serverAlive())
                *error = {kErrorFileNotFound, "the slot's server has closed it"};
            break;
        }
        n += ring.consume(maxMessages - n, sink);
    }
    m_readSinceWake += n;
    return n;
}

bool PosixTapSlot::armReadiness(bool streaming)
{
    const std::uint64_t capacity = m_tap->capacity();
    const std::uint64_t wakeBytes = streaming ? std::min(kStreamingWakeBytes, capacity / 8) : 1;
    if (!m_tap->ring().arm(wakeBytes))
        return false;
    if (streaming != m_timerArmed) {
        // The bell may not come for a burst's last copies: the timer bounds how long they wait
        // (from the first time the tap slept on a part of a batch; it is not pushed back).
        itimerspec when{};
        when.it_value.tv_nsec = streaming ? long(kStreamingWakeMs) * 1000000 : 0;
        timerfd_settime(m_timer, 0, &when, nullptr);
        m_timerArmed = streaming;
    }
    return true;
}

std::uint64_t PosixTapSlot::missed() const
{
    return m_tap->ring().missed();
}

void PosixTapSlot::acknowledgeReadiness()
{
    m_tap->drainBell();
    m_readSinceWake = 0;
    std::uint64_t expirations = 0;
    if (m_timerArmed && ::read(m_timer, &expirations, sizeof expirations) == ssize_t(sizeof expirations))
        m_timerArmed = false;
}

} // namespace mailslot::platform
