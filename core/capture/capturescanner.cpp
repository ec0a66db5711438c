#include "core/capture/capturescanner.h"

#include "core/wire/pcapreader.h"

#include <QFileInfo>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <functional>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

using mailslot::wire::PcapReader;

namespace {
constexpr qsizetype kPcapHeader = 24;
constexpr qsizetype kPcapRecordHeader = 16;
constexpr qsizetype kBlockOverhead = 12; // pcapng: type, length, trailing length

quint16 u16(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.data() + at);
}

quint32 u32(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.data() + at);
}
} // namespace

CaptureScanner::CaptureScanner(qsizetype windowBytes) : m_windowBytes(std::max<qsizetype>(windowBytes, 1))
{
}

bool CaptureScanner::open(const QString &path)
{
    m_file.setFileName(path);
    // A regular file only (a FIFO or a device is read once, the general way).
    if (!QFileInfo(path).isFile() || !m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
#ifdef Q_OS_LINUX
    ::posix_fadvise(m_file.handle(), 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    m_windows.clear();
    m_windows.emplace_back(); // empty: the first have() reads
    return true;
}

bool CaptureScanner::have(qsizetype *at, qsizetype bytes)
{
    const QByteArrayView current = window();
    if (current.size() - *at >= bytes)
        return true;
    const qsizetype carried = current.size() - *at;
    QByteArray next(std::max(m_windowBytes, bytes), Qt::Uninitialized);
    if (carried > 0) // (the first window has no data at all)
        std::memcpy(next.data(), current.data() + *at, std::size_t(carried));
    qsizetype filled = carried;
    while (filled < next.size()) {
        const qint64 n = m_file.read(next.data() + filled, next.size() - filled);
        if (n <= 0)
            break; // the end of the file (or an error: PcapReader, reading the rest, reports it)
        filled += qsizetype(n);
    }
    if (filled == carried)
        return false; // nothing more: the current window stays
    next.truncate(filled);
    m_windows.push_back(std::move(next));
    *at = 0;
    return filled >= bytes;
}

void CaptureScanner::release(const char *upTo)
{
    // The window that holds upTo (a frame's end may be its window's end); those before it go.
    const auto holds = [upTo](const QByteArray &w) {
        return !std::less<const char *>()(upTo, w.constData()) && !std::less<const char *>()(w.constData() + w.size(), upTo);
    };
    const auto it = std::find_if(m_windows.cbegin(), m_windows.cend(), holds);
    if (it != m_windows.cend())
        m_windows.erase(m_windows.cbegin(), it);
}

qint64 CaptureScanner::scan(const Visitor &visit)
{
    m_finished = false;
    if (m_windows.empty())
        return 0; // not open
    qsizetype at = 0;
    if (!have(&at, 4))
        return 0;
    const quint32 magic = u32(window(), at);
    if (magic == PcapReader::ShbType)
        return scanPcapng(visit);
    if (magic == PcapReader::PcapMagicMicro || magic == PcapReader::PcapMagicNano)
        return scanPcap(visit);
    return 0; // PcapReader says what it is
}

qint64 CaptureScanner::scanPcap(const Visitor &visit)
{
    qsizetype at = 0;
    if (!have(&at, kPcapHeader) || u16(window(), at + 4) != 2)
        return 0;
    const bool nanosecond = u32(window(), at) == PcapReader::PcapMagicNano;
    const quint32 linkType = u32(window(), at + 20) & 0xFFFF;
    at += kPcapHeader;
    qint64 frames = 0;
    while (have(&at, 1)) {
        if (!have(&at, kPcapRecordHeader))
            return frames;
        const quint32 included = u32(window(), at + 8);
        if (included > PcapReader::MaxRecordSize || !have(&at, kPcapRecordHeader + qsizetype(included)))
            return frames;
        const QByteArrayView w = window();
        const quint32 fraction = u32(w, at + 4);
        Frame frame;
        frame.linkType = linkType;
        frame.originalLength = u32(w, at + 12);
        frame.timestampNs = qint64(u32(w, at)) * 1000000000LL + (nanosecond ? qint64(fraction) : qint64(fraction) * 1000);
        frame.data = w.sliced(at + kPcapRecordHeader, included);
        at += kPcapRecordHeader + included;
        ++frames;
        if (!visit(frame))
            return frames;
    }
    m_finished = true;
    return frames;
}

bool CaptureScanner::blockAt(qsizetype *at, quint32 *type, QByteArrayView *body)
{
    if (!have(at, kBlockOverhead))
        return false;
    const quint32 total = u32(window(), *at + 4);
    if (total < kBlockOverhead || total % 4 != 0 || total > PcapReader::MaxRecordSize || !have(at, qsizetype(total)))
        return false;
    const QByteArrayView w = window();
    if (u32(w, *at + total - 4) != total)
        return false;
    *type = u32(w, *at);
    *body = w.sliced(*at + 8, total - kBlockOverhead);
    return true;
}

qint64 CaptureScanner::scanPcapng(const Visitor &visit)
{
    qsizetype at = 0;
    quint32 type = 0;
    QByteArrayView body;
    // The section header: little-endian, version 1.
    if (!blockAt(&at, &type, &body) || body.size() < 16 || u32(body, 0) != PcapReader::ByteOrderMagic || u16(body, 4) != 1)
        return 0;
    at += kBlockOverhead + body.size();
    qint64 frames = 0;
    while (have(&at, 1)) {
        if (!blockAt(&at, &type, &body) || type == PcapReader::ShbType || type == PcapReader::SpbType)
            return frames;
        at += kBlockOverhead + body.size(); // body stays valid: the window changes only in have()
        if (type == PcapReader::IdbType) {
            PcapReader::Interface iface;
            if (PcapReader::readInterface(body, false, &iface) != PcapReader::InterfaceProblem::None)
                return frames;
            m_interfaces.append(iface);
            continue;
        }
        if (type != PcapReader::EpbType)
            continue; // skipped, as PcapReader does
        if (body.size() < 20)
            return frames;
        const quint32 interfaceId = u32(body, 0);
        const quint32 captured = u32(body, 12);
        if (captured > quint32(body.size() - 20) || interfaceId >= quint32(m_interfaces.size()))
            return frames;
        Frame frame;
        const PcapReader::Interface &iface = m_interfaces.at(interfaceId);
        frame.linkType = iface.linkType;
        frame.originalLength = u32(body, 16);
        frame.timestampNs = PcapReader::toNanoseconds(iface, (quint64(u32(body, 4)) << 32) | u32(body, 8));
        frame.data = body.sliced(20, captured);
        ++frames;
        if (!visit(frame))
            return frames;
    }
    m_finished = true;
    return frames;
}
