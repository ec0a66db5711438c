#include "core/wire/udpextractor.h"

#include "core/wire/bytereader.h"

#include <algorithm>

namespace mailslot::wire {

namespace {
constexpr quint16 kEtherTypeIpv4 = 0x0800;
constexpr quint16 kEtherTypeIpv6 = 0x86DD;
constexpr quint16 kEtherTypeVlan = 0x8100;
constexpr quint16 kEtherTypeQinQ = 0x88A8;
constexpr quint16 kEtherTypeVlan9100 = 0x9100;
constexpr quint16 kMaxEthernetLength = 1500; // below: an 802.3 length, not an EtherType
constexpr quint8 kProtocolUdp = 17;
constexpr qsizetype kUdpHeader = 8;
constexpr qsizetype kIpv6Header = 40;
constexpr int kMaxHeaders = 16; // VLAN tags, IPv6 extension headers: more is not a real frame

using Status = UdpExtractor::Status;
using Result = UdpExtractor::Result;

Result status(Status s)
{
    Result r;
    r.status = s;
    return r;
}

// The UDP datagram in an IP payload. present: the IP payload bytes the frame holds (cut at the
// IP length); claimed: the IP payload length the IP header states; fragment: a first fragment;
// missing: bytes of the frame the capture left out.
// As Wireshark does, a UDP length beyond the IP payload (or below 8) is not trusted: the IP
// payload is taken instead.
void fromUdp(QByteArrayView present, qsizetype claimed, bool fragment, qsizetype missing, Result &result)
{
    const ByteReader u(present);
    const auto sourcePort = u.u16be(0);
    const auto destinationPort = u.u16be(2);
    if (!sourcePort || !destinationPort) {
        result = status(Status::Truncated);
        return;
    }
    const auto udpLength = u.u16be(4);
    const bool lengthFits = udpLength && *udpLength >= kUdpHeader && *udpLength <= claimed;
    const qsizetype extent = lengthFits ? qsizetype(*udpLength) : claimed;
    const qsizetype have = std::min(extent, present.size());
    UdpDatagram &d = result.datagram;
    d.sourcePort = *sourcePort;
    d.destinationPort = *destinationPort;
    if (have > kUdpHeader)
        d.payload = present.sliced(kUdpHeader, have - kUdpHeader).toByteArray();
    if (fragment)
        d.malformed = MalformedReason::IpFragment;
    else if (have < extent)
        d.malformed = missing > 0 ? MalformedReason::CaptureTruncated : MalformedReason::BadIpLength;
    else if (!lengthFits)
        d.malformed = MalformedReason::BadUdpLength;
    result.status = Status::Ok;
}

Result fromIp(QByteArrayView packet, qsizetype missing)
{
    const auto version = ByteReader(packet).u8(0);
    if (!version)
        return status(Status::Truncated);
    if ((*version >> 4) == 6)
        return UdpExtractor::extractFromIpv6(packet, missing);
    return UdpExtractor::extractFromIpv4(packet, missing);
}

Result fromEtherType(quint16 type, QByteArrayView frame, qsizetype offset, qsizetype missing)
{
    if (offset > frame.size())
        return status(Status::Truncated);
    if (type == kEtherTypeIpv4)
        return UdpExtractor::extractFromIpv4(frame.sliced(offset), missing);
    if (type == kEtherTypeIpv6)
        return UdpExtractor::extractFromIpv6(frame.sliced(offset), missing);
    return status(Status::NotIp);
}

Result fromEthernet(QByteArrayView frame, qsizetype missing)
{
    const ByteReader r(frame);
    qsizetype pos = 12;
    auto type = r.u16be(pos);
    for (int tags = 0; type && tags < kMaxHeaders
                       && (*type == kEtherTypeVlan || *type == kEtherTypeQinQ || *type == kEtherTypeVlan9100);
         ++tags) {
        pos += 4;
        type = r.u16be(pos);
    }
    if (!type)
        return status(Status::Truncated);
    if (*type <= kMaxEthernetLength) {
        // 802.3 with an LLC/SNAP header (AA AA 03, OUI 00 00 00) and then the EtherType.
        const QByteArrayView snap = r.mid(pos + 2, 6);
        if (snap.size() < 6)
            return status(Status::Truncated);
        if (snap != QByteArrayView("\xAA\xAA\x03\x00\x00\x00", 6))
            return status(Status::NotIp);
        pos += 8;
        type = r.u16be(pos);
        if (!type)
            return status(Status::Truncated);
    }
    return fromEtherType(*type, frame, pos + 2, missing);
}

// BSD loopback: the address family, in the capturing host's order (Null) or network order (Loop).
Result fromLoopback(QByteArrayView frame, qsizetype missing, bool networkOrderOnly)
{
    const ByteReader r(frame);
    const auto be = r.u32be(0);
    if (!be)
        return status(Status::Truncated);
    const quint32 le = *r.u32le(0);
    const auto is = [&](quint32 family) { return *be == family || (!networkOrderOnly && le == family); };
    if (is(2)) // AF_INET
        return UdpExtractor::extractFromIpv4(frame.sliced(4), missing);
    // AF_INET6: 24 (NetBSD, OpenBSD), 28 (FreeBSD), 30 (macOS), 10 (Linux).
    if (is(24) || is(28) || is(30) || is(10))
        return UdpExtractor::extractFromIpv6(frame.sliced(4), missing);
    return status(Status::NotIp);
}
} // namespace

Result UdpExtractor::extract(quint32 linkType, QByteArrayView frame, quint32 originalLength)
{
    const qsizetype cut = std::max<qsizetype>(0, qsizetype(originalLength) - frame.size()); // bytes the capture left out
    const ByteReader r(frame);
    switch (linkType) {
    case LinkEthernet:
        return fromEthernet(frame, cut);
    case LinkLinuxSll: {
        const auto type = r.u16be(14);
        if (!type)
            return status(Status::Truncated);
        return fromEtherType(*type, frame, 16, cut);
    }
    case LinkLinuxSll2: {
        const auto type = r.u16be(0);
        if (!type || frame.size() < 20)
            return status(Status::Truncated);
        return fromEtherType(*type, frame, 20, cut);
    }
    case LinkRaw:
    case LinkIpv4: // as Wireshark's IPv4 dissector: version 6 goes to IPv6
        return fromIp(frame, cut);
    case LinkIpv6:
        return extractFromIpv6(frame, cut);
    case LinkNull:
        return fromLoopback(frame, cut, false);
    case LinkLoop:
        return fromLoopback(frame, cut, true);
    default:
        return status(Status::UnsupportedLinkType);
    }
}

Result UdpExtractor::extractFromIpv4(QByteArrayView packet, qsizetype missing)
{
    const ByteReader r(packet);
    const auto versionIhl = r.u8(0);
    if (!versionIhl)
        return status(Status::Truncated);
    if ((*versionIhl >> 4) != 4)
        return status(Status::NotIp);
    const qsizetype headerLength = qsizetype(*versionIhl & 0x0F) * 4;
    if (headerLength < 20)
        return status(Status::BadHeader);
    if (packet.size() < headerLength)
        return status(Status::Truncated);
    qsizetype totalLength = *r.u16be(2);
    if (totalLength == 0) // TCP segmentation offload: the length was left to the hardware; as Wireshark,
        totalLength = packet.size() + missing; // the packet's length on the wire
    const quint16 fragment = *r.u16be(6);
    if (totalLength < headerLength)
        return status(Status::BadHeader);
    if (*r.u8(9) != kProtocolUdp)
        return status(Status::NotUdp);
    if ((fragment & 0x1FFF) != 0)
        return status(Status::NonFirstFragment);
    Result result;
    result.datagram.sourceIp = *r.u32be(12);
    result.datagram.destinationIp = *r.u32be(16);
    result.datagram.ttl = *r.u8(8);
    const QByteArrayView present = packet.sliced(headerLength, std::min(totalLength, packet.size()) - headerLength);
    fromUdp(present, totalLength - headerLength, (fragment & 0x2000) != 0, missing, result);
    return result;
}

Result UdpExtractor::extractFromIpv6(QByteArrayView packet, qsizetype missing)
{
    const ByteReader r(packet);
    const auto version = r.u8(0);
    if (version && (*version >> 4) != 6)
        return status(Status::NotIp);
    if (packet.size() < kIpv6Header)
        return status(Status::Truncated);
    // 0 (a jumbogram, or a segmentation offload): no payload, as Wireshark reads it.
    const qsizetype end = kIpv6Header + *r.u16be(4);
    quint8 next = *r.u8(6);
    qsizetype pos = kIpv6Header;
    bool fragment = false;
    for (int i = 0; next != kProtocolUdp; ++i) {
        const auto following = r.u8(pos);
        const auto length = r.u8(pos + 1);
        if (i == kMaxHeaders || !(next == 0 || next == 43 || next == 44 || next == 51 || next == 60))
            return status(Status::NotUdp);
        if (!following || !length)
            return status(Status::Truncated);
        if (next == 44) { // fragment header: offset and M flag
            const auto offsetFlags = r.u16be(pos + 2);
            if (!offsetFlags)
                return status(Status::Truncated);
            if ((*offsetFlags >> 3) != 0)
                return status(Status::NonFirstFragment);
            fragment = *offsetFlags & 1;
            pos += 8;
        } else {
            pos += next == 51 ? (qsizetype(*length) + 2) * 4 : (qsizetype(*length) + 1) * 8; // AH counts 4-byte units
        }
        next = *following;
    }
    if (pos > end)
        return status(Status::BadHeader);
    if (pos > packet.size())
        return status(Status::Truncated);
    Result result;
    result.datagram.ttl = *r.u8(7);
    result.datagram.ipv6 = true;
    std::copy_n(packet.data() + 8, 16, result.datagram.sourceIpv6.begin());
    std::copy_n(packet.data() + 24, 16, result.datagram.destinationIpv6.begin());
    const QByteArrayView present = packet.sliced(pos, std::min(end, packet.size()) - pos);
    fromUdp(present, end - pos, fragment, missing, result);
    return result;
}

QString UdpExtractor::statusKey(Status s)
{
    switch (s) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::UnsupportedLinkType: return QStringLiteral("unsupportedLinkType");
    case Status::NotIp: return QStringLiteral("notIp");
    case Status::NotUdp: return QStringLiteral("notUdp");
    case Status::Truncated: return QStringLiteral("truncated");
    case Status::BadHeader: return QStringLiteral("badHeader");
    case Status::NonFirstFragment: return QStringLiteral("nonFirstFragment");
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
