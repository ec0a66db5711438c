// The compose target builder's logic: a kind (this computer, a computer, a workgroup or domain,
// every computer), a server name and a slot path give a mailslot name; and whether a message of
// a given size may be sent there (the 424-byte limit of network mailslot messages).
#pragma once

#include "core/slots/mailslotname.h"

#include <QCoreApplication>
#include <QString>

class ComposeTarget
{
    Q_DECLARE_TR_FUNCTIONS(ComposeTarget)

public:
    enum class Kind { ThisComputer, Computer, Domain, Everyone };

    ComposeTarget() = default;
    ComposeTarget(Kind kind, const QString &server, const QString &path);
    // A target from a mailslot name (for "Send to this slot" and recent targets).
    static ComposeTarget fromName(const QString &name);

    Kind kind() const { return m_kind; }
    QString server() const { return m_server; }
    QString path() const { return m_path; }

    // The text of the name: \\.\mailslot\path, \\SERVER\mailslot\path or \\*\mailslot\path.
    QString text() const;
    // The parsed name; invalid with *error set when the parts do not make a valid name.
    MailslotName name(MailslotError *error = nullptr) const;
    bool isLocal() const { return m_kind == Kind::ThisComputer; }
    // Whether the network message limit (networkLimit) applies here. Our own datagram sender
    // (Linux) carries every write to another computer, each one datagram. On Windows the system
    // carries them, and only a message to a domain or to every computer is limited to 424 bytes:
    // a \\HOST write is not limited by us.
    bool isNetworkLimited() const;

    // The largest message for a network name: mailslot::wire::kNetworkMessageLimit (424 bytes),
    // less for a long slot path (mailslot::wire::maxNetworkPayload).
    static qsizetype networkLimit(const MailslotName &name);
    // Why a payload of size bytes may not be sent to name, or empty if it may.
    // networkAvailable says whether the network is on (MailslotRegistry::isNetworkEnabled).
    // limited: whether the network limit applies (isNetworkLimited() of the target).
    static QString refusalReason(const MailslotName &name, qsizetype size, bool networkAvailable,
                                 bool limited = true);
    // True when refusalReason() refuses only because the network is off.
    static bool needsNetwork(const MailslotName &name, qsizetype size, bool networkAvailable, bool limited = true);

private:
    Kind m_kind = Kind::ThisComputer;
    QString m_server;
    QString m_path;
};
