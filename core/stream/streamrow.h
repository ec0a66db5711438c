// One row of the message stream, as typed values: a message read from a local slot, a datagram
// the bridge saw on UDP 138, or a datagram read from a capture file.
//
// Rows carry values, never display text or JSON: the view, the CLI and the exporters build
// strings only when they show or write a row (see core/text/decodedsummary.h, core/formats/).
// A row is cheap to copy: the payload is implicitly shared (one allocation, made when the
// message was read; a datagram row's shares the datagram's bytes when it can) and a datagram is
// shared, read-only: its parsed header and decoded payload are worked out when asked for.
#pragma once

#include "core/stream/observeddatagram.h"
#include "core/stream/rowprovenance.h"
#include "core/stream/rowsender.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>

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
    // Network and capture rows: the parsed NetBIOS/SMB header, where it came from, whether it was
    // delivered, the decoded well-known payload or the malformed reason.
    std::shared_ptr<const ObservedDatagram> datagram;
    // Host, writer pid, saved origin: null when there is nothing more to know (see rowprovenance.h).
    std::shared_ptr<const RowProvenance> provenance;
    QString host;          // remote rows: the host they came from (as the user named it); empty for this host
    // Tapped rows: the writer's pid and, for a message the bridge delivered, its network origin.
    std::shared_ptr<const RowSender> sender;

    bool isNetwork() const { return datagram != nullptr; }
    // The machine the row was seen on: a remote row's host, else a saved session's, else empty.
    QString seenOn() const { return !host.isEmpty() ? host : provenance ? provenance->host : QString(); }
    // The process that wrote the message: a tapped row's writer, else a saved session's, else 0.
    qint64 writerPid() const { return sender && sender->pid ? sender->pid : provenance ? provenance->writerPid : 0; }
    QDateTime time() const { return QDateTime::fromMSecsSinceEpoch(timeNs / 1000000, Qt::UTC); }

    // A row for a datagram (slot, payload and time taken from it).
    static StreamRow fromDatagram(std::shared_ptr<const ObservedDatagram> datagram, RowOrigin origin);
    // One row per datagram (each datagram shared by its row from now on).
    static QList<StreamRow> fromDatagrams(const ObservedDatagramList &datagrams, RowOrigin origin);
    // Rows of the same slot share one copy of its name (a batch of a capture names a few slots
    // thousands of times).
    static void shareEqualSlots(QList<StreamRow> &rows);
};

using StreamRowList = QList<StreamRow>;

Q_DECLARE_METATYPE(StreamRow)
