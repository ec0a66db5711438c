#include "core/capture/capturescanner.h"

#include "core/wire/pcapreader.h"

#include <QFileInfo>
#include <QtEndian>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

using mailslot::wire::PcapReader;

namespace {
constexpr qsizetype kPcapHeader = 24;
constexpr qsizetype kPcapRecordHeader = 16;

quint16 u16(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.data() + at);
}

quint32 u32(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.data() + at);
}
} // namespace

bool CaptureScanner::open(const QString &path)
{
    m_file.setFileName(path);
    // A regular file only (a FIFO or a device is read once, the general way).
    if (!QFileInfo(path).isFile() || !m_file.open(QIODevice::ReadOnly) || m_file.size() < 4)
        return false;
#ifdef Q_OS_LINUX
    void *map = ::mmap(nullptr, std::size_t(m_file.size()), PROT_READ, MAP_PRIVATE, m_file.handle(), 0);
    if (map == MAP_FAILED)
        return false;
    m_mapped = map;
    ::madvise(map, std::size_t(m_file.size()), MADV_SEQUENTIAL);
#else
    const uchar *map = m_file.map(0, m_file.size());
    if (!map)
        return false;
#endif
    m_bytes = QByteArrayView(static_cast<const char *>(static_cast<const void *>(map)), m_file.size());
    return true;
}

CaptureScanner::~CaptureScanner()
{
#ifdef Q_OS_LINUX
    if (m_mapped)
        ::munmap(m_mapped, std::size_t(m_bytes.size()));
#endif
}

void CaptureScanner::release(const char *upTo)
{
#ifdef Q_OS_LINUX
    constexpr qsizetype kStep = 32 * 1024 * 1024; // a multiple of the page size
    const qsizetype end = (upTo - m_bytes.data()) / kStep * kStep;
    if (m_mapped && end > m_released) {
        ::madvise(static_cast<char *>(m_mapped) + m_released, std::size_t(end - m_released), MADV_DONTNEED);
        m_released = end;
    }
#else
    Q_UNUSED(upTo);
#endif
}

qint64 CaptureScanner::scan(const Visitor &visit)
{
    m_finished = false;
    if (m_bytes.size() < 4)
        return 0;
    const quint32 magic = u32(m_bytes, 0);
    if (magic == PcapReader::ShbType)
        return scanPcapng(visit);
    if (magic == PcapReader::PcapMagicMicro || magic == PcapReader::PcapMagicNano)
        return scanPcap(visit);
    return 0; // PcapReader says what it is
}

qint64 CaptureScanner::scanPcap(const Visitor &visit)
{
    if (m_bytes.size() < kPcapHeader || u16(m_bytes, 4) != 2)
        return 0;
    const bool nanosecond = u32(m_bytes, 0) == PcapReader::PcapMagicNano;
    const quint32 linkType = u32(m_bytes, 20) & 0xFFFF;
    qint64 frames = 0;
    qsizetype at = kPcapHeader;
    while (at < m_bytes.size()) {
        if (m_bytes.size() - at < kPcapRecordHeader)
            return frames;
        const quint32 included = u32(m_bytes, at + 8);
        if (included > PcapReader::MaxRecordSize
            || qsizetype(included) > m_bytes.size() - at - kPcapRecordHeader)
            return frames;
        const quint32 fraction = u32(m_bytes, at + 4);
        Frame frame;
        frame.linkType = linkType;
        frame.originalLength = u32(m_bytes, at + 12);
        frame.timestampNs = qint64(u32(m_bytes, at)) * 1000000000LL + (nanosecond ? qint64(fraction) : qint64(fraction) * 1000);
        frame.data = m_bytes.sliced(at + kPcapRecordHeader, included);
        at += kPcapRecordHeader + included;
        ++frames;
        if (!visit(frame))
            return frames;
    }
    m_finished = true;
    return frames;
}

bool CaptureScanner::blockAt(qsizetype offset, quint32 *type, QByteArrayView *body) const
{
    if (m_bytes.size() - offset < 12)
        return false;
    const quint32 total = u32(m_bytes, offset + 4);
    if (total < 12 || total % 4 != 0 || total > PcapReader::MaxRecordSize
        || qsizetype(total) > m_bytes.size() - offset || u32(m_bytes, offset + total - 4) != total)
        return false;
    *type = u32(m_bytes, offset);
    *body = m_bytes.sliced(offset + 8, total - 12);
    return true;
}

qint64 CaptureScanner::scanPcapng(const Visitor &visit)
{
    quint32 type = 0;
    QByteArrayView body;
    // The section header: little-endian, version 1.
    if (!blockAt(0, &type, &body) || body.size() < 16 || u32(body, 0) != PcapReader::ByteOrderMagic || u16(body, 4) != 1)
        return 0;
    qint64 frames = 0;
    for (qsizetype at = 8 + body.size() + 4; at < m_bytes.size(); at += 12 + body.size()) {
        if (!blockAt(at, &type, &body) || type == PcapReader::ShbType || type == PcapReader::SpbType)
            return frames;
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
