// One UDP-138 datagram as the bridge (or a capture file) saw it: the parsed NetBIOS/SMB fields,
// where it came from, whether it was delivered into a local slot, and the decoded payload.
//
// As Wireshark keeps a frame, a datagram keeps its bytes and a few typed fields; the parsed header
// and the decoded payload are worked out again from the bytes whenever they are asked for (the
// codec is pure and fast), so that a stream of millions of rows does not hold a parsed and a
// decoded copy of each (see parsed() and decoded()).
#pragma once

#include "core/wire/decodedpayload.h"
#include "core/wire/jsonlinewriter.h"
#include "core/wire/oemcodec.h"
#include "core/wire/parseddatagram.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>

#include <optional>

struct ObservedDatagram
{
    Q_DECLARE_TR_FUNCTIONS(ObservedDatagram)

public:
    // (Members in an order that leaves no padding: a stream holds one datagram in each network
    // row. What few datagrams have, their delivery slot, comments and IPv6 addresses, is behind
    // one shared pointer, null when there is none of it.)
    qint64 timestampNs = 0;    // receive (or capture) time, ns since the Unix epoch (UTC)
    quint32 sourceIp = 0;      // UDP source (with sourcePort)
    quint32 destinationIp = 0; // 0 when unknown
    QByteArray raw;            // the whole UDP payload (as far as the capture holds it)
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    bool delivered = false;

    // The local slot, when delivered (else empty).
    QString deliveredTo() const { return m_rare ? m_rare->deliveredTo : QString(); }
    void setDeliveredTo(const QString &slot);
    // Capture files: the frame's pcapng comments (see core/formats/CAPTURE-FORMAT.md).
    QList<QByteArray> comments() const { return m_rare ? m_rare->comments : QList<QByteArray>(); }
    void setComments(const QList<QByteArray> &comments);
    // Whether the datagram holds any of those (or IPv6 addresses): for tests of what a row costs.
    bool hasRareFields() const { return bool(m_rare); }

    // IPv6 datagrams (capture files): the 16-byte addresses (empty for IPv4; the IPv4 fields are 0 then).
    QByteArray sourceIpv6() const;
    bool isIpv6Source() const;
    QByteArray destinationIpv6() const;
    // Each 16 bytes or empty.
    void setIpv6(const QByteArray &source, const QByteArray &destination);

    // One UDP payload, to be parsed and decoded (the slot's well-known decoder, if any and wanted,
    // in codePage) when asked.
    static ObservedDatagram fromUdp(const QByteArray &udpPayload, qint64 timestampNs, quint32 sourceIp,
                                    quint16 sourcePort, quint32 destinationIp, quint16 destinationPort,
                                    mailslot::wire::OemCodePage codePage = mailslot::wire::OemCodePage::Cp437,
                                    bool decodeWellKnown = true);

    // The NetBIOS/SMB fields of raw, parsed now (malformed: the frame's flaw when it has one, see
    // setFrameFlaw()). Each call parses again: a caller that reads several fields keeps the result.
    mailslot::wire::ParsedDatagram parsed() const;
    // The well-known slot's decoded payload, decoded now from parsed(): also for a malformed
    // datagram whose payload was read; none when the slot has no decoder or decoding was not wanted.
    std::optional<mailslot::wire::DecodedPayload> decoded() const;
    // The same from parsed(), when the caller has it already.
    std::optional<mailslot::wire::DecodedPayload> decoded(const mailslot::wire::ParsedDatagram &parsed) const;
    // Both at once (one parse).
    struct Expanded
    {
        mailslot::wire::ParsedDatagram parsed;
        std::optional<mailslot::wire::DecodedPayload> decoded;
    };
    Expanded expanded() const;
    // Whether parsed() is a well-formed mailslot write: without parsing again when the parse was
    // noted (a row built from the datagram notes the parse it was built from).
    bool isMailslotWrite() const { return m_parseNoted ? m_mailslotWrite : parsed().isMailslotWrite(); }
    // Notes this datagram's parsed() (raw and the frame flaw as they are now) for isMailslotWrite().
    void noteParsed(const mailslot::wire::ParsedDatagram &parsed)
    {
        m_mailslotWrite = parsed.isMailslotWrite();
        m_parseNoted = true;
    }
    // Capture files: the IP/UDP framing's flaw (a fragment, a cut frame...), which explains
    // whatever else is wrong: parsed().malformed says it instead of the parser's reason.
    void setFrameFlaw(mailslot::wire::MalformedReason flaw)
    {
        m_frameFlaw = quint8(flaw);
        m_parseNoted = false;
    }
    mailslot::wire::MalformedReason frameFlaw() const { return mailslot::wire::MalformedReason(m_frameFlaw); }
    mailslot::wire::OemCodePage codePage() const { return mailslot::wire::OemCodePage(m_codePage); }
    bool decodesWellKnown() const { return m_decodeWellKnown; }

    QDateTime time() const;
    // "10.0.0.1" or "fe80::1"; the destination's is empty when unknown.
    QString sourceAddress() const;
    QString destinationAddress() const;
    // The message bytes when they were read (a mailslot write, or a malformed datagram decoded as
    // far as its payload); the whole UDP payload otherwise.
    QByteArray shownBytes() const;

    // time, srcIp, srcPort, dstIp, dstPort, msgType, msgTypeName, flags, dgmId, sourceName,
    // destinationName, slot, class, priority, size, hex, text, delivered, deliveredTo, malformed,
    // decoded (null when none); each field of a malformed datagram that could be read is there as
    // for a well-formed one. size/hex/text describe shownBytes(); when that is not the whole UDP
    // payload of a malformed datagram, rawHex holds the whole UDP payload.
    QJsonObject toJson() const;
    // toJson() as one compact line (same keys and values), written directly: the fast path of
    // `mailslot decode --json` and `mailslot bridge --json`.
    QByteArray toJsonLine() const;
    // toJsonLine() appended to a writer (no newline): many lines into one buffer.
    void writeJson(mailslot::wire::JsonLineWriter &writer) const;
    // One human-readable line (control characters of names and decoded texts written as \xNN).
    QString toText() const;

private:
    friend class RowDatagram;
    // The rarely set fields, shared by copies until one of them changes them.
    struct Rare : QSharedData
    {
        QString deliveredTo;
        QList<QByteArray> comments;
        QByteArray ipv6; // the IPv6 source address, then the destination's: each 16 bytes or absent
        bool ipv6Source = false; // whether ipv6 starts with the source's address

        bool isEmpty() const { return deliveredTo.isEmpty() && comments.isEmpty() && ipv6.isEmpty(); }
    };

    // What parsed() and decoded() need besides raw, in a byte each (the enums' values are small).
    quint8 m_codePage = quint8(mailslot::wire::OemCodePage::Cp437);
    quint8 m_frameFlaw = quint8(mailslot::wire::MalformedReason::None);
    bool m_decodeWellKnown : 1 = true;
    bool m_inRow : 1 = false; // RowDatagram's: whether the row holds a datagram (see rowdatagram.h)
    bool m_parseNoted : 1 = false;   // noteParsed() was called (and raw has not changed since)
    bool m_mailslotWrite : 1 = false; // what it noted
    QSharedDataPointer<Rare> m_rare;
};

using ObservedDatagramList = QList<ObservedDatagram>;

Q_DECLARE_METATYPE(ObservedDatagram)
