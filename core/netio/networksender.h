// Sends mailslot messages to other computers: [MS-MAIL] class 2 writes in NetBIOS datagrams on
// UDP 138. \\*\mailslot\x and \\DOMAIN\mailslot\x go as DIRECT_GROUP to <workgroup><00> on each
// chosen interface's broadcast address; \\HOST\mailslot\x as DIRECT_UNIQUE to HOST<00>, whose
// address comes from a NetBIOS name query (UDP 137 broadcast), then the system resolver, or from
// Options::to.
#pragma once

#include "core/slots/mailsloterror.h"
#include "core/slots/mailslotname.h"
#include "core/wire/netbiosname.h"
#include "core/netio/networkidentity.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QNetworkInterface>
#include <QStringList>

#include <memory>
#include <optional>

class QUdpSocket;

class NetworkSender
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSender)

public:
    static constexpr quint16 kDatagramPort = 138;

    struct Options
    {
        NetworkIdentity identity;   // empty name or workgroup: NetworkIdentity::systemDefault()
        QStringList interfaces;     // empty: every running, broadcast-capable IPv4 interface but loopback
        quint16 port = kDatagramPort;
        QString to;                 // send here instead of broadcasting or resolving (an IPv4 address or host name)
        bool domain = false;        // \\NAME\... is a domain (group) even when NAME is not our workgroup
        int nameQueryTimeoutMs = 750;
        quint16 priority = 0;       // 0..9 (ignored by receivers)
        bool padToFourBytes = true; // [MS-MAIL] padding of Databytes (false: Samba style)
        bool bindPort138 = true;    // send from port 138 when allowed (else from an ephemeral port)
    };

    struct Destination
    {
        QHostAddress address;       // where the datagrams go (UDP, port Options::port)
        QHostAddress sourceAddress; // our address on that path (SOURCE_IP)
        QString interfaceName;      // empty for unicast
    };

    struct Report
    {
        quint8 msgType = 0;
        mailslot::wire::NetbiosName destinationName;
        QList<Destination> destinations;
        quint16 sourcePort = 0;
        quint64 datagramsSent = 0;
        quint64 datagramsFailed = 0;
    };

    NetworkSender();
    explicit NetworkSender(const Options &options);
    ~NetworkSender();
    NetworkSender(const NetworkSender &) = delete;
    NetworkSender &operator=(const NetworkSender &) = delete;

    const Options &options() const { return m_options; }
    NetworkIdentity identity() const { return m_identity; }

    // Resolves the target once, then sends the payload `repeat` times to each destination.
    // Success only if every datagram was sent. Over the size limit: ERROR_BAD_NETPATH with the
    // size and the limit; a local name: ERROR_INVALID_PARAMETER.
    MailslotError send(const MailslotName &target, QByteArrayView payload, quint64 repeat = 1, Report *report = nullptr);
    // send() in two steps, for a run that goes out in parts (SendJob): prepare() checks the target
    // and the size and resolves the target once, into *report (its counts zeroed); each
    // sendPrepared() then sends the payload `repeat` times to every destination of *report and adds
    // to its counts. The socket is opened by the first sendPrepared() (or send()) and kept.
    MailslotError prepare(const MailslotName &target, qsizetype payloadSize, Report *report) const;
    MailslotError sendPrepared(const MailslotName &target, QByteArrayView payload, quint64 repeat, Report *report);

    // The largest message for a wire name ("\MAILSLOT\path") or a path: mailslot::wire::maxNetworkPayload
    // ([MS-MAIL] <2>, core/wire/mailslotlimits.h): 428 for 1..4 bytes, 424 for 5..8, 420 for 9..12, ...
    static qsizetype maxPayloadSize(const QByteArray &wireNameOrPath);
    // ERROR_BAD_NETPATH (size, limit) when payloadSize is over maxPayloadSize(name).
    static MailslotError checkSize(const MailslotName &name, qsizetype payloadSize);
    // The wire name bytes (Latin-1); nullopt for characters Latin-1 cannot carry.
    static std::optional<QByteArray> wireNameBytes(const MailslotName &name);
    // 0x11 (DIRECT_GROUP) for \\* and domains, 0x10 (DIRECT_UNIQUE) for a computer.
    quint8 messageType(const MailslotName &target) const;
    // <workgroup><00> for \\*, <DOMAIN><00>, <HOST><00>.
    mailslot::wire::NetbiosName destinationName(const MailslotName &target) const;

    // One whole UDP payload: NetBIOS datagram + SMB mailslot write (class 2, FIRST, M-node flags).
    static QByteArray buildDatagram(quint8 msgType, quint16 dgmId, quint32 sourceIp, quint16 sourcePort,
                                    const mailslot::wire::NetbiosName &source,
                                    const mailslot::wire::NetbiosName &destination, const QByteArray &wireName,
                                    QByteArrayView payload, quint16 priority = 0, bool pad = true);

    // The interfaces to broadcast on (names given, or the default set); *problem when none fits.
    static QList<QNetworkInterface> chooseInterfaces(const QStringList &names, QString *problem);
    // Our address on the route to destination (IPv4), null if there is no route.
    static QHostAddress sourceAddressFor(const QHostAddress &destination);

private:
    QList<Destination> resolve(const MailslotName &target, MailslotError *error) const;
    MailslotError openSocket();

    Options m_options;
    NetworkIdentity m_identity;
    std::unique_ptr<QUdpSocket> m_socket;
};
