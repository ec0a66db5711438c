// Reads a pcap or pcapng file frame by frame (constant memory) and hands every UDP datagram to or
// from port 138 to a sink, parsed and decoded as the bridge would (delivered = false).
#pragma once

#include "observeddatagram.h"
#include "oemcodec.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class CaptureDecoder
{
    Q_DECLARE_TR_FUNCTIONS(CaptureDecoder)

public:
    struct Stats
    {
        qint64 frames = 0;     // frames in the file
        qint64 datagrams = 0;  // UDP 138 datagrams handed to the sink
        qint64 otherFrames = 0; // not IPv4/UDP 138, or fragments
        qint64 bytesRead = 0;   // file position after the last frame read (for progress)
    };
    // Return false to stop reading.
    using Sink = std::function<bool(const ObservedDatagram &datagram)>;

    explicit CaptureDecoder(quint16 port = 138, mailslot::net::OemCodePage codePage = mailslot::net::OemCodePage::Cp437);

    // False on a file that cannot be opened or read: errorString() names the file and the offset.
    bool decodeFile(const QString &path, const Sink &sink);
    QString errorString() const { return m_error; }
    const Stats &stats() const { return m_stats; }

private:
    quint16 m_port;
    mailslot::net::OemCodePage m_codePage;
    Stats m_stats;
    QString m_error;
};
