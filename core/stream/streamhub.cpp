#include "core/stream/streamhub.h"

#include <algorithm>

StreamHub::StreamHub(QObject *parent) : QObject(parent), m_ledger(std::make_shared<DeliveryLedger>())
{
}

StreamHub::~StreamHub()
{
    // Sources are children: deleted by QObject after this; nothing of theirs reaches the hub then.
    for (StreamSource *source : std::as_const(m_sources))
        disconnect(source, nullptr, this, nullptr);
}

void StreamHub::addSource(StreamSource *source)
{
    if (m_sources.contains(source))
        return;
    source->setParent(this);
    source->m_id = m_nextId++;
    m_sources.append(source);
    connect(source, &StreamSource::rowsReady, this, &StreamHub::take);
    connect(source, &StreamSource::stateChanged, this, [this, source] { emit sourceStateChanged(source); });
    emit sourceAdded(source);
}

void StreamHub::removeSource(StreamSource *source)
{
    if (!m_sources.removeOne(source))
        return;
    disconnect(source, nullptr, this, nullptr);
    const quint32 id = source->id();
    source->deleteLater();
    emit sourceRemoved(id);
}

StreamSource *StreamHub::source(quint32 id) const
{
    const auto it = std::find_if(m_sources.cbegin(), m_sources.cend(),
                                 [id](const StreamSource *s) { return s->id() == id; });
    return it == m_sources.cend() ? nullptr : *it;
}

bool StreamHub::isDeliveredCopy(const StreamRow &row)
{
    return row.origin == RowOrigin::LocalSlot && m_ledger->take(row.slot, row.payload);
}

void StreamHub::take(StreamRowList rows)
{
    if (m_ledger->pending() > 0) {
        const auto merged = std::remove_if(rows.begin(), rows.end(),
                                           [this](const StreamRow &row) { return isDeliveredCopy(row); });
        m_mergedDeliveries += quint64(std::distance(merged, rows.end()));
        rows.erase(merged, rows.end());
    }
    if (rows.isEmpty())
        return;
    for (StreamRow &row : rows)
        row.sequence = ++m_lastSequence;
    emit rowsArrived(rows);
}
