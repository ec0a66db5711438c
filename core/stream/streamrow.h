// One row of the message stream, as typed values: a message read from a local slot, a datagram
// the bridge saw on UDP 138, or a datagram read from a capture file.
//
// Rows carry values, never display text or JSON: the view, the CLI and the exporters build
// strings only when they show or write a row (see core/text/decodedsummary.h, core/formats/).
// A row is cheap to copy: the payload is implicitly shared (one allocation, made when the
// message was read; a datagram row's shares the datagram's bytes when it can), the datagram's
// typed fields are in the row (its parsed header and decoded payload are worked out when asked
// for), and the rarely set host, sender and provenance are behind one shared pointer.
#pragma once

#include "core/stream/observeddatagram.h"
#include "core/stream/rowdatagram.h"
#include "core/stream/rowprovenance.h"
#include "core/stream/rowsender.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>

#include <memory>
#include <optional>

enum class RowOrigin : quint8 {
    LocalSlot, // read from a slot this process serves
    Network,   // seen by the UDP 138 bridge
    Capture,   // read from a capture file
    Remote,    // read from another host's `mailslot` over SSH (core/remote; the row's host says which)
};

struct StreamRow
{
    quint64 sequence = 0;  // the stream's number, given by StreamHub in arrival order (0 until then)
    qint64 timeNs = 0;     // UTC, ns since the Unix epoch: write, reception or capture time
    quint32 sourceId = 0;  // the StreamHub source that produced the row (0: none)
    RowOrigin origin = RowOrigin::LocalSlot;
    QString slot;          // canonical local name; for a datagram its slot name, or the local slot it was delivered to
    QByteArray payload;    // the message bytes (for a datagram that is not a mailslot write: the whole UDP payload)
    // Network and capture rows: the datagram (none for a local slot's message), in the row: its
    // parsed NetBIOS/SMB header, where it came from, whether it was delivered, the decoded
    // well-known payload or the malformed reason are worked out from it when asked for.
    RowDatagram datagram;

    // Remote rows: the host they came from (as the user named it); empty for this host.
    QString host() const { return m_extras ? m_extras->host : QString(); }
    void setHost(const QString &host);
    // Tapped rows: the writer's pid and, for a message the bridge delivered, its network origin.
    const std::shared_ptr<const RowSender> &sender() const { return m_extras ? m_extras->sender : noSender(); }
    void setSender(std::shared_ptr<const RowSender> sender);
    // Host, writer pid, saved origin: null when there is nothing more to know (see rowprovenance.h).
    const RowProvenance *provenance() const { return m_extras && m_extras->provenance ? &*m_extras->provenance : nullptr; }
    void setProvenance(std::optional<RowProvenance> provenance);
    // Whether the row holds any of host, sender, provenance (an ordinary row holds none: they are
    // behind one pointer, null then).
    bool hasExtras() const { return bool(m_extras); }
    // This row's host, sender and provenance become other's, sharing their one allocation (the
    // rows of one writer's messages).
    void shareExtrasOf(const StreamRow &other) { m_extras = other.m_extras; }

    bool isNetwork() const { return bool(datagram); }
    // The machine the row was seen on: a remote row's host, else a saved session's, else empty.
    QString seenOn() const;
    // The process that wrote the message: a tapped row's writer, else a saved session's, else 0.
    qint64 writerPid() const;
    QDateTime time() const { return QDateTime::fromMSecsSinceEpoch(timeNs / 1000000, Qt::UTC); }

    // A row for a datagram (slot, payload and time taken from it).
    static StreamRow fromDatagram(ObservedDatagram datagram, RowOrigin origin);
    // The same with datagram.parsed() already at hand (the bridge parses each datagram once).
    static StreamRow fromDatagram(ObservedDatagram datagram, const mailslot::wire::ParsedDatagram &parsed,
                                  RowOrigin origin);
    // The same with the row's slot name at hand: datagram.deliveredTo(), or else the local form of
    // parsed.slotName (MailslotName::localFromWire; the bridge remembers it per name).
    static StreamRow withSlot(ObservedDatagram datagram, const mailslot::wire::ParsedDatagram &parsed, RowOrigin origin,
                              QString slot);
    // One row per datagram.
    static QList<StreamRow> fromDatagrams(const ObservedDatagramList &datagrams, RowOrigin origin);
    // Rows of the same slot share one copy of its name (a batch of a capture names a few slots
    // thousands of times).
    static void shareEqualSlots(QList<StreamRow> &rows);

private:
    // What few rows have, shared by copies until one of them changes it.
    struct Extras : QSharedData
    {
        QString host;
        std::shared_ptr<const RowSender> sender;
        std::optional<RowProvenance> provenance; // (in here: a reopened session's rows have one each)

        bool isEmpty() const { return host.isEmpty() && !sender && !provenance; }
    };
    static const std::shared_ptr<const RowSender> &noSender();

    QSharedDataPointer<Extras> m_extras;
};

using StreamRowList = QList<StreamRow>;

Q_DECLARE_METATYPE(StreamRow)
