// Writes small pcapng captures of mailslot datagrams for the capture tests.
#pragma once

#include "core/wire/netbiosdatagram.h"
#include "core/netio/networksender.h"
#include "core/wire/pcapngwriter.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace capturefixture {

// Datagram i of a test capture: browse announcements, text messages and a malformed one in turn.
inline QByteArray datagram(int i)
{
    using mailslot::wire::NetbiosDatagram;
    using mailslot::wire::NetbiosName;
    const NetbiosName source("SENDER", 0x00);
    switch (i % 3) {
    case 0: {
        const QByteArray browse = QByteArray::fromHex("010060ea00004e4d42445045455200000000000000000601039a81000f0155aa")
                                  + QByteArray("comment ") + QByteArray::number(i) + '\0';
        return NetworkSender::buildDatagram(NetbiosDatagram::DirectGroup, quint16(i), 0x0A000001, 138, source,
                                            NetbiosName("WG", 0x1d), "\\MAILSLOT\\BROWSE", browse);
    }
    case 1:
        return NetworkSender::buildDatagram(NetbiosDatagram::DirectGroup, quint16(i), 0x0A000001, 138, source,
                                            NetbiosName("WG", 0x00), "\\MAILSLOT\\test\\text",
                                            QByteArray("message\t") + QByteArray::number(i) + "\n\xC3\xA9");
    default:
        return QByteArray("\x11\x02\x00\x01", 4) + QByteArray::number(i); // truncated header
    }
}

// Writes count datagrams (UDP 138 -> 138, 1 ms apart) and, every tenth frame, a UDP frame on
// another port that the decoders skip. False when the file cannot be written.
inline bool write(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    mailslot::wire::PcapngWriter writer(&file);
    const qint64 t0 = qint64(1795312171) * 1000000000;
    for (int i = 0; i < count; ++i) {
        if (i % 10 == 0 && !writer.writeUdp(0x0A000001, 5353, 0x0A0000FF, 5353, "other", t0 + qint64(i) * 1000000))
            return false;
        if (!writer.writeUdp(0x0A000001, 138, 0x0A0000FF, 138, datagram(i), t0 + qint64(i) * 1000000))
            return false;
    }
    return true;
}

} // namespace capturefixture
