// The metadata of a saved session's row, kept as the pcapng packet comment of its frame (see
// core/formats/CAPTURE-FORMAT.md): `mailslot: v=1 origin=local seq=12 slot=\\.\mailslot\demo
// host=pc1 pid=4242` (datagrams add `delivered=0|1` and, when delivered, `deliveredTo=`). Values
// are percent-encoded where they hold a space, '=', '%', a control or a non-ASCII character.
// Wireshark shows the comment as frame.comment; readers that do not know it skip it.
#pragma once

#include "core/stream/streamrow.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

class SessionComment
{
public:
    static constexpr int kVersion = 1;

    struct Fields
    {
        RowOrigin origin = RowOrigin::LocalSlot;
        quint64 sequence = 0;
        QString slot;
        QString host;
        qint64 writerPid = 0;
        bool delivered = false;
        QString deliveredTo;
    };

    // The comment of a row: its saved origin and stream number if it was reopened from a session.
    static QByteArray encode(const StreamRow &row);
    // Nullopt when the comment is not ours or lacks the origin or the slot.
    static std::optional<Fields> decode(QByteArrayView comment);
    // The first of a frame's comments that is ours.
    static std::optional<Fields> find(const QList<QByteArray> &comments);

    // The row a datagram of a capture file stands for: with a session comment, the row as it was
    // saved (a local message as a local row again, a datagram with its delivery restored; origin,
    // stream number, host and writer pid); without one, a capture row of the datagram.
    static StreamRow restore(const ObservedDatagram &datagram);
    static QList<StreamRow> restore(const ObservedDatagramList &datagrams);

    // "local", "network", "capture": the origin's key in comments and JSON.
    static QString originKey(RowOrigin origin);
    static std::optional<RowOrigin> originFromKey(QStringView key);
};
