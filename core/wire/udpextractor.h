// IPv4/UDP extraction from captured link-layer frames.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace mailslot::wire {

struct UdpDatagram
{
    quint32 sourceIp = 0;
    quint32 destinationIp = 0;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint8 ttl = 0;
    QByteArray payload;
};

class UdpExtractor
{
public:
    enum LinkType : quint32 {
        LinkNull = 0,        // BSD loopback: 4-byte address family in the capturing host's order
        LinkEthernet = 1,    // with 802.1Q / 802.1ad VLAN tags
        LinkRaw = 101,       // raw IP (IPv4 or IPv6)
        LinkLinuxSll = 113,  // Linux cooked v1
        LinkIpv4 = 228,      // raw IPv4
        LinkLinuxSll2 = 276, // Linux cooked v2
    };
    enum class Status {
        Ok,
        UnsupportedLinkType,
        NotIpv4,          // another network protocol (ARP, IPv6, ...)
        NotUdp,
        Truncated,        // frame shorter than its headers / lengths say
        BadHeader,        // IHL < 5, total length < header, UDP length < 8
        NonFirstFragment, // IPv4 fragment offset != 0: skipped
        Fragmented,       // first fragment (MF set): the UDP payload is incomplete
    };
    struct Result
    {
        Status status = Status::Truncated;
        UdpDatagram datagram;
        bool ok() const { return status == Status::Ok; }
    };

    static Result extract(quint32 linkType, QByteArrayView frame);
    static Result extractFromIpv4(QByteArrayView packet);
    static QString statusKey(Status status);
    // The common name of a LINKTYPE_* value ("Ethernet", "IEEE 802.11 radiotap"); empty when
    // not known.
    static QString linkTypeName(quint32 linkType);
};

} // namespace mailslot::wire
