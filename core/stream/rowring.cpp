#include "core/stream/rowring.h"

#include <QtGlobal>

const StreamRow &RowRing::Snapshot::rowAt(qsizetype i) const
{
    const qsizetype slot = m_head + i;
    return m_chunks[std::size_t(slot / kChunkRows)]->rows[std::size_t(slot % kChunkRows)];
}

const StreamRow &RowRing::Snapshot::at(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < count());
    return rowAt(m_selection ? m_selection->at(i) : i);
}

RowRing::Snapshot RowRing::Snapshot::selected(QList<qsizetype> rows) const
{
    Snapshot view = *this;
    if (m_selection) {
        for (qsizetype &row : rows)
            row = m_selection->at(row);
    }
    view.m_selection = std::make_shared<const QList<qsizetype>>(std::move(rows));
    return view;
}

const StreamRow &RowRing::at(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < m_count);
    const qsizetype slot = m_head + i;
    return m_chunks[std::size_t(slot / kChunkRows)]->rows[std::size_t(slot % kChunkRows)];
}

void RowRing::append(StreamRow &&row)
{
    const qsizetype slot = m_head + m_count;
    if (slot / kChunkRows == qsizetype(m_chunks.size()))
        m_chunks.push_back(std::make_shared<Chunk>());
    // A slot past the end: no snapshot covers it, whoever shares its chunk.
    m_chunks.back()->rows[std::size_t(slot % kChunkRows)] = std::move(row);
    ++m_count;
}

void RowRing::evictFront(qsizetype count)
{
    Q_ASSERT(count >= 0 && count <= m_count);
    m_head += count;
    m_count -= count;
    while (m_head >= kChunkRows) {
        m_chunks.pop_front(); // every row of it is gone (snapshots keep it while they need it)
        m_head -= kChunkRows;
    }
}

void RowRing::clear()
{
    m_chunks.clear();
    m_head = 0;
    m_count = 0;
}

RowRing::Snapshot RowRing::snapshot() const
{
    Snapshot snapshot;
    snapshot.m_chunks.assign(m_chunks.cbegin(), m_chunks.cend());
    snapshot.m_head = m_head;
    snapshot.m_count = m_count;
    return snapshot;
}

RowRing RowRing::fromList(const QList<StreamRow> &rows)
{
    RowRing ring;
    for (const StreamRow &row : rows)
        ring.append(row);
    return ring;
}
