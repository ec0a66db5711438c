// IPv4/IPv6 UDP extraction from captured link-layer frames.
#pragma once

#include "core/wire/malformedreason.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

namespace mailslot::wire {

struct UdpDatagram
{
    quint32 sourceIp = 0;      // IPv4 (0 for IPv6)
    quint32 destinationIp = 0;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint8 ttl = 0;            // IPv4 TTL or IPv6 hop limit
    QByteArray payload;
    bool ipv6 = false;         // then the addresses are these
    std::array<quint8, 16> sourceIpv6{};
    std::array<quint8, 16> destinationIpv6{};
    // None, or why the datagram's IP/UDP framing is odd while its ports are known (as Wireshark
    // still shows them): IpFragment, CaptureTruncated, BadIpLength, BadUdpLength. payload then
    // holds what the frame has of the datagram.
    MalformedReason malformed = MalformedReason::None;

    bool isIpv6() const { return ipv6; }
};

class UdpExtractor
{
public:
    enum LinkType : quint32 {
        LinkNull = 0,        // BSD loopback: 4-byte address family in the capturing host's order
        LinkEthernet = 1,    // with 802.1Q / 802.1ad VLAN tags, and 802.3 LLC/SNAP
        LinkRaw = 101,       // raw IP (IPv4 or IPv6)
        LinkLoop = 108,      // OpenBSD loopback: 4-byte address family in network order
        LinkLinuxSll = 113,  // Linux cooked v1
        LinkIpv4 = 228,      // raw IPv4
        LinkIpv6 = 229,      // raw IPv6
        LinkLinuxSll2 = 276, // Linux cooked v2
    };
    // Ok: a UDP datagram with its ports (datagram.malformed says if its framing is odd). The
    // others: no UDP ports can be read from the frame (Wireshark shows no UDP either).
    enum class Status {
        Ok,
        UnsupportedLinkType,
        NotIp,            // another network protocol (ARP, ...)
        NotUdp,
        Truncated,        // the frame ends before the UDP ports
        BadHeader,        // IPv4 IHL < 5 or total length < header
        NonFirstFragment, // IP fragment offset != 0: no UDP header in it
    };
    struct Result
    {
        Status status = Status::Truncated;
        UdpDatagram datagram;
        bool ok() const { return status == Status::Ok; }
    };

    // originalLength: the frame's length on the wire (0: as captured); a longer one says the
    // capture cut the frame (snap length).
    static Result extract(quint32 linkType, QByteArrayView frame, quint32 originalLength = 0);
    // missing: how many bytes of the packet's frame the capture left out (snap length).
    static Result extractFromIpv4(QByteArrayView packet, qsizetype missing = 0);
    static Result extractFromIpv6(QByteArrayView packet, qsizetype missing = 0);
    static QString statusKey(Status status);
    // The common name of a LINKTYPE_* value ("Ethernet", "IEEE 802.11 radiotap"); empty when
    // not known.
    static QString linkTypeName(quint32 linkType);
};

} // namespace mailslot::wire
