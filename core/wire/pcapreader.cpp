#include "core/wire/pcapreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <limits>

namespace mailslot::wire {

namespace {
constexpr quint32 kPcapMagicMicro = PcapReader::PcapMagicMicro;
constexpr quint32 kPcapMagicNano = PcapReader::PcapMagicNano;
constexpr quint32 kShbType = PcapReader::ShbType;
constexpr quint32 kByteOrderMagic = PcapReader::ByteOrderMagic;

QString hex(quint32 v) { return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0')); }

quint16 u16In(const char *p, bool bigEndian)
{
    return bigEndian ? qFromBigEndian<quint16>(p) : qFromLittleEndian<quint16>(p);
}

quint32 u32In(const char *p, bool bigEndian)
{
    return bigEndian ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p);
}
} // namespace

PcapReader::PcapReader(QIODevice *device) : m_device(device) {}

QList<quint32> PcapReader::interfaceLinkTypes() const
{
    if (m_format == Format::Pcap)
        return {m_pcapLinkType};
    QList<quint32> types;
    for (const Interface &i : m_interfaces)
        types.append(i.linkType);
    return types;
}

bool PcapReader::fail(const QString &message, qint64 offset)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorOffset = offset;
    }
    return false;
}

bool PcapReader::readExact(QByteArray &out, qint64 size)
{
    out.resize(size);
    qint64 got = 0;
    while (got < size) {
        const qint64 n = m_device->read(out.data() + got, size - got);
        if (n <= 0)
            break;
        got += n;
    }
    m_offset += got;
    out.resize(got);
    return got == size;
}

quint16 PcapReader::u16(const char *p) const
{
    return u16In(p, m_bigEndian);
}

quint32 PcapReader::u32(const char *p) const
{
    return u32In(p, m_bigEndian);
}

bool PcapReader::open()
{
    if (m_opened)
        return !hasError();
    m_opened = true;
    if (!m_device || !m_device->isReadable())
        return fail(QCoreApplication::translate("PcapReader", "The capture device is not open for reading"), 0);
    QByteArray magic;
    if (!readExact(magic, 4)) {
        if (magic.isEmpty())
            return fail(QCoreApplication::translate("PcapReader", "Empty file: not a capture file"), 0);
        return fail(QCoreApplication::translate("PcapReader", "Truncated capture file header at offset %1").arg(m_offset), m_offset);
    }
    const quint32 le = qFromLittleEndian<quint32>(magic.constData());
    if (le == kShbType) {
        m_format = Format::Pcapng;
        return true; // the SHB is read as the first block
    }
    return readPcapHeader(magic);
}

bool PcapReader::readPcapHeader(const QByteArray &first4)
{
    const quint32 le = qFromLittleEndian<quint32>(first4.constData());
    const quint32 be = qFromBigEndian<quint32>(first4.constData());
    if (le == kPcapMagicMicro || le == kPcapMagicNano) {
        m_bigEndian = false;
        m_nanosecond = le == kPcapMagicNano;
    } else if (be == kPcapMagicMicro || be == kPcapMagicNano) {
        m_bigEndian = true;
        m_nanosecond = be == kPcapMagicNano;
    } else {
        return fail(QCoreApplication::translate("PcapReader", "Not a capture file (unknown magic %1 at offset 0)").arg(hex(be)), 0);
    }
    m_format = Format::Pcap;
    QByteArray rest;
    if (!readExact(rest, 20))
        return fail(QCoreApplication::translate("PcapReader", "Truncated pcap file header at offset %1").arg(m_offset), m_offset);
    const quint16 major = u16(rest.constData());
    if (major != 2)
        return fail(QCoreApplication::translate("PcapReader", "Unsupported pcap version %1").arg(major), 4);
    m_pcapLinkType = u32(rest.constData() + 16) & 0xFFFF;
    return true;
}

bool PcapReader::readNext(CaptureFrame &frame)
{
    if (!open() || hasError() || m_atEnd)
        return false;
    if (m_format == Format::Pcap)
        return readPcapRecord(frame);
    bool gotFrame = false;
    while (!gotFrame) {
        if (!readPcapngBlock(frame, gotFrame))
            return false;
    }
    return true;
}

