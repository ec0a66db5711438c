// One UDP-138 datagram as the bridge (or a capture file) saw it: the parsed NetBIOS/SMB fields,
// where it came from, whether it was delivered into a local slot, and the decoded payload.
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
#include <QString>

#include <optional>

struct ObservedDatagram
{
    Q_DECLARE_TR_FUNCTIONS(ObservedDatagram)

public:
    mailslot::wire::ParsedDatagram parsed;
    qint64 timestampNs = 0;    // receive (or capture) time, ns since the Unix epoch (UTC)
    quint32 sourceIp = 0;      // UDP source
    quint16 sourcePort = 0;
    quint32 destinationIp = 0; // 0 when unknown
    quint16 destinationPort = 0;
    QByteArray raw;            // the whole UDP payload (as far as the capture holds it)
    bool delivered = false;
    QString deliveredTo;       // the local slot, when delivered
    std::optional<mailslot::wire::DecodedPayload> decoded; // also for a malformed datagram whose payload was read
    QByteArray sourceIpv6;      // IPv6 datagrams (capture files): the 16-byte addresses; the IPv4
    QByteArray destinationIpv6; // fields are 0 then
    QList<QByteArray> comments; // capture files: the frame's pcapng comments (see core/formats/CAPTURE-FORMAT.md)

    // Parses and decodes one UDP payload (the slot's well-known decoder, if any and wanted).
    static ObservedDatagram fromUdp(const QByteArray &udpPayload, qint64 timestampNs, quint32 sourceIp,
                                    quint16 sourcePort, quint32 destinationIp, quint16 destinationPort,
                                    mailslot::wire::OemCodePage codePage = mailslot::wire::OemCodePage::Cp437,
                                    bool decodeWellKnown = true);

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
};

using ObservedDatagramList = QList<ObservedDatagram>;

Q_DECLARE_METATYPE(ObservedDatagram)
