// The message stream's ring of rows: rows appended at the end, evicted from the front, read by
// position; and snapshot(), a read-only copy of every row at that moment that costs no row copy,
// for a worker thread (an export, a search) while the ring keeps changing in its own thread.
//
// The rows live in chunks of kChunkRows, each a block shared (std::shared_ptr) by the ring and by
// the snapshots that hold it. A chunk is written only at its free end: a row is written once, into
// a slot no snapshot covers, and never changed again; evicted rows stay in their chunk until every
// row of it is evicted (then the ring lets the chunk go: the last holder frees it, in its thread).
// So a snapshot of 10,000,000 rows is a list of about 2,500 chunk pointers (microseconds), and no
// append, eviction or clear() of the ring touches a row a snapshot reads: the ring and its
// snapshots need no lock. The ring itself belongs to one thread; a snapshot may be read in
// another (each in one thread at a time). Memory: at most one chunk more than the rows held.
//
// StreamRow is held as it is (copied or moved in, read back by reference): the ring never looks
// inside a row.
#pragma once

#include "core/stream/streamrow.h"

#include <QList>

#include <array>
#include <deque>
#include <memory>
#include <vector>

class RowRing
{
public:
    static constexpr qsizetype kChunkRows = 4096;

private:
    struct Chunk
    {
        std::array<StreamRow, kChunkRows> rows;
    };

public:
    // The ring's rows when snapshot() was called, oldest first (or a selection of them, see
    // selected()). Cheap to copy; unaffected by anything done to the ring afterwards.
    class Snapshot
    {
    public:
        Snapshot() = default;

        qsizetype count() const { return m_selection ? m_selection->size() : m_count; }
        bool isEmpty() const { return count() == 0; }
        // The row at i (0 <= i < count()).
        const StreamRow &at(qsizetype i) const;
        // These rows (positions in this snapshot, each 0 <= row < count(), in the order given):
        // for an export of the rows a filter shows.
        Snapshot selected(QList<qsizetype> rows) const;
        // How many chunks the snapshot holds (for tests: a snapshot shares chunks, it copies no row).
        qsizetype chunkCount() const { return qsizetype(m_chunks.size()); }

    private:
        friend class RowRing;
        const StreamRow &rowAt(qsizetype i) const;

        std::vector<std::shared_ptr<const Chunk>> m_chunks;
        qsizetype m_head = 0; // the first row's slot in the first chunk
        qsizetype m_count = 0;
        std::shared_ptr<const QList<qsizetype>> m_selection; // null: every row
    };

    RowRing() = default;

    qsizetype count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    // The row at i (0 <= i < count()), oldest first.
    const StreamRow &at(qsizetype i) const;
    void append(StreamRow &&row);
    void append(const StreamRow &row) { append(StreamRow(row)); }
    // Drops the count oldest rows (0 <= count <= count()).
    void evictFront(qsizetype count);
    // Drops every row (snapshots keep theirs).
    void clear();
    Snapshot snapshot() const;
    // Chunks held by the ring (for tests: at most one more than the rows need).
    qsizetype chunkCount() const { return qsizetype(m_chunks.size()); }
    // A ring holding rows (for callers with a list, such as tests).
    static RowRing fromList(const QList<StreamRow> &rows);

private:
    std::deque<std::shared_ptr<Chunk>> m_chunks;
    qsizetype m_head = 0; // the oldest row's slot in m_chunks.front()
    qsizetype m_count = 0;
};
