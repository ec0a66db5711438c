// A tap on POSIX: its own queue file registered in the slot file's tap table, read here.
// Readiness: an epoll descriptor over the tap's bell (copies arrived) and the slot's doorbell
// write end, which reports an error once the server is gone (closed or died).
#pragma once

#include "core/platform/posixnamespace.h"
#include "core/platform/posixslotfile.h"
#include "core/platform/posixtapfile.h"

#include <memory>

namespace mailslot::platform {

class PosixTapSlot final : public TapSlot
{
public:
    // Attaches to the live slot of that name (reclaiming taps whose process died first).
    static SlotError attach(const PosixNamespace &ns, const std::string &canonicalName, const TapOptions &options,
                            std::unique_ptr<TapSlot> *tap);
    ~PosixTapSlot() override;

    const std::string &name() const override { return m_name; }
    std::size_t readAvailable(const Sink &sink, std::size_t maxMessages, SlotError *error) override;
    std::uint64_t missed() const override;
    std::int64_t serverPid() const override { return m_serverPid; }
    std::intptr_t readinessHandle() const override { return m_epoll; }
    void acknowledgeReadiness() override;

private:
    PosixTapSlot(std::string name, std::unique_ptr<PosixSlotFile> slot, std::unique_ptr<PosixTapFile> tap);
    // Registers the tap in the slot's table; ERROR_NOT_ENOUGH_QUOTA when it is full.
    SlotError registerTap();
    // Frees the entries of taps whose process died (the caller holds the slot's lock).
    void reclaimDeadTapsLocked();
    SlotError watchReadiness();

    std::string m_name;
    std::unique_ptr<PosixSlotFile> m_slot;
    std::unique_ptr<PosixTapFile> m_tap;
    std::int64_t m_serverPid = 0;
    int m_epoll = -1;
    bool m_registered = false;
};

} // namespace mailslot::platform