bool PcapReader::readPcapRecord(CaptureFrame &frame)
{
    const qint64 recordOffset = m_offset;
    QByteArray header;
    if (!readExact(header, 16)) {
        if (header.isEmpty()) {
            m_atEnd = true;
            return false;
        }
        return fail(QCoreApplication::translate("PcapReader", "Truncated pcap record header at offset %1").arg(recordOffset), recordOffset);
    }
    const quint32 seconds = u32(header.constData());
    const quint32 fraction = u32(header.constData() + 4);
    const quint32 included = u32(header.constData() + 8);
    const quint32 original = u32(header.constData() + 12);
    if (included > MaxRecordSize)
        return fail(QCoreApplication::translate("PcapReader", "pcap record at offset %1 claims %2 bytes (corrupt file)").arg(recordOffset).arg(included),
                    recordOffset);
    frame = CaptureFrame{};
    if (!readExact(frame.data, included))
        return fail(QCoreApplication::translate("PcapReader", "Truncated pcap record data at offset %1 (record at offset %2)").arg(m_offset).arg(recordOffset),
                    m_offset);
    frame.index = m_index++;
    frame.fileOffset = recordOffset;
    frame.linkType = m_pcapLinkType;
    frame.originalLength = original;
    frame.timestampNs = qint64(seconds) * 1000000000LL + (m_nanosecond ? qint64(fraction) : qint64(fraction) * 1000);
    return true;
}

qint64 PcapReader::toNanoseconds(const Interface &iface, quint64 ticks)
{
    __int128 ns;
    if (iface.powerOfTwo) {
        ns = (__int128(ticks) * 1000000000) >> iface.resolutionExponent;
    } else if (iface.unitsPerSecond >= 1000000000ULL) {
        ns = __int128(ticks) / __int128(iface.unitsPerSecond / 1000000000ULL);
    } else {
        ns = __int128(ticks) * __int128(1000000000ULL / iface.unitsPerSecond);
    }
    ns += __int128(iface.offsetSeconds) * 1000000000;
    if (ns > std::numeric_limits<qint64>::max())
        return std::numeric_limits<qint64>::max();
    if (ns < std::numeric_limits<qint64>::min())
        return std::numeric_limits<qint64>::min();
    return qint64(ns);
}

bool PcapReader::parseSectionHeader(const QByteArray &body, qint64 blockOffset)
{
    // body: after type and length: BOM(4) major(2) minor(2) section length(8) options
    if (body.size() < 16)
        return fail(QCoreApplication::translate("PcapReader", "Section header block at offset %1 is too short").arg(blockOffset), blockOffset);
    const quint16 major = u16(body.constData() + 4);
    if (major != 1)
        return fail(QCoreApplication::translate("PcapReader", "Unsupported pcapng version %1 at offset %2").arg(major).arg(blockOffset), blockOffset);
    m_interfaces.clear();
    return true;
}

bool PcapReader::readOptions(QByteArrayView body, qsizetype pos, bool bigEndian, const OptionTaker &take, bool *badLength)
{
    while (pos + 4 <= body.size()) {
        const quint16 code = u16In(body.data() + pos, bigEndian);
        const quint16 length = u16In(body.data() + pos + 2, bigEndian);
        pos += 4;
        if (code == 0)
            break;
        if (length > body.size() - pos) {
            *badLength = true;
            return false;
        }
        if (!take(code, pos, length))
            return false;
        pos += (length + 3) & ~3;
    }
    return true;
}

PcapReader::InterfaceProblem PcapReader::readInterface(QByteArrayView body, bool bigEndian, Interface *iface)
{
    if (body.size() < 8)
        return InterfaceProblem::TooShort;
    *iface = Interface{};
    iface->linkType = u16In(body.data(), bigEndian);
    bool badResolution = false;
    bool badLength = false;
    readOptions(body, 8, bigEndian, [&](quint16 code, qsizetype pos, quint16 length) {
        if (code == 9 && length >= 1) { // if_tsresol
            const auto v = quint8(body[pos]);
            const quint8 exponent = v & 0x7F;
            badResolution = exponent > ((v & 0x80) ? 63 : 18);
            if (badResolution)
                return false;
            iface->powerOfTwo = v & 0x80;
            iface->resolutionExponent = exponent;
            quint64 units = 1;
            for (int i = 0; !iface->powerOfTwo && i < exponent; ++i)
                units *= 10;
            if (!iface->powerOfTwo)
                iface->unitsPerSecond = units;
        } else if (code == 14 && length >= 8) { // if_tsoffset
            const quint64 hi = u32In(body.data() + pos + (bigEndian ? 0 : 4), bigEndian);
            const quint64 lo = u32In(body.data() + pos + (bigEndian ? 4 : 0), bigEndian);
            iface->offsetSeconds = qint64((hi << 32) | lo);
        }
        return true;
    }, &badLength);
    if (badResolution)
        return InterfaceProblem::BadResolution;
    return badLength ? InterfaceProblem::BadOptionLength : InterfaceProblem::None;
}

