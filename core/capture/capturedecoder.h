// Reads a pcap or pcapng file frame by frame (constant memory) and hands every UDP datagram to or
// from port 138 to a sink, parsed and decoded as the bridge would (delivered = false). Every UDP
// datagram with the port at either end is handed on, in file order: one whose IP/UDP framing is
// odd (an IP fragment, a frame cut by the capture, a bad length) is malformed with that reason,
// its bytes decoded as far as the frame holds them.
#pragma once

#include "core/stream/observeddatagram.h"
#include "core/wire/jsonlinewriter.h"
#include "core/wire/oemcodec.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QFile;

namespace mailslot::wire {
class PcapReader;
struct CaptureFrame;
struct UdpDatagram;
}

class CaptureDecoder
{
    Q_DECLARE_TR_FUNCTIONS(CaptureDecoder)

public:
    struct Stats
    {
        qint64 frames = 0;      // frames read so far
        qint64 datagrams = 0;   // UDP datagrams of the port handed to the sink
        qint64 otherFrames = 0; // no UDP datagram of the port (other traffic, non-first fragments)
        qint64 bytesRead = 0;   // file position after the last frame read (progress: bytesRead / fileSize)
        qint64 fileSize = 0;    // the file's size when it was opened
        qint64 unsupportedFrames = 0;                // frames of a link type that cannot be read (in otherFrames too)
        QMap<quint32, qint64> unsupportedLinkTypes;  // those frames by link type
    };
    // Return false to stop reading.
    using Sink = std::function<bool(const ObservedDatagram &datagram)>;

    // codePage: of messenger texts and names (default: the user's locale's OEM code page).
    explicit CaptureDecoder(quint16 port = 138,
                            std::optional<mailslot::wire::OemCodePage> codePage = std::nullopt);
    ~CaptureDecoder();
    CaptureDecoder(const CaptureDecoder &) = delete;
    CaptureDecoder &operator=(const CaptureDecoder &) = delete;

    // Whether well-known slots are decoded (on by default; a listing that shows no decoded
    // field saves the time).
    void setDecoding(bool decode) { m_decoding = decode; }
    mailslot::wire::OemCodePage codePage() const { return m_codePage; }
    // The first frames of the file are read past at open(), neither counted nor handed on (a
    // fast listing that read them already goes on from there).
    void setSkippedFrames(qint64 frames) { m_skippedFrames = frames; }

    // Step by step (for a reader driven by an event loop): open() the file (false: errorString()
    // names it and why; stats() restart), then readSome() until it returns false, then close().
    bool open(const QString &path);
    // Reads up to maxDatagrams datagrams into sink, in file order. So that one step stays short
    // it also returns after reading kMaxFramesPerStep frames without as many datagrams (a file of
    // other traffic). Returns false at the end of the file or on an error (hasError(); the
    // datagrams read before it were handed on), true while there may be more to read; sink
    // returning false ends the step at once (true: the next step goes on after that datagram).
    bool readSome(int maxDatagrams, const Sink &sink);
    bool atEnd() const { return m_atEnd; }
    bool hasError() const { return !m_error.isEmpty(); }
    void close();
    static constexpr qint64 kMaxFramesPerStep = 65536;

    // The whole file at once. False on a file that cannot be opened or read: errorString() names
    // the file and the offset.
    bool decodeFile(const QString &path, const Sink &sink);

    // Writes each datagram of the file as text (a listing): format() writes one datagram into a
    // writer and runs on `workers` threads of a QThreadPool at once (so it must only read the
    // datagram); the text reaches write() in chunks, in file order, datagram after datagram.
    // Memory stays bounded (a few chunks in flight). write() returning false stops the reading.
    // workers <= 0: one per processor.
    using Formatter = std::function<void(const ObservedDatagram &datagram, mailslot::wire::JsonLineWriter &out)>;
    using ChunkSink = std::function<bool(QByteArrayView chunk)>;
    bool formatFile(const QString &path, const Formatter &format, const ChunkSink &write, int workers = 0);
    QString errorString() const { return m_error; }
    // The Win32 code of the error: ERROR_FILE_NOT_FOUND or ERROR_ACCESS_DENIED when the file
    // cannot be opened, ERROR_INVALID_DATA when it is not a readable capture; 0 without an error.
    quint32 errorCode() const { return m_errorCode; }
    const Stats &stats() const { return m_stats; }

    // One extracted UDP datagram as a listed datagram: parsed, decoded (the well-known slots,
    // when decode), and malformed with the datagram's framing flaw, if it has one.
    // comments: the frame's pcapng comments (a saved session's metadata among them).
    static ObservedDatagram observe(const mailslot::wire::UdpDatagram &udp, qint64 timestampNs,
                                    mailslot::wire::OemCodePage codePage, bool decode,
                                    const QList<QByteArray> &comments = {});

private:
    // Reads frames until take() has had maxDatagrams datagrams of the port, returned false, or
    // kMaxFramesPerStep frames were read; false at the end of the file or on an error.
    using DatagramTaker = std::function<bool(mailslot::wire::UdpDatagram &datagram, mailslot::wire::CaptureFrame &frame)>;
    bool readDatagrams(qint64 maxDatagrams, const DatagramTaker &take);

    quint16 m_port;
    mailslot::wire::OemCodePage m_codePage;
    bool m_decoding = true;
    qint64 m_skippedFrames = 0;
    Stats m_stats;
    QString m_error;
    quint32 m_errorCode = 0;
    QString m_path;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<mailslot::wire::PcapReader> m_reader;
    bool m_atEnd = true;
};
