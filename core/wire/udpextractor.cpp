#include "core/wire/udpextractor.h"

#include "core/wire/bytereader.h"

namespace mailslot::wire {

namespace {
constexpr quint16 kEtherTypeIpv4 = 0x0800;
constexpr quint16 kEtherTypeVlan = 0x8100;
constexpr quint16 kEtherTypeQinQ = 0x88A8;
constexpr quint16 kEtherTypeVlan9100 = 0x9100;

UdpExtractor::Result status(UdpExtractor::Status s)
{
    UdpExtractor::Result r;
    r.status = s;
    return r;
}

UdpExtractor::Result fromEtherType(quint16 type, QByteArrayView frame, qsizetype offset)
{
    if (offset > frame.size())
        return status(UdpExtractor::Status::Truncated);
    if (type != kEtherTypeIpv4)
        return status(UdpExtractor::Status::NotIpv4);
    return UdpExtractor::extractFromIpv4(frame.sliced(offset));
}
} // namespace

UdpExtractor::Result UdpExtractor::extract(quint32 linkType, QByteArrayView frame)
{
    const ByteReader r(frame);
    switch (linkType) {
    case LinkEthernet: {
        qsizetype pos = 12;
        auto type = r.u16be(pos);
        int tags = 0;
        while (type && (*type == kEtherTypeVlan || *type == kEtherTypeQinQ || *type == kEtherTypeVlan9100) && tags < 8) {
            pos += 4;
            type = r.u16be(pos);
            ++tags;
        }
        if (!type)
            return status(Status::Truncated);
        return fromEtherType(*type, frame, pos + 2);
    }
    case LinkLinuxSll: {
        const auto type = r.u16be(14);
        if (!type)
            return status(Status::Truncated);
        return fromEtherType(*type, frame, 16);
    }
    case LinkLinuxSll2: {
        const auto type = r.u16be(0);
        if (!type || frame.size() < 20)
            return status(Status::Truncated);
        return fromEtherType(*type, frame, 20);
    }
    case LinkRaw:
    case LinkIpv4:
        return extractFromIpv4(frame);
    case LinkNull: {
        const auto le = r.u32le(0);
        if (!le)
            return status(Status::Truncated);
        const quint32 be = qFromBigEndian<quint32>(frame.data());
        if (*le != 2 && be != 2) // AF_INET
            return status(Status::NotIpv4);
        return extractFromIpv4(frame.sliced(4));
    }
    default:
        return status(Status::UnsupportedLinkType);
    }
}

UdpExtractor::Result UdpExtractor::extractFromIpv4(QByteArrayView packet)
{
    const ByteReader r(packet);
    const auto versionIhl = r.u8(0);
    if (!versionIhl)
        return status(Status::Truncated);
    if ((*versionIhl >> 4) != 4)
        return status(Status::NotIpv4);
    const qsizetype headerLength = qsizetype(*versionIhl & 0x0F) * 4;
    if (headerLength < 20)
        return status(Status::BadHeader);
    if (packet.size() < headerLength)
        return status(Status::Truncated);
    const quint16 totalLength = *r.u16be(2);
    const quint16 fragment = *r.u16be(6);
    const quint8 protocol = *r.u8(9);
    if (totalLength < headerLength)
        return status(Status::BadHeader);
    if (totalLength > packet.size())
        return status(Status::Truncated);
    if (protocol != 17)
        return status(Status::NotUdp);
    if ((fragment & 0x1FFF) != 0)
        return status(Status::NonFirstFragment);
    if (fragment & 0x2000)
        return status(Status::Fragmented);
    const QByteArrayView ipPayload = packet.sliced(headerLength, totalLength - headerLength);
    const ByteReader u(ipPayload);
    const auto udpLength = u.u16be(4);
    if (!udpLength)
        return status(Status::Truncated);
    if (*udpLength < 8)
        return status(Status::BadHeader);
    if (*udpLength > ipPayload.size())
        return status(Status::Truncated);
    Result result;
    result.status = Status::Ok;
    result.datagram.sourceIp = *r.u32be(12);
    result.datagram.destinationIp = *r.u32be(16);
    result.datagram.ttl = *r.u8(8);
    result.datagram.sourcePort = *u.u16be(0);
    result.datagram.destinationPort = *u.u16be(2);
    result.datagram.payload = ipPayload.sliced(8, *udpLength - 8).toByteArray();
    return result;
}

QString UdpExtractor::statusKey(Status s)
{
    switch (s) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::UnsupportedLinkType: return QStringLiteral("unsupportedLinkType");
    case Status::NotIpv4: return QStringLiteral("notIpv4");
    case Status::NotUdp: return QStringLiteral("notUdp");
    case Status::Truncated: return QStringLiteral("truncated");
    case Status::BadHeader: return QStringLiteral("badHeader");
    case Status::NonFirstFragment: return QStringLiteral("nonFirstFragment");
    case Status::Fragmented: return QStringLiteral("fragmented");
    }
    return {};
}

QString UdpExtractor::linkTypeName(quint32 linkType)
{
    // https://www.tcpdump.org/linktypes.html
    static const struct
    {
        quint32 linkType;
        const char *name;
    } kNames[] = {
        {LinkNull, "BSD loopback"},
        {LinkEthernet, "Ethernet"},
        {6, "IEEE 802.5 Token Ring"},
        {8, "SLIP"},
        {9, "PPP"},
        {10, "FDDI"},
        {50, "PPP in HDLC-like framing"},
        {51, "PPPoE"},
        {LinkRaw, "raw IP"},
        {104, "Cisco HDLC"},
        {105, "IEEE 802.11"},
        {108, "OpenBSD loopback"},
        {LinkLinuxSll, "Linux cooked"},
        {119, "IEEE 802.11 Prism"},
        {127, "IEEE 802.11 radiotap"},
        {163, "IEEE 802.11 AVS"},
        {187, "Bluetooth HCI H4"},
        {189, "Linux USB"},
        {192, "PPI"},
        {195, "IEEE 802.15.4"},
        {201, "Bluetooth HCI H4 with pseudo-header"},
        {220, "Linux USB (memory-mapped)"},
        {LinkIpv4, "raw IPv4"},
        {229, "raw IPv6"},
        {231, "D-Bus"},
        {253, "Linux netlink"},
        {LinkLinuxSll2, "Linux cooked v2"},
    };
    for (const auto &entry : kNames) {
        if (entry.linkType == linkType)
            return QString::fromLatin1(entry.name);
    }
    if (linkType >= 147 && linkType <= 162)
        return QStringLiteral("user-defined");
    return {};
}

} // namespace mailslot::wire