bool PcapReader::parseInterface(const QByteArray &body, qint64 blockOffset)
{
    Interface iface;
    switch (readInterface(body, m_bigEndian, &iface)) {
    case InterfaceProblem::TooShort:
        return fail(QCoreApplication::translate("PcapReader", "Interface description block at offset %1 is too short").arg(blockOffset), blockOffset);
    case InterfaceProblem::BadResolution:
        return fail(QCoreApplication::translate("PcapReader", "Unsupported if_tsresol in block at offset %1").arg(blockOffset), blockOffset);
    case InterfaceProblem::BadOptionLength:
        return fail(QCoreApplication::translate("PcapReader", "Bad option length in interface block at offset %1").arg(blockOffset), blockOffset);
    case InterfaceProblem::None:
        break;
    }
    m_interfaces.append(iface);
    return true;
}

bool PcapReader::readPcapngBlock(CaptureFrame &frame, bool &gotFrame)
{
    gotFrame = false;
    const bool first = m_offset == 4 && m_index == 0 && m_interfaces.isEmpty();
    const qint64 blockOffset = first ? 0 : m_offset;
    QByteArray head;
    QByteArray body;
    if (!readBlockHead(head, first, blockOffset) || !readBlockBody(head, blockOffset, body))
        return false;
    switch (u32(head.constData())) {
    case kShbType:
        return parseSectionHeader(body, blockOffset);
    case IdbType:
        return parseInterface(body, blockOffset);
    case EpbType:
        gotFrame = parseEnhancedPacket(body, blockOffset, frame);
        return gotFrame;
    case SpbType:
        gotFrame = parseSimplePacket(body, blockOffset, frame);
        return gotFrame;
    default:
        return true; // unknown block: skipped
    }
}

bool PcapReader::readBlockHead(QByteArray &head, bool first, qint64 blockOffset)
{
    if (first) {
        head = QByteArray("\x0A\x0D\x0D\x0A", 4);
        QByteArray more;
        if (!readExact(more, 8))
            return fail(QCoreApplication::translate("PcapReader", "Truncated pcapng section header at offset %1").arg(m_offset), m_offset);
        head.append(more);
    } else {
        if (!readExact(head, 8)) {
            if (head.isEmpty()) {
                m_atEnd = true;
                return false;
            }
            return fail(QCoreApplication::translate("PcapReader", "Truncated pcapng block header at offset %1").arg(blockOffset), blockOffset);
        }
    }
    if (u32(head.constData()) != kShbType) // the same bytes in either byte order
        return true;
    if (!first) {
        QByteArray bom;
        if (!readExact(bom, 4))
            return fail(QCoreApplication::translate("PcapReader", "Truncated pcapng section header at offset %1").arg(blockOffset), blockOffset);
        head.append(bom);
    }
    const quint32 bomLe = qFromLittleEndian<quint32>(head.constData() + 8);
    if (bomLe == kByteOrderMagic)
        m_bigEndian = false;
    else if (qFromBigEndian<quint32>(head.constData() + 8) == kByteOrderMagic)
        m_bigEndian = true;
    else
        return fail(first ? QCoreApplication::translate("PcapReader", "Not a capture file (pcapng byte-order magic missing at offset 8)")
                          : QCoreApplication::translate("PcapReader", "Bad pcapng byte-order magic at offset %1").arg(blockOffset + 8),
                    blockOffset + 8);
    return true;
}

