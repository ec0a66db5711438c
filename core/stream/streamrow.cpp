#include "core/stream/streamrow.h"

StreamRow StreamRow::fromDatagram(std::shared_ptr<const ObservedDatagram> datagram, RowOrigin origin)
{
    StreamRow row;
    row.timeNs = datagram->timestampNs;
    row.origin = origin;
    row.slot = datagram->deliveredTo.isEmpty() ? QString::fromLatin1(datagram->parsed.slotName) : datagram->deliveredTo;
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
