// Writes UDP datagrams as a pcapng file (SHB, one IDB, EPBs) that Wireshark/tshark can open. A
// packet may carry a comment (the EPB's opt_comment option, UTF-8), which Wireshark shows as the
// frame's comment (frame.comment) and every pcapng reader may skip.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace mailslot::wire {

class PcapngWriter
{
public:
    enum LinkType : quint16 { Ethernet = 1, RawIpv4 = 101 };
    static constexpr quint16 kOptComment = 1; // opt_comment: a UTF-8 comment on a block

    // The device must be open for writing; the writer does not own it.
    explicit PcapngWriter(QIODevice *device, LinkType linkType = RawIpv4);

    // Section header + interface description (if_tsresol = 9: nanoseconds). Called by the
    // first write when needed.
    bool writeHeader();
    // One IPv4/UDP packet (header checksums filled) in an Enhanced Packet Block.
    bool writeUdp(quint32 sourceIp, quint16 sourcePort, quint32 destinationIp, quint16 destinationPort,
                  QByteArrayView payload, qint64 timestampNs, QByteArrayView comment = {});
    // One frame of the writer's link type (with opt_comment when comment is not empty; a comment
    // over 65535 bytes is refused).
    bool writeFrame(QByteArrayView frame, qint64 timestampNs, QByteArrayView comment = {});

    LinkType linkType() const { return m_linkType; }
    QString errorString() const { return m_error; }

    // IPv4 header (DF clear, TTL 64, given id) + UDP header with checksum + payload.
    // Empty when the payload exceeds 65507 bytes.
    static QByteArray buildIpv4Udp(quint32 sourceIp, quint16 sourcePort, quint32 destinationIp, quint16 destinationPort,
                                   QByteArrayView payload, quint16 ipId = 0);
    // Ethernet II frame: destination ff:ff:ff:ff:ff:ff for broadcast-looking addresses (last
    // octet 255), else 02:00:00:00:00:02; source 02:00:00:00:00:01.
    static QByteArray buildEthernet(QByteArrayView ipv4Packet, quint32 destinationIp);
    // RFC 1071 one's complement sum, folded and complemented.
    static quint16 internetChecksum(QByteArrayView data, quint32 initialSum = 0);

private:
    bool write(const QByteArray &bytes);

    QIODevice *m_device = nullptr;
    LinkType m_linkType = RawIpv4;
    bool m_headerWritten = false;
    quint16 m_nextIpId = 1;
    QString m_error;
};

} // namespace mailslot::wire
