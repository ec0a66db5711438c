#include "core/platform/posixslotbackend.h"

#include "core/platform/posixclientslot.h"
#include "core/platform/posixserverslot.h"
#include "core/platform/posixtapslot.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

namespace mailslot::platform {

std::unique_ptr<SlotBackend> createSystemBackend(const std::string &namespaceDir)
{
    return std::make_unique<PosixSlotBackend>(namespaceDir);
}

PosixSlotBackend::PosixSlotBackend(std::string namespaceDir) : m_ns(std::move(namespaceDir))
{
}

void PosixSlotBackend::removeIfStale(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return;
    const bool alive = PosixSlotFile::serverAlive(fd);
    ::close(fd);
    if (!alive) {
        ::unlink(path.c_str());
        ::unlink(PosixSlotFile::fifoPath(path).c_str());
    }
}

SlotError PosixSlotBackend::create(const std::string &canonicalName, const SlotOptions &options,
                                   std::unique_ptr<ServerSlot> *server)
{
    if (canonicalName.empty() || canonicalName.size() > SlotHeader::kMaxNameBytes)
        return {kErrorInvalidName, "bad slot name length"};
    if (options.queueCapacity < kMinQueueCapacity || options.queueCapacity > kMaxQueueCapacity)
        return {kErrorInvalidParameter, "queue capacity must be between " + std::to_string(kMinQueueCapacity)
                    + " and " + std::to_string(kMaxQueueCapacity) + " bytes"};
    if (SlotError err = m_ns.ensure(true))
        return err;
    PosixNamespace::Guard guard(m_ns);
    if (!guard.locked())
        return {kErrorAccessDenied, "cannot lock the namespace " + m_ns.directory()};
    const std::string path = PosixSlotFile::slotPath(m_ns.directory(), canonicalName);
    // A slot left by a server that died is reclaimed here; a live one makes this create fail.
    removeIfStale(path);
    auto file = std::make_unique<PosixSlotFile>();
    if (SlotError err = file->createServer(path, canonicalName, options))
        return err;
    *server = std::make_unique<PosixServerSlot>(m_ns, canonicalName, std::move(file));
    return {};
}

SlotError PosixSlotBackend::open(const std::string &canonicalName, std::unique_ptr<ClientSlot> *client)
{
    if (SlotError err = m_ns.ensure(false))
        return err.code == kErrorFileNotFound ? SlotError{kErrorFileNotFound, "no such slot"} : err;
    auto file = std::make_unique<PosixSlotFile>();
    if (SlotError err = file->openExisting(PosixSlotFile::slotPath(m_ns.directory(), canonicalName), true))
        return err;
    const SlotHeader *h = file->header();
    if (std::string(h->name, h->nameLength) != canonicalName)
        return {kErrorFileNotFound, "no such slot"};
    *client = std::make_unique<PosixClientSlot>(std::move(file));
    return {};
}

SlotError PosixSlotBackend::list(std::vector<SlotStatus> *slots)
{
    slots->clear();
    if (SlotError err = m_ns.ensure(false))
        return err.code == kErrorFileNotFound ? SlotError{} : err;
    std::vector<std::string> paths;
    if (SlotError err = m_ns.slotFiles(&paths))
        return err;
    std::vector<std::string> stale;
    for (const std::string &path : paths) {
        PosixSlotFile file;
        if (file.openExisting(path, false)) {
            stale.push_back(path);
            continue;
        }
        if (!file.lock())
            continue;
        slots->push_back(file.statusLocked());
        file.unlock();
    }
    if (!stale.empty()) {
        // Tidy up after crashed servers when nobody else is creating or closing just now.
        PosixNamespace::Guard guard(m_ns, true);
        if (guard.locked())
            std::for_each(stale.begin(), stale.end(), removeIfStale);
    }
    std::sort(slots->begin(), slots->end(),
              [](const SlotStatus &a, const SlotStatus &b) { return a.name < b.name; });
    return {};
}

SlotError PosixSlotBackend::query(const std::string &canonicalName, SlotStatus *status)
{
    if (SlotError err = m_ns.ensure(false))
        return err.code == kErrorFileNotFound ? SlotError{kErrorFileNotFound, "no such slot"} : err;
    PosixSlotFile file;
    if (SlotError err = file.openExisting(PosixSlotFile::slotPath(m_ns.directory(), canonicalName), false))
        return err;
    const SlotHeader *h = file.header();
    if (std::string(h->name, h->nameLength) != canonicalName)
        return {kErrorFileNotFound, "no such slot"};
    if (!file.lock())
        return {kErrorGenFailure, "slot lock unusable"};
    *status = file.statusLocked();
    file.unlock();
    return {};
}

SlotError PosixSlotBackend::tap(const std::string &canonicalName, const TapOptions &options,
                                std::unique_ptr<TapSlot> *tap)
{
    return PosixTapSlot::attach(m_ns, canonicalName, options, tap);
}

} // namespace mailslot::platform