bool PcapReader::readBlockBody(const QByteArray &head, qint64 blockOffset, QByteArray &body)
{
    const quint32 totalLength = u32(head.constData() + 4);
    const qint64 headerRead = head.size();
    if (totalLength < 12 || totalLength % 4 != 0 || totalLength < headerRead + 4)
        return fail(QCoreApplication::translate("PcapReader", "Bad pcapng block length %1 at offset %2").arg(totalLength).arg(blockOffset), blockOffset);
    if (totalLength > MaxRecordSize)
        return fail(QCoreApplication::translate("PcapReader", "pcapng block at offset %1 claims %2 bytes (corrupt file)").arg(blockOffset).arg(totalLength),
                    blockOffset);
    QByteArray rest;
    if (!readExact(rest, totalLength - headerRead))
        return fail(QCoreApplication::translate("PcapReader", "Truncated pcapng block at offset %1 (file ends at offset %2)").arg(blockOffset).arg(m_offset),
                    m_offset);
    const quint32 trailer = u32(rest.constData() + rest.size() - 4);
    if (trailer != totalLength)
        return fail(QCoreApplication::translate("PcapReader", "pcapng block at offset %1: trailing length %2 differs from %3")
                        .arg(blockOffset).arg(trailer).arg(totalLength),
                    blockOffset);
    // body: everything after type+length, without the trailing length
    body = head.mid(8) + rest.left(rest.size() - 4);
    return true;
}

bool PcapReader::parseEnhancedPacket(const QByteArray &body, qint64 blockOffset, CaptureFrame &frame)
{
    if (body.size() < 20)
        return fail(QCoreApplication::translate("PcapReader", "Enhanced packet block at offset %1 is too short").arg(blockOffset), blockOffset);
    const quint32 ifaceId = u32(body.constData());
    const quint64 ticks = (quint64(u32(body.constData() + 4)) << 32) | u32(body.constData() + 8);
    const quint32 captured = u32(body.constData() + 12);
    const quint32 original = u32(body.constData() + 16);
    if (captured > quint32(body.size() - 20))
        return fail(QCoreApplication::translate("PcapReader", "Enhanced packet block at offset %1: captured length %2 exceeds the block")
                        .arg(blockOffset).arg(captured),
                    blockOffset);
    if (ifaceId >= quint32(m_interfaces.size()))
        return fail(QCoreApplication::translate("PcapReader", "Enhanced packet block at offset %1 refers to unknown interface %2").arg(blockOffset).arg(ifaceId),
                    blockOffset);
    const Interface &iface = m_interfaces.at(ifaceId);
    frame = CaptureFrame{};
    frame.index = m_index++;
    frame.fileOffset = blockOffset;
    frame.linkType = iface.linkType;
    frame.interfaceId = ifaceId;
    frame.originalLength = original;
    frame.timestampNs = toNanoseconds(iface, ticks);
    frame.data = body.mid(20, captured);
    readPacketComments(body, 20 + ((qsizetype(captured) + 3) & ~qsizetype(3)), frame);
    return true;
}

void PcapReader::readPacketComments(const QByteArray &body, qsizetype pos, CaptureFrame &frame) const
{
    // Options cut short end the list: the packet itself is whole, its options are only extras.
    bool badLength = false;
    readOptions(body, pos, m_bigEndian, [&](quint16 code, qsizetype at, quint16 length) {
        if (code == 1) // opt_comment
            frame.comments.append(body.mid(at, length));
        return true;
    }, &badLength);
}

bool PcapReader::parseSimplePacket(const QByteArray &body, qint64 blockOffset, CaptureFrame &frame)
{
    if (body.size() < 4)
        return fail(QCoreApplication::translate("PcapReader", "Simple packet block at offset %1 is too short").arg(blockOffset), blockOffset);
    if (m_interfaces.isEmpty())
        return fail(QCoreApplication::translate("PcapReader", "Simple packet block at offset %1 without an interface").arg(blockOffset), blockOffset);
    const quint32 original = u32(body.constData());
    frame = CaptureFrame{};
    frame.index = m_index++;
    frame.fileOffset = blockOffset;
    frame.linkType = m_interfaces.first().linkType;
    frame.originalLength = original;
    frame.hasTimestamp = false;
    frame.data = body.mid(4, qMin<qsizetype>(original, body.size() - 4));
    return true;
}

} // namespace mailslot::wire
