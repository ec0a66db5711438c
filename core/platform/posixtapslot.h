// A tap on POSIX: its own queue file registered in the slot file's tap table, read here.
// Readiness: an epoll descriptor over the tap's bell (copies arrived), the slot's doorbell write
// end, which reports an error once the server is gone (closed or died), and a timer.
//
// Batched wake-ups: a tap that read a large batch since its last wake-up (copies stream in) asks to be woken only
// once kStreamingWakeBytes more are queued, or by the timer kStreamingWakeMs later at the latest
// (for the end of a burst); a tap that read a few copies asks for the next one, and the timer is
// off. So a tap keeping up with a flood wakes per batch of hundreds of copies, not per copy, and
// an idle tap never wakes for nothing.
#pragma once

#include "core/platform/posixnamespace.h"
#include "core/platform/posixslotfile.h"
#include "core/platform/posixtapfile.h"

#include <memory>

namespace mailslot::platform {

class PosixTapSlot final : public TapSlot
{
public:
    // This many copies read between two wake-ups or more means copies stream in.
    static constexpr std::size_t kStreamingMessages = 64;
    static constexpr std::uint64_t kStreamingWakeBytes = 256 * 1024;
    static constexpr int kStreamingWakeMs = 2;

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
    // Asks for a signal before the caller sleeps (streaming: a batch was just read); true when
    // the caller may sleep, false when enough copies arrived meanwhile to read on.
    bool armReadiness(bool streaming);

    std::string m_name;
    std::unique_ptr<PosixSlotFile> m_slot;
    std::unique_ptr<PosixTapFile> m_tap;
    std::int64_t m_serverPid = 0;
    int m_epoll = -1;
    int m_timer = -1;
    bool m_timerArmed = false;
    std::size_t m_readSinceWake = 0; // copies read since the readiness handle last fired
    bool m_registered = false;
};

} // namespace mailslot::platform
