#include "core/stream/streamrow.h"

#include "core/slots/mailslotname.h"

StreamRow StreamRow::fromDatagram(std::shared_ptr<const ObservedDatagram> datagram, RowOrigin origin)
{
    StreamRow row;
    row.timeNs = datagram->timestampNs;
    row.origin = origin;
    // Every row names its slot as local ones do (\\.\mailslot\browse); the wire form stays in the datagram.
    row.slot = datagram->deliveredTo.isEmpty() ? MailslotName::localFromWire(datagram->parsed.slotName) : datagram->deliveredTo;
    row.payload = datagram->shownBytes();
    row.datagram = std::move(datagram);
    return row;
}

QList<StreamRow> StreamRow::fromDatagrams(const ObservedDatagramList &datagrams, RowOrigin origin)
{
    QList<StreamRow> rows;
    rows.reserve(datagrams.size());
    for (const ObservedDatagram &d : datagrams)
        rows.append(fromDatagram(std::make_shared<const ObservedDatagram>(d), origin));
    return rows;
}
