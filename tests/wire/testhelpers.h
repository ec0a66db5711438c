// Helpers shared by the net/ tests: hex literals, capture file builders, datagram builders.
#pragma once

#include "core/wire/netbiosdatagram.h"
#include "core/wire/netbiosname.h"
#include "core/wire/smbmailslotwrite.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

namespace testhelpers {

inline QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

inline QString sharedCaptures()
{
    return QStringLiteral(MAILSLOT_TEST_SHARED_DIR "/captures");
}

// A complete UDP payload: NetBIOS datagram 0x11 from SENDER<00> to WORKGROUP<1d> with a mailslot write.
inline QByteArray mailslotDatagram(const QByteArray &slot, const QByteArray &payload, bool pad = true)
{
    using namespace mailslot::wire;
    SmbMailslotWrite w(slot, payload);
    w.setPadToFourBytes(pad);
    NetbiosDatagram d;
    d.setMsgType(NetbiosDatagram::DirectGroup);
    d.setDgmId(0x4242);
    d.setSourceIp(0x0A000001);
    d.setSourceName(NetbiosName("SENDER", 0x00));
    d.setDestinationName(NetbiosName("WORKGROUP", 0x1D));
    d.setUserData(w.encode());
    return d.encode();
}

// Endian-aware integer appenders for building capture files.
struct Writer
{
    bool bigEndian = false;
    QByteArray bytes;
    void u16(quint16 v)
    {
        char b[2];
        if (bigEndian)
            qToBigEndian(v, b);
        else
            qToLittleEndian(v, b);
        bytes.append(b, 2);
    }
    void u32(quint32 v)
    {
        char b[4];
        if (bigEndian)
            qToBigEndian(v, b);
        else
            qToLittleEndian(v, b);
        bytes.append(b, 4);
    }
    void raw(const QByteArray &b) { bytes.append(b); }
    void pad4() { bytes.append((4 - bytes.size() % 4) % 4, '\0'); }
};

struct PcapRecord
{
    quint32 seconds = 0;
    quint32 fraction = 0;
    QByteArray data;
};

inline QByteArray classicPcap(bool bigEndian, bool nano, quint32 linkType, const QList<PcapRecord> &records)
{
    Writer w{bigEndian, {}};
    w.u32(nano ? 0xA1B23C4D : 0xA1B2C3D4);
    w.u16(2);
    w.u16(4);
    w.u32(0);
    w.u32(0);
    w.u32(262144);
    w.u32(linkType);
    for (const PcapRecord &r : records) {
        w.u32(r.seconds);
        w.u32(r.fraction);
        w.u32(quint32(r.data.size()));
        w.u32(quint32(r.data.size()));
        w.raw(r.data);
    }
    return w.bytes;
}

inline QByteArray pcapngBlock(bool bigEndian, quint32 type, const QByteArray &body)
{
    Writer w{bigEndian, {}};
    w.u32(type);
    w.u32(quint32(12 + body.size()));
    w.raw(body);
    w.u32(quint32(12 + body.size()));
    return w.bytes;
}

inline QByteArray pcapngShb(bool bigEndian)
{
    Writer w{bigEndian, {}};
    w.u32(0x1A2B3C4D);
    w.u16(1);
    w.u16(0);
    w.u32(0xFFFFFFFF);
    w.u32(0xFFFFFFFF);
    return pcapngBlock(bigEndian, 0x0A0D0D0A, w.bytes);
}

// tsresol < 0: no if_tsresol option (microseconds).
inline QByteArray pcapngIdb(bool bigEndian, quint16 linkType, int tsresol = -1)
{
    Writer w{bigEndian, {}};
    w.u16(linkType);
    w.u16(0);
    w.u32(0);
    if (tsresol >= 0) {
        w.u16(9);
        w.u16(1);
        w.raw(QByteArray(1, char(tsresol)));
        w.pad4();
    }
    w.u16(0);
    w.u16(0);
    return pcapngBlock(bigEndian, 1, w.bytes);
}

inline QByteArray pcapngEpb(bool bigEndian, quint32 iface, quint64 ticks, const QByteArray &data)
{
    Writer w{bigEndian, {}};
    w.u32(iface);
    w.u32(quint32(ticks >> 32));
    w.u32(quint32(ticks & 0xFFFFFFFF));
    w.u32(quint32(data.size()));
    w.u32(quint32(data.size()));
    w.raw(data);
    w.pad4();
    return pcapngBlock(bigEndian, 6, w.bytes);
}

inline QByteArray pcapngSpb(bool bigEndian, const QByteArray &data)
{
    Writer w{bigEndian, {}};
    w.u32(quint32(data.size()));
    w.raw(data);
    w.pad4();
    return pcapngBlock(bigEndian, 3, w.bytes);
}

} // namespace testhelpers
