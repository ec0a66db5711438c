#include "capi/src/serverhandle.h"

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>

namespace mailslot::capi {

using namespace mailslot::platform;

ServerHandle::ServerHandle(std::unique_ptr<ServerSlot> slot) : m_slot(std::move(slot))
{
}

ServerHandle::~ServerHandle()
{
    if (m_epollFd >= 0)
        ::close(m_epollFd);
    if (m_eventFd >= 0)
        ::close(m_eventFd);
}

std::uint32_t ServerHandle::read(void *buffer, std::uint32_t capacity, std::uint32_t *size)
{
    const SlotError error = m_slot->read(buffer, capacity, size);
    if (error)
        *size = 0; // as Windows: nothing read (GetMailslotInfo gives the next message's size)
    if (m_polled.load(std::memory_order_acquire))
        refreshReadiness();
    return error.code;
}

std::uint32_t ServerHandle::info(SlotInfo *info)
{
    *info = m_slot->info();
    if (m_polled.load(std::memory_order_acquire))
        refreshReadiness();
    return kErrorSuccess;
}

std::uint32_t ServerHandle::setReadTimeout(std::uint32_t milliseconds)
{
    m_slot->setReadTimeout(milliseconds);
    return kErrorSuccess;
}

std::uint32_t ServerHandle::pollDescriptor(int *fd)
{
    {
        std::lock_guard lock(m_readinessMutex);
        if (m_epollFd < 0) {
            const int epollFd = ::epoll_create1(EPOLL_CLOEXEC);
            const int eventFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
            epoll_event doorbell{};
            doorbell.events = EPOLLIN;
            doorbell.data.fd = int(m_slot->readinessHandle());
            epoll_event pending{};
            pending.events = EPOLLIN;
            pending.data.fd = eventFd;
            if (epollFd < 0 || eventFd < 0 || ::epoll_ctl(epollFd, EPOLL_CTL_ADD, doorbell.data.fd, &doorbell) != 0
                || ::epoll_ctl(epollFd, EPOLL_CTL_ADD, eventFd, &pending) != 0) {
                const bool memory = errno == ENOMEM || errno == EMFILE || errno == ENFILE;
                if (epollFd >= 0)
                    ::close(epollFd);
                if (eventFd >= 0)
                    ::close(eventFd);
                *fd = -1;
                return memory ? kErrorNotEnoughMemory : kErrorGenFailure;
            }
            m_epollFd = epollFd;
            m_eventFd = eventFd;
            m_polled.store(true, std::memory_order_release);
        }
        *fd = m_epollFd;
    }
    refreshReadiness();
    return kErrorSuccess;
}

void ServerHandle::setPending(bool pending)
{
    if (pending == m_pending)
        return;
    if (pending) {
        const std::uint64_t one = 1;
        while (::write(m_eventFd, &one, sizeof one) < 0 && errno == EINTR) {
        }
    } else {
        std::uint64_t count = 0;
        while (::read(m_eventFd, &count, sizeof count) < 0 && errno == EINTR) {
        }
    }
    m_pending = pending;
}

void ServerHandle::refreshReadiness()
{
    std::lock_guard lock(m_readinessMutex);
    if (m_slot->info().messageCount > 0) {
        setPending(true);
        return;
    }
    setPending(false);
    m_slot->acknowledgeReadiness();
    m_slot->armReadiness();
    setPending(m_slot->info().messageCount > 0);
}

} // namespace mailslot::capi
