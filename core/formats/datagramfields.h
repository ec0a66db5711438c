// A chosen list of a datagram's fields written as one tab-separated line, like
// `tshark -T fields -e ...`: `mailslot decode FILE --fields slot,hex`.
// The names are the keys of ObservedDatagram::toJson() (plus "kind", the decoded kind); values
// are written bare: numbers in decimal, names and text as UTF-8 with control characters (tab
// and newline among them) written as \xNN (PayloadText::isLineControl), absent values as
// nothing. A malformed datagram's fields are there as far as they could be read (hex, text and
// size: its payload when that was read, else the whole UDP payload, as in ObservedDatagram's JSON).
#pragma once

#include "core/wire/jsonlinewriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class WellFormedWrite;
struct ObservedDatagram;

class DatagramFields
{
    Q_DECLARE_TR_FUNCTIONS(DatagramFields)

public:
    enum class Field {
        Time, SrcIp, SrcPort, DstIp, DstPort, MsgType, MsgTypeName, Flags, DgmId, SourceName,
        DestinationName, Slot, Class, Priority, Size, Hex, Text, Delivered, Malformed, Kind
    };

    // "slot,hex" (commas, spaces allowed). On an unknown or empty name: nullopt and *error says
    // which name and lists the known ones.
    static std::optional<DatagramFields> parse(const QString &list, QString *error);
    // Every field name, in the order of the Field enum.
    static QStringList names();

    const QList<Field> &fields() const { return m_fields; }
    // True when a field needs the well-known-slot decoders (kind).
    bool needsDecoding() const;
    // One line (with its newline) appended to out.
    void write(const ObservedDatagram &datagram, mailslot::wire::JsonLineWriter &out) const;

    // What a fast listing keeps between lines: the text of the last second written ("time").
    struct TimeCache
    {
        qint64 second = 0;
        QByteArray prefix; // "2026-12-06T07:46:38." for that second; empty: none yet

        // The time (ns since the Unix epoch, UTC) as QDateTime::toString(Qt::ISODateWithMs)
        // writes ObservedDatagram::time() and StreamRow::time(), the date and time of each
        // second formatted once.
        void write(mailslot::wire::JsonLineWriter &out, qint64 timestampNs);
    };
    // Where a well-formed write (read in place) came from: the capture frame's UDP datagram.
    struct Origin
    {
        qint64 timestampNs = 0;
        quint32 sourceIp = 0; // IPv4 only
        quint16 sourcePort = 0;
        quint32 destinationIp = 0;
        quint16 destinationPort = 0;
    };
    // The same line for a well-formed mailslot write read in place (delivered = false), without
    // an ObservedDatagram: byte for byte what write() gives for the same datagram. Not for
    // "kind" (needsDecoding()).
    void write(const Origin &origin, const WellFormedWrite &datagram, TimeCache &cache,
               mailslot::wire::JsonLineWriter &out) const;

private:
    QList<Field> m_fields;
};
