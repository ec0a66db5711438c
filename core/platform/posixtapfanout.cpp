#include "core/platform/posixtapfanout.h"

#include "core/platform/posixslotfile.h"

#include <unistd.h>

#include <algorithm>

namespace mailslot::platform {

PosixTapFanout::PosixTapFanout(const PosixSlotFile *slot) : m_slot(slot), m_pid(getpid())
{
}

PosixTapFanout::~PosixTapFanout() = default;

void PosixTapFanout::syncLocked()
{
    const SlotHeader *h = m_slot->header();
    m_generation = h->tapGeneration;
    std::vector<std::shared_ptr<PosixTapFile>> kept;
    for (const SlotTapEntry &entry : h->taps) {
        if (entry.id == 0)
            continue;
        auto it = std::find_if(m_taps.begin(), m_taps.end(),
                               [&entry](const std::shared_ptr<PosixTapFile> &t) { return t && t->id() == entry.id; });
        if (it != m_taps.end()) {
            kept.push_back(std::move(*it));
            continue;
        }
        auto tap = std::make_shared<PosixTapFile>();
        // A tap that cannot be opened (it died and is being reclaimed) gets no copies.
        if (!tap->openForWriter(m_slot->path(), entry.id))
            kept.push_back(std::move(tap));
    }
    m_taps = std::move(kept);
}

void PosixTapFanout::deliverLocked(const void *data, std::uint32_t size, std::int64_t writtenMsecs,
                                   const std::vector<std::uint8_t> &origin, Bells *bells)
{
    if (m_slot->header()->tapGeneration != m_generation)
        syncLocked();
    std::size_t n = 0;
    for (const std::shared_ptr<PosixTapFile> &tap : m_taps) {
        if (tap->ring().offer(data, size, writtenMsecs, m_pid, origin) && n < bells->size())
            (*bells)[n++] = tap;
    }
}

void PosixTapFanout::ringBells(Bells *bells)
{
    for (std::shared_ptr<PosixTapFile> &tap : *bells) {
        if (!tap)
            break;
        tap->ringBell();
        tap.reset();
    }
}

} // namespace mailslot::platform
