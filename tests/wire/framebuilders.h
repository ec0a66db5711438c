// Link-layer frames and capture files for the UDP extraction tests (tests/wire and tests/netio):
// Ethernet (VLAN tags), Linux cooked v1/v2, IPv6 with extension headers, classic pcap files whose
// records may be shorter than their frames (a snap length).
#pragma once

#include <QByteArray>
#include <QList>
#include <QtEndian>

namespace framebuilders {

inline QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

inline QByteArray be16(quint16 value)
{
    char b[2];
    qToBigEndian(value, b);
    return QByteArray(b, 2);
}

inline QByteArray patched(QByteArray bytes, int offset, const QByteArray &with)
{
    bytes.replace(offset, with.size(), with);
    return bytes;
}

inline QByteArray ethernet(const QByteArray &ip, const QByteArray &tags = {}, quint16 type = 0x0800)
{
    return hex("ffffffffffff020000000001") + tags + be16(type) + ip;
}

inline QByteArray sll(const QByteArray &ip, quint16 type = 0x0800)
{
    return hex("0001000100060200000000010000") + be16(type) + ip;
}

inline QByteArray sll2(const QByteArray &ip, quint16 type = 0x0800)
{
    return be16(type) + hex("000000000003000106020000000001000000") + ip;
}

// A UDP header and payload (checksum 0, length from the payload).
inline QByteArray udp(quint16 sourcePort, quint16 destinationPort, const QByteArray &payload)
{
    return be16(sourcePort) + be16(destinationPort) + be16(quint16(8 + payload.size())) + be16(0) + payload;
}

// An IPv6 packet ::1 -> ::2 (hop limit 64): extension headers, then `rest`; firstNext is the
// header after the fixed one; payloadLength < 0: the length of what follows.
inline QByteArray ipv6(quint8 firstNext, const QByteArray &rest, int payloadLength = -1)
{
    const int length = payloadLength < 0 ? int(rest.size()) : payloadLength;
    return hex("60000000") + be16(quint16(length)) + QByteArray(1, char(firstNext)) + QByteArray(1, char(64))
        + QByteArray(15, '\0') + '\x01' + QByteArray(15, '\0') + '\x02' + rest;
}

struct Record
{
    QByteArray data;
    quint32 originalLength = 0; // 0: data.size()
};

// A classic little-endian microsecond pcap file; record i is stamped 2025-01-01T00:00:00Z + i ms.
inline QByteArray pcap(quint32 linkType, const QList<Record> &records)
{
    QByteArray out;
    const auto u32 = [&out](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    u32(0xA1B2C3D4);
    u32(0x00040002); // version 2.4
    u32(0);
    u32(0);
    u32(65535);
    u32(linkType);
    for (qsizetype i = 0; i < records.size(); ++i) {
        u32(1735689600 + quint32(i / 1000));
        u32(quint32(i % 1000) * 1000);
        u32(quint32(records[i].data.size()));
        u32(records[i].originalLength ? records[i].originalLength : quint32(records[i].data.size()));
        out.append(records[i].data);
    }
    return out;
}

} // namespace framebuilders
