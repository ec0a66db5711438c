// The monitor's network settings: bridge on/off (off by default), UDP port, interfaces, NetBIOS
// name and workgroup (empty: NetworkIdentity::systemDefault()), duplicate suppression, delivery
// into local slots, an optional address to send to instead of broadcasting, and the OEM code page
// of received messenger texts (unset: the user's locale's, as Windows chooses it). Persisted under
// "network/" in QSettings; turned into the bridge's and the sender's options.
#pragma once

#include "core/netio/networkbridge.h"
#include "core/netio/networksender.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

struct NetworkSettings
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSettings)

public:
    bool enabled = false;
    quint16 port = NetworkSender::kDatagramPort;
    QStringList interfaces;  // empty: every interface
    QString netbiosName;     // empty: the system default
    QString workgroup;       // empty: the system default
    bool deduplicate = false;
    bool deliver = true;
    QString sendTo;          // empty: broadcast to the workgroup, or find the computer by name
    std::optional<mailslot::wire::OemCodePage> codePage; // unset: the locale's OEM code page

    static NetworkSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    // The identity with the system defaults filled in.
    NetworkIdentity identity() const;
    NetworkBridge::Options bridgeOptions() const;
    NetworkSender::Options senderOptions() const;
    // Empty when usable; otherwise what is wrong (a bad name, port 0, a bad address).
    QString problem() const;

    friend bool operator==(const NetworkSettings &a, const NetworkSettings &b)
    {
        return a.enabled == b.enabled && a.port == b.port && a.interfaces == b.interfaces && a.netbiosName == b.netbiosName
            && a.workgroup == b.workgroup && a.deduplicate == b.deduplicate && a.deliver == b.deliver
            && a.sendTo == b.sendTo && a.codePage == b.codePage;
    }
};
