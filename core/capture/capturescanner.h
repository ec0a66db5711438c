// A capture file walked in large windows read from it (no per-frame copies), for the fast
// listings: the frames of a little-endian pcapng file of one section (section header, interface,
// enhanced packet and unknown blocks) or of a little-endian classic pcap file, with the values
// PcapReader gives for them. At the first thing it does not read the way PcapReader does (another
// byte order, a second section, a simple packet block, any flaw of the file, a file that ends
// early or shrinks while it is read), it stops before that frame: the caller reads the rest with
// PcapReader (CaptureDecoder), which says what is wrong.
//
// The file is read, not mapped: a file that another program truncates meanwhile only ends
// sooner (a mapping would kill the process with SIGBUS on the pages that went away).
#pragma once

#include "core/wire/pcapreader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QList>
#include <QString>

#include <deque>
#include <functional>

class CaptureScanner
{
public:
    static constexpr qsizetype kDefaultWindowBytes = 1024 * 1024;

    struct Frame
    {
        quint32 linkType = 0;
        quint32 originalLength = 0;
        qint64 timestampNs = 0;
        QByteArrayView data; // the captured bytes, inside a window (valid until release() passes it)
    };
    // Return false to stop.
    using Visitor = std::function<bool(const Frame &frame)>;

    // windowBytes: how much is read at once (a record larger than that gets a window of its own).
    explicit CaptureScanner(qsizetype windowBytes = kDefaultWindowBytes);
    CaptureScanner(const CaptureScanner &) = delete;
    CaptureScanner &operator=(const CaptureScanner &) = delete;

    // Opens the file; false when it cannot be walked this way (then it is read the general way).
    bool open(const QString &path);
    // Hands each frame to visit, in file order, from the start; the number of frames handed on.
    qint64 scan(const Visitor &visit);
    // The frames before upTo (a pointer into a frame handed on) are done with: the windows wholly
    // before the one that holds it are freed, so that a listing of a large file stays small.
    void release(const char *upTo);
    // After scan(): the whole file was read (not stopped by visit, nor at a block it leaves to
    // PcapReader, nor by a file that ended inside a record).
    bool finished() const { return m_finished; }
    // Windows held now (for the tests: release() frees them).
    qsizetype windowsHeld() const { return qsizetype(m_windows.size()); }

private:
    // True when the current window holds `bytes` bytes from *at; else reads a new window that
    // starts at *at (the bytes left of the current one carried over) and sets *at to 0. False when
    // the file ends first.
    bool have(qsizetype *at, qsizetype bytes);
    QByteArrayView window() const { return m_windows.back(); }
    qint64 scanPcap(const Visitor &visit);
    qint64 scanPcapng(const Visitor &visit);
    // The body of the pcapng block at *at (without type, length and trailing length), or false for
    // a block PcapReader would refuse or the file does not hold whole; *at may move (have()).
    bool blockAt(qsizetype *at, quint32 *type, QByteArrayView *body);

    qsizetype m_windowBytes;
    QFile m_file;
    std::deque<QByteArray> m_windows; // in file order; the last is the one being walked
    QList<mailslot::wire::PcapReader::Interface> m_interfaces;
    bool m_finished = false;
};
