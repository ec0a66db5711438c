// CreateMailslot's handle: the server end of a local slot, and the pollable descriptor of the
// extension MailslotGetPollDescriptor.
//
// The descriptor is an epoll set of two members: the back-end's readiness handle (rung by a
// writer when the server has armed it) and an eventfd of ours, set while this handle knows that a
// message is waiting. After every read or info call the handle brings both up to date: a message
// left sets the eventfd; an empty slot clears it, drains the readiness handle and arms it again,
// then looks once more (a message written in between sets the eventfd).
#pragma once

#include "capi/src/apihandle.h"

#include <atomic>
#include <memory>
#include <mutex>

namespace mailslot::capi {

class ServerHandle final : public ApiHandle
{
public:
    explicit ServerHandle(std::unique_ptr<platform::ServerSlot> slot);
    ~ServerHandle() override;

    std::uint32_t read(void *buffer, std::uint32_t capacity, std::uint32_t *size) override;
    std::uint32_t info(platform::SlotInfo *info) override;
    std::uint32_t setReadTimeout(std::uint32_t milliseconds) override;
    std::uint32_t pollDescriptor(int *fd) override;

private:
    // Sets or clears the eventfd from the slot's message count, re-arming the readiness handle
    // when the slot is empty (see above).
    void refreshReadiness();
    void setPending(bool pending);

    std::unique_ptr<platform::ServerSlot> m_slot;
    std::mutex m_readinessMutex;
    std::atomic<bool> m_polled{false};
    int m_epollFd = -1;
    int m_eventFd = -1;
    bool m_pending = false;
};

} // namespace mailslot::capi
