// NetworkSender options for tests: every datagram to 127.0.0.1:port (never UDP 138), sent from an
// ephemeral port, with a fixed NetBIOS identity.
#pragma once

#include "core/netio/networksender.h"

namespace testnet {

inline NetworkSender::Options loopbackOptions(quint16 port, const QString &name = QStringLiteral("SENDER"),
                                              const QString &workgroup = QStringLiteral("WG"))
{
    NetworkSender::Options o;
    o.identity = NetworkIdentity(name, workgroup);
    o.to = QStringLiteral("127.0.0.1");
    o.port = port;
    o.bindPort138 = false;
    return o;
}

} // namespace testnet
