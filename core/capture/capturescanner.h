// A capture file walked in place (mapped, no copies), for the fast listings: the frames of a
// little-endian pcapng file of one section (section header, interface, enhanced packet and
// unknown blocks) or of a little-endian classic pcap file, with the values PcapReader gives for
// them. At the first thing it does not read the way PcapReader does (another byte order, a
// second section, a simple packet block, any flaw of the file), it stops before that frame:
// the caller reads the rest with PcapReader (CaptureDecoder), which says what is wrong.
#pragma once

#include "core/wire/pcapreader.h"

#include <QByteArrayView>
#include <QFile>
#include <QList>
#include <QString>

#include <functional>

class CaptureScanner
{
public:
    struct Frame
    {
        quint32 linkType = 0;
        quint32 originalLength = 0;
        qint64 timestampNs = 0;
        QByteArrayView data; // the captured bytes, inside the mapped file
    };
    // Return false to stop.
    using Visitor = std::function<bool(const Frame &frame)>;

    CaptureScanner() = default;
    ~CaptureScanner();
    CaptureScanner(const CaptureScanner &) = delete;
    CaptureScanner &operator=(const CaptureScanner &) = delete;

    // Maps the file; false when it cannot be (then it is read the general way).
    bool open(const QString &path);
    // Hands each frame to visit, in file order, from the start; the number of frames handed on.
    qint64 scan(const Visitor &visit);
    // The frames before upTo (a pointer into the mapped file) are done with: their pages leave
    // this process's memory (Linux; read again from the page cache if touched), so that a
    // listing of a large file stays small.
    void release(const char *upTo);
    // After scan(): the whole file was read (not stopped by visit, nor at a block it leaves to
    // PcapReader).
    bool finished() const { return m_finished; }

private:
    qint64 scanPcap(const Visitor &visit);
    qint64 scanPcapng(const Visitor &visit);
    // The body of the pcapng block at offset (without type, length and trailing length), or an
    // empty view (and false) for a block PcapReader would refuse.
    bool blockAt(qsizetype offset, quint32 *type, QByteArrayView *body) const;

    QFile m_file;
    void *m_mapped = nullptr; // Linux: our own mapping (else QFile's)
    qsizetype m_released = 0; // bytes from the start given back (release())
    QByteArrayView m_bytes;
    QList<mailslot::wire::PcapReader::Interface> m_interfaces;
    bool m_finished = false;
};
