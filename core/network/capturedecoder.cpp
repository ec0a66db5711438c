#include "capturedecoder.h"

#include "pcapreader.h"
#include "udpextractor.h"

#include <QFile>

using namespace mailslot::net;

CaptureDecoder::CaptureDecoder(quint16 port, OemCodePage codePage) : m_port(port), m_codePage(codePage)
{
}

bool CaptureDecoder::decodeFile(const QString &path, const Sink &sink)
{
    m_stats = {};
    m_error.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return false;
    }
    PcapReader reader(&file);
    CaptureFrame frame;
    while (reader.readNext(frame)) {
        ++m_stats.frames;
        m_stats.bytesRead = file.pos();
        const UdpExtractor::Result udp = UdpExtractor::extract(frame.linkType, frame.data);
        if (!udp.ok() || (udp.datagram.destinationPort != m_port && udp.datagram.sourcePort != m_port)) {
            ++m_stats.otherFrames;
            continue;
        }
        ++m_stats.datagrams;
        const ObservedDatagram d =
            ObservedDatagram::fromUdp(udp.datagram.payload, frame.timestampNs, udp.datagram.sourceIp,
                                      udp.datagram.sourcePort, udp.datagram.destinationIp,
                                      udp.datagram.destinationPort, m_codePage);
        if (!sink(d))
            return true;
    }
    if (reader.hasError()) {
        m_error = tr("%1: not a readable capture file at byte offset %2: %3")
                      .arg(path)
                      .arg(reader.errorOffset())
                      .arg(reader.errorString());
        return false;
    }
    return true;
}
