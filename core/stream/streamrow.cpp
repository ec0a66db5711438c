#include "core/stream/streamrow.h"

#include "core/slots/mailslotname.h"
#include "core/stream/rarefields.h"

#include <QSet>

namespace {
// bytes, sharing whole's allocation when they are its tail (a mailslot write's message usually
// ends the datagram): a capture or network row then holds its message bytes once, not twice. Only
// a tail, so that the bytes stay followed by the '\0' that ends whole's own.
QByteArray tailOf(const QByteArray &whole, const QByteArray &bytes)
{
    const qsizetype offset = whole.size() - bytes.size();
    if (bytes.isEmpty() || offset < 0 || QByteArrayView(whole).sliced(offset) != QByteArrayView(bytes))
        return bytes;
    QByteArray shared = whole;
    QByteArray::DataPointer tail = shared.data_ptr(); // one more reference to whole's allocation
    tail.ptr += offset;
    tail.size = bytes.size();
    return QByteArray(std::move(tail));
}
} // namespace

StreamRow StreamRow::fromDatagram(ObservedDatagram datagram, RowOrigin origin)
{
    const mailslot::wire::ParsedDatagram parsed = datagram.parsed();
    return fromDatagram(std::move(datagram), parsed, origin);
}

StreamRow StreamRow::fromDatagram(ObservedDatagram datagram, const mailslot::wire::ParsedDatagram &parsed,
                                  RowOrigin origin)
{
    // Every row names its slot as local ones do (\\.\mailslot\browse); the wire form stays in the datagram.
    QString slot = datagram.deliveredTo();
    if (slot.isEmpty())
        slot = MailslotName::localFromWire(parsed.slotName);
    return withSlot(std::move(datagram), parsed, origin, std::move(slot));
}

StreamRow StreamRow::withSlot(ObservedDatagram datagram, const mailslot::wire::ParsedDatagram &parsed, RowOrigin origin,
                              QString slot)
{
    StreamRow row;
    row.timeNs = datagram.timestampNs;
    row.origin = origin;
    row.slot = std::move(slot);
    // shownBytes(), without parsing again
    row.payload = parsed.payloadValid ? tailOf(datagram.raw, parsed.payload) : datagram.raw;
    datagram.noteParsed(parsed); // (the row's datagram is not changed after: isMailslotWrite() need not parse)
    row.datagram = std::move(datagram);
    return row;
}

QList<StreamRow> StreamRow::fromDatagrams(const ObservedDatagramList &datagrams, RowOrigin origin)
{
    QList<StreamRow> rows;
    rows.reserve(datagrams.size());
    for (const ObservedDatagram &d : datagrams)
        rows.append(fromDatagram(d, origin));
    shareEqualSlots(rows);
    return rows;
}

const std::shared_ptr<const RowSender> &StreamRow::noSender()
{
    static const std::shared_ptr<const RowSender> none;
    return none;
}

void StreamRow::setHost(const QString &host)
{
    RareFields::set(m_extras, &Extras::host, host);
}

void StreamRow::setSender(std::shared_ptr<const RowSender> sender)
{
    RareFields::set(m_extras, &Extras::sender, std::move(sender));
}

void StreamRow::setProvenance(std::optional<RowProvenance> provenance)
{
    RareFields::set(m_extras, &Extras::provenance, std::move(provenance));
}

QString StreamRow::seenOn() const
{
    if (!m_extras)
        return {};
    return !m_extras->host.isEmpty() ? m_extras->host : m_extras->provenance ? m_extras->provenance->host : QString();
}

qint64 StreamRow::writerPid() const
{
    if (!m_extras)
        return 0;
    const Extras &e = *m_extras;
    return e.sender && e.sender->pid ? e.sender->pid : e.provenance ? e.provenance->writerPid : 0;
}

void StreamRow::shareEqualSlots(QList<StreamRow> &rows)
{
    QSet<QString> names;
    const QString *previous = nullptr;
    for (StreamRow &row : rows) {
        // Runs of one slot, already shared (the bridge names them so): nothing to look up.
        if (previous && row.slot.constData() == previous->constData() && row.slot.size() == previous->size())
            continue;
        previous = &row.slot;
        const auto it = names.constFind(row.slot);
        if (it == names.cend())
            names.insert(row.slot);
        else
            row.slot = *it;
    }
}
