#include "core/wire/pcapngwriter.h"

#include "core/wire/bytereader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace mailslot::wire {

namespace {
void appendPadded(QByteArray &out, QByteArrayView data)
{
    out.append(data);
    out.append((4 - data.size() % 4) % 4, '\0');
}

QByteArray block(quint32 type, const QByteArray &body)
{
    QByteArray out;
    const auto total = quint32(12 + body.size());
    appendU32le(out, type);
    appendU32le(out, total);
    out.append(body);
    appendU32le(out, total);
    return out;
}
} // namespace

PcapngWriter::PcapngWriter(QIODevice *device, LinkType linkType) : m_device(device), m_linkType(linkType) {}

bool PcapngWriter::write(const QByteArray &bytes)
{
    if (!m_device || !m_device->isWritable()) {
        m_error = QCoreApplication::translate("PcapngWriter", "The capture device is not open for writing");
        return false;
    }
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        return false;
    }
    return true;
}

bool PcapngWriter::writeHeader()
{
    if (m_headerWritten)
        return true;
    QByteArray shb;
    appendU32le(shb, 0x1A2B3C4D);
    appendU16le(shb, 1);
    appendU16le(shb, 0);
    appendU32le(shb, 0xFFFFFFFF); // section length unknown (-1)
    appendU32le(shb, 0xFFFFFFFF);
    appendU16le(shb, 0); // opt_endofopt
    appendU16le(shb, 0);
    QByteArray idb;
    appendU16le(idb, m_linkType);
    appendU16le(idb, 0);
    appendU32le(idb, 0); // snaplen: no limit
    appendU16le(idb, 9); // if_tsresol
    appendU16le(idb, 1);
    appendPadded(idb, QByteArrayView("\x09", 1));
    appendU16le(idb, 0);
    appendU16le(idb, 0);
    if (!write(block(0x0A0D0D0A, shb) + block(1, idb)))
        return false;
    m_headerWritten = true;
    return true;
}

bool PcapngWriter::writeFrame(QByteArrayView frame, qint64 timestampNs, QByteArrayView comment)
{
    if (!writeHeader())
        return false;
    if (comment.size() > 0xFFFF) {
        m_error = QCoreApplication::translate("PcapngWriter", "Packet comment too long (%1 bytes, at most 65535)")
                      .arg(comment.size());
        return false;
    }
    QByteArray epb;
    const auto ticks = quint64(timestampNs);
    appendU32le(epb, 0);
    appendU32le(epb, quint32(ticks >> 32));
    appendU32le(epb, quint32(ticks & 0xFFFFFFFF));
    appendU32le(epb, quint32(frame.size()));
    appendU32le(epb, quint32(frame.size()));
    appendPadded(epb, frame);
    if (!comment.isEmpty()) {
        appendU16le(epb, kOptComment);
        appendU16le(epb, quint16(comment.size()));
        appendPadded(epb, comment);
        appendU16le(epb, 0); // opt_endofopt
        appendU16le(epb, 0);
    }
    return write(block(6, epb));
}

bool PcapngWriter::writeUdp(quint32 sourceIp, quint16 sourcePort, quint32 destinationIp, quint16 destinationPort,
                            QByteArrayView payload, qint64 timestampNs, QByteArrayView comment)
{
    const QByteArray ip = buildIpv4Udp(sourceIp, sourcePort, destinationIp, destinationPort, payload, m_nextIpId++);
    if (ip.isEmpty()) {
        m_error = QCoreApplication::translate("PcapngWriter", "UDP payload too large");
        return false;
    }
    return writeFrame(m_linkType == Ethernet ? buildEthernet(ip, destinationIp) : ip, timestampNs, comment);
}

quint16 PcapngWriter::internetChecksum(QByteArrayView data, quint32 initialSum)
{
    quint64 sum = initialSum;
    qsizetype i = 0;
    for (; i + 1 < data.size(); i += 2)
        sum += (quint32(quint8(data[i])) << 8) | quint8(data[i + 1]);
    if (i < data.size())
        sum += quint32(quint8(data[i])) << 8;
    while (sum >> 16)
        sum = (sum & 0xFFFF) + (sum >> 16);
    return quint16(~sum & 0xFFFF);
}

QByteArray PcapngWriter::buildIpv4Udp(quint32 sourceIp, quint16 sourcePort, quint32 destinationIp,
                                      quint16 destinationPort, QByteArrayView payload, quint16 ipId)
{
    if (payload.size() > 65507)
        return {};
    const auto udpLength = quint16(8 + payload.size());
    QByteArray udp;
    appendU16be(udp, sourcePort);
    appendU16be(udp, destinationPort);
    appendU16be(udp, udpLength);
    appendU16be(udp, 0);
    udp.append(payload);
    quint32 pseudo = (sourceIp >> 16) + (sourceIp & 0xFFFF) + (destinationIp >> 16) + (destinationIp & 0xFFFF) + 17
        + udpLength;
    quint16 udpSum = internetChecksum(udp, pseudo);
    if (udpSum == 0)
        udpSum = 0xFFFF;
    udp[6] = char(udpSum >> 8);
    udp[7] = char(udpSum & 0xFF);

    QByteArray ip;
    appendU8(ip, 0x45);
    appendU8(ip, 0);
    appendU16be(ip, quint16(20 + udp.size()));
    appendU16be(ip, ipId);
    appendU16be(ip, 0); // flags + fragment offset
    appendU8(ip, 64);   // TTL
    appendU8(ip, 17);   // UDP
    appendU16be(ip, 0);
    appendU32be(ip, sourceIp);
    appendU32be(ip, destinationIp);
    const quint16 ipSum = internetChecksum(ip);
    ip[10] = char(ipSum >> 8);
    ip[11] = char(ipSum & 0xFF);
    return ip + udp;
}

QByteArray PcapngWriter::buildEthernet(QByteArrayView ipv4Packet, quint32 destinationIp)
{
    QByteArray frame;
    if ((destinationIp & 0xFF) == 0xFF)
        frame.append(6, char(0xFF));
    else
        frame.append("\x02\x00\x00\x00\x00\x02", 6);
    frame.append("\x02\x00\x00\x00\x00\x01", 6);
    appendU16be(frame, 0x0800);
    frame.append(ipv4Packet);
    return frame;
}

} // namespace mailslot::wire
