// The POSIX slot back-end: slots are shared-memory files in a private per-user directory.
#pragma once

#include "core/platform/posixnamespace.h"

namespace mailslot::platform {

class PosixSlotBackend final : public SlotBackend
{
public:
    explicit PosixSlotBackend(std::string namespaceDir = {});

    SlotError create(const std::string &canonicalName, const SlotOptions &options,
                     std::unique_ptr<ServerSlot> *server) override;
    SlotError open(const std::string &canonicalName, std::unique_ptr<ClientSlot> *client) override;
    SlotError list(std::vector<SlotStatus> *slots) override;
    SlotError query(const std::string &canonicalName, SlotStatus *status) override;
    SlotError tap(const std::string &canonicalName, const TapOptions &options, std::unique_ptr<TapSlot> *tap) override;
    std::string location() const override { return m_ns.directory(); }

private:
    // Removes a slot file (and its FIFO) whose server is gone. Caller holds the namespace lock.
    static void removeIfStale(const std::string &path);

    PosixNamespace m_ns;
};

} // namespace mailslot::platform
