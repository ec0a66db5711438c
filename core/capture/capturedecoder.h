// Reads a pcap or pcapng file frame by frame (constant memory) and hands every UDP datagram to or
// from port 138 to a sink, parsed and decoded as the bridge would (delivered = false).
#pragma once

#include "core/stream/observeddatagram.h"
#include "core/wire/jsonlinewriter.h"
#include "core/wire/oemcodec.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>

namespace mailslot::wire {
class PcapReader;
struct UdpDatagram;
}

class QFile;

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
        qint64 fileSize = 0;    // the file's size when it was opened
        qint64 unsupportedFrames = 0;                // frames of a link type that cannot be read (in otherFrames too)
        QMap<quint32, qint64> unsupportedLinkTypes;  // those frames by link type
    };
    // Return false to stop reading.
    using Sink = std::function<bool(const ObservedDatagram &datagram)>;

    explicit CaptureDecoder(quint16 port = 138, mailslot::wire::OemCodePage codePage = mailslot::wire::OemCodePage::Cp437);
    ~CaptureDecoder();

    // Whether well-known slots are decoded (on by default; a listing that shows no decoded
    // field saves the time).
    void setDecoding(bool decode) { m_decoding = decode; }

    // False on a file that cannot be opened or read: errorString() names the file and the offset.
    bool decodeFile(const QString &path, const Sink &sink);

    // Reading in steps (for a reader driven by an event loop): open() resets stats() and
    // errorString(); each readSome() hands at most maxDatagrams datagrams to the sink and returns
    // true while more may follow (false at the end of the file, on an error, or when the sink
    // returned false); close() lets the file go.
    bool open(const QString &path);
    bool readSome(int maxDatagrams, const Sink &sink);
    bool atEnd() const { return m_atEnd; }
    bool hasError() const { return !m_error.isEmpty(); }
    void close();

    // Writes each datagram of the file as text (a listing): format() writes one datagram into a
    // writer and runs on `workers` threads at once (so it must only read the datagram); the
    // text reaches write() in chunks, in file order, datagram after datagram. Memory stays
    // bounded (a few chunks in flight). write() returning false stops the reading.
    // workers <= 0: one per processor.
    using Formatter = std::function<void(const ObservedDatagram &datagram, mailslot::wire::JsonLineWriter &out)>;
    using ChunkSink = std::function<bool(QByteArrayView chunk)>;
    bool formatFile(const QString &path, const Formatter &format, const ChunkSink &write, int workers = 0);
    QString errorString() const { return m_error; }
    // The Win32 code of the error: ERROR_FILE_NOT_FOUND or ERROR_ACCESS_DENIED when the file
    // cannot be opened, ERROR_INVALID_DATA when it is not a readable capture; 0 without an error.
    quint32 errorCode() const { return m_errorCode; }
    const Stats &stats() const { return m_stats; }

private:
    // Reads the file frame by frame (resetting stats() and errorString()); each UDP datagram to or
    // from the port goes to take(), which returns false to stop. False when the file cannot be
    // opened or read.
    using DatagramTaker = std::function<bool(mailslot::wire::UdpDatagram &datagram, qint64 timestampNs)>;
    bool readDatagrams(const QString &path, const DatagramTaker &take);
    // Takes up to maxDatagrams datagrams from the open file: true while more may follow.
    bool takeSome(qint64 maxDatagrams, const DatagramTaker &take);
    bool fail(const QString &path, const mailslot::wire::PcapReader &reader);

    quint16 m_port;
    mailslot::wire::OemCodePage m_codePage;
    bool m_decoding = true;
    Stats m_stats;
    QString m_error;
    quint32 m_errorCode = 0;
    // The file being read (between open() and close()).
    QString m_path;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<mailslot::wire::PcapReader> m_reader;
    bool m_atEnd = false;
};
