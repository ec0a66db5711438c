// The payload blocks of one slot's batches, used again once the consumer has let go of their rows.
//
// A batch's payloads are copied into blocks of kBlockBytes that its rows share (SlotBatchBuilder).
// When a fast flow's consumer drops a batch, its blocks would go back to malloc, which returns
// memory of that size to the system and faults it in again for the next batch: one page fault
// per 4 KiB of payload. The pool keeps a handle to every block it hands out; a block whose only
// holder is the pool (no row, no builder) is handed out again, its pages already mapped.
//
// Used by one thread (the slot's worker); the rows may be dropped in any thread: whether a block
// is free is read with acquire order, pairing with the release of the last row's reference.
#pragma once

#include <QByteArray>

#include <deque>

class SlotBlockPool
{
public:
    static constexpr qsizetype kBlockBytes = 64 * 1024;
    // Enough for two batches of the worker's largest size (one being read while the consumer
    // still holds the other) and a spare.
    static constexpr qsizetype kMaxBlocks = 2 * (4 * 1024 * 1024 / kBlockBytes) + 2;

    // A block of kBlockBytes, shared with the pool: write it through data_ptr().data() (data()
    // would detach). The oldest block that nothing holds any more, else a new one (the pool then
    // lets its oldest handle go when it holds kMaxBlocks: rows kept long keep their block).
    QByteArray take();
    // After a batch that kept usedByBatch of the pool's blocks: lets free blocks go beyond what
    // recent batches used (the most, decaying by an eighth a batch), so that a flow whose batches
    // vary finds its blocks again, and a flow that slowed gives the memory back.
    void trim(qsizetype usedByBatch);

    qsizetype size() const { return qsizetype(m_blocks.size()); }
    // Blocks handed out again instead of allocated (since the pool was made).
    quint64 reused() const { return m_reused; }

    // Whether only the pool holds block (no row, no builder).
    static bool isFree(QByteArray &block);

private:
    std::deque<QByteArray> m_blocks; // in the order they were handed out, oldest first
    qsizetype m_keepFree = 0;
    quint64 m_reused = 0;
};
