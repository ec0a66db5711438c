// Streaming reader of classic pcap and pcapng capture files (constant memory, frame by frame).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace mailslot::wire {

struct CaptureFrame
{
    qint64 index = 0;          // 0-based frame number in the file
    qint64 fileOffset = 0;     // byte offset of the record / block
    quint32 linkType = 0;      // LINKTYPE_* of the frame's interface
    quint32 interfaceId = 0;   // pcapng interface (0 for classic pcap)
    bool hasTimestamp = true;  // false for pcapng Simple Packet Blocks
    qint64 timestampNs = 0;    // nanoseconds since the Unix epoch (UTC)
    quint32 originalLength = 0;
    QByteArray data;           // captured bytes
    QList<QByteArray> comments; // pcapng: the packet's opt_comment options (UTF-8), in file order

    qint64 msecsSinceEpoch() const { return timestampNs / 1000000; }
    QDateTime timestampUtc() const { return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch(), Qt::UTC); }
};

class PcapReader
{
public:
    enum class Format { Unknown, Pcap, Pcapng };
    // Records or blocks larger than this are rejected (bounds the memory used).
    static constexpr quint32 MaxRecordSize = 16 * 1024 * 1024;
    // Magic numbers and pcapng block types.
    static constexpr quint32 PcapMagicMicro = 0xA1B2C3D4;
    static constexpr quint32 PcapMagicNano = 0xA1B23C4D;
    static constexpr quint32 ShbType = 0x0A0D0D0A;
    static constexpr quint32 ByteOrderMagic = 0x1A2B3C4D;
    static constexpr quint32 IdbType = 1;
    static constexpr quint32 SpbType = 3;
    static constexpr quint32 EpbType = 6;

    // A pcapng interface: its link type and how its timestamps count.
    struct Interface
    {
        quint32 linkType = 0;
        quint64 unitsPerSecond = 1000000; // if_tsresol
        bool powerOfTwo = false;
        quint8 resolutionExponent = 6;
        qint64 offsetSeconds = 0;        // if_tsoffset
    };
    enum class InterfaceProblem { None, TooShort, BadResolution, BadOptionLength };
    // An interface description block's body (after type and length, without the trailing
    // length), in the section's byte order; the first problem found, or None and *iface.
    static InterfaceProblem readInterface(QByteArrayView body, bool bigEndian, Interface *iface);
    // A timestamp of the interface in ns since the Unix epoch (saturated to qint64).
    static qint64 toNanoseconds(const Interface &iface, quint64 ticks);

    // The device must be open for reading; the reader does not own it.
    explicit PcapReader(QIODevice *device);

    // Reads the file header; readNext() calls it when needed. False on error.
    bool open();
    // Next frame; false at the end of the file or on error (then hasError() is true).
    bool readNext(CaptureFrame &frame);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 errorOffset() const { return m_errorOffset; }
    bool atEnd() const { return m_atEnd; }
    Format format() const { return m_format; }
    bool isNanosecond() const { return m_nanosecond; } // classic pcap only
    // Classic pcap: the file's link type; pcapng: the interfaces seen so far.
    QList<quint32> interfaceLinkTypes() const;

private:

    bool fail(const QString &message, qint64 offset);
    bool readExact(QByteArray &out, qint64 size);
    bool readPcapHeader(const QByteArray &first4);
    bool readPcapRecord(CaptureFrame &frame);
    bool readPcapngBlock(CaptureFrame &frame, bool &gotFrame);
    // The steps of a pcapng block: its head (type and length; for a section header also the
    // byte-order magic, which sets m_bigEndian), then its body (without type, length and the
    // trailing length, which is checked); false at the end of the file or on an error.
    bool readBlockHead(QByteArray &head, bool first, qint64 blockOffset);
    bool readBlockBody(const QByteArray &head, qint64 blockOffset, QByteArray &body);
    bool parseEnhancedPacket(const QByteArray &body, qint64 blockOffset, CaptureFrame &frame);
    // The options of a block from pos on, each to take() (code, where its value starts, its
    // length) until opt_endofopt or the end. False when take() refuses one, or when an option runs
    // past the block (then *badLength).
    using OptionTaker = std::function<bool(quint16 code, qsizetype pos, quint16 length)>;
    static bool readOptions(QByteArrayView body, qsizetype pos, bool bigEndian, const OptionTaker &take, bool *badLength);
    // The opt_comment options of a packet block, from pos on (options cut short end the list).
    void readPacketComments(const QByteArray &body, qsizetype pos, CaptureFrame &frame) const;
    bool parseSimplePacket(const QByteArray &body, qint64 blockOffset, CaptureFrame &frame);
    bool parseSectionHeader(const QByteArray &body, qint64 blockOffset);
    bool parseInterface(const QByteArray &body, qint64 blockOffset);
    quint16 u16(const char *p) const;
    quint32 u32(const char *p) const;

    QIODevice *m_device = nullptr;
    Format m_format = Format::Unknown;
    bool m_opened = false;
    bool m_bigEndian = false;
    bool m_nanosecond = false;
    bool m_atEnd = false;
    quint32 m_pcapLinkType = 0;
    qint64 m_offset = 0;
    qint64 m_index = 0;
    QList<Interface> m_interfaces;
    QString m_error;
    qint64 m_errorOffset = -1;
};

} // namespace mailslot::wire
