// The JSON form of a stream row, the CLI's (`mailslot serve --json`, `bridge --json`,
// `decode --json`) and the JSON export's: a local message is {slot, seq, time, size, hex, text,
// source: "local"}, with the writer's pid when a tap saw it, and for a message the bridge
// delivered source: "network" and the datagram's srcIp, srcPort, sourceName and msgType (the keys
// of ObservedDatagram's object); a datagram is ObservedDatagram's object. A row with a provenance
// adds "host" and "pid" when known, and "savedOrigin"/"savedSeq" when it was reopened from a
// saved session; a remote row adds its "host".
#pragma once

#include "core/stream/streamrow.h"

#include <QByteArray>
#include <QJsonObject>

class RowJson
{
public:
    static QJsonObject object(const StreamRow &row);
    // object() as one compact line, without a newline.
    static QByteArray line(const StreamRow &row);
    // A row of a saved session as `mailslot decode --json` shows it: object() with the row's
    // saved "origin" ("local", "network", "capture") and "seq" (its stream number).
    static QByteArray sessionLine(const StreamRow &row);

private:
    static void addSender(const RowSender &sender, QJsonObject *object);
};
