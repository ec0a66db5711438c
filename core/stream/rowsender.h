// Who wrote a tapped message: the writer's pid and, for a message the network bridge delivered,
// where the datagram came from. Shared, read-only, by the rows of one writer's messages.
#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace mailslot::platform {
struct MessageOrigin;
}

struct NetworkOrigin
{
    QString address;         // source IP address
    quint16 port = 0;        // source UDP port
    QString netbiosName;     // NetBIOS source name
    quint8 datagramType = 0; // NetBIOS datagram type (0x10 direct unique, 0x11 direct group, 0x12 broadcast)
};

struct RowSender
{
    qint64 pid = 0; // the writer's process (0: unknown)
    std::optional<NetworkOrigin> origin;

    // From what the back-end hands over (origin may be null).
    static std::shared_ptr<const RowSender> make(qint64 pid, const mailslot::platform::MessageOrigin *origin);
};
