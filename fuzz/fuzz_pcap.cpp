// libFuzzer target: capture files (pcap and pcapng, every link type) and the IPv4/IPv6 UDP
// extraction, frames cut by a snap length among them.
#include "core/wire/pcapreader.h"
#include "core/wire/udpextractor.h"

#include <QBuffer>

#include <cstdlib>

using namespace mailslot::wire;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    PcapReader reader(&buffer);
    if (!reader.open())
        return 0;
    CaptureFrame frame;
    int frames = 0;
    while (reader.readNext(frame)) {
        if (frame.data.size() > qsizetype(size) || ++frames > 100000)
            std::abort();
        const UdpExtractor::Result udp = UdpExtractor::extract(frame.linkType, frame.data, frame.originalLength);
        if (udp.ok() && (udp.datagram.payload.size() > frame.data.size() || !frame.data.contains(udp.datagram.payload)))
            std::abort();
        // A frame the capture did not cut is never said to be cut.
        if (udp.datagram.malformed == MalformedReason::CaptureTruncated && frame.originalLength <= frame.data.size())
            std::abort();
    }
    return 0;
}
