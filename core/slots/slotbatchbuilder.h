// Builds one batch of rows read from a local slot. The payloads are copied into blocks of up to
// 64 KiB that their rows share (one allocation per block, not per message). With a pool, whole
// blocks come from it and go back to it when the consumer has dropped their rows, so that a fast
// flow writes into memory already mapped instead of new memory faulted in (see SlotBlockPool).
#pragma once

#include "core/slots/slotblockpool.h"
#include "core/stream/streamrow.h"

#include <cstdint>
#include <vector>

namespace mailslot::platform {
struct MessageOrigin;
}

class SlotBatchBuilder
{
public:
    static constexpr qsizetype kBlockBytes = SlotBlockPool::kBlockBytes;

    // expectedRows: how many rows to reserve room for (the last batch's size is a good guess);
    // expectedBytes: the size of the first block, up to kBlockBytes (the last batch's payload bytes:
    // a lone message then takes a block of its own size, not 64 KiB given back at once; 0: kBlockBytes).
    // pool: where whole blocks come from (null: each block allocated; the pool must outlive take()).
    SlotBatchBuilder(const QString &slot, qsizetype expectedRows, qsizetype expectedBytes = 0,
                     SlotBlockPool *pool = nullptr);

    // origin: where the bridge got the message from (null: a local writer's).
    void add(const std::uint8_t *data, std::uint32_t size, std::int64_t writtenMsecs,
             const mailslot::platform::MessageOrigin *origin = nullptr);
    // Payload bytes added so far.
    qsizetype payloadBytes() const { return m_bytes; }
    // Pool blocks the rows taken so far keep (what the pool should keep ready for the next batch).
    qsizetype pooledBlocks() const { return m_pooledBlocks; }
    // The rows; the builder is empty afterwards.
    StreamRowList take();

private:
    // A block with room for at least size bytes.
    void newBlock(qsizetype size);
    // Gives the rows since the last block their payloads, as parts of the current block.
    void closeBlock();

    // The batch's rows share one copy of the name, made for this batch: its reference count is
    // raised here while the consumer lowers the previous batch's, not the same one on two processors.
    QString m_slot;
    StreamRowList m_rows;
    std::vector<std::uint32_t> m_sizes; // of every row
    SlotBlockPool *m_pool = nullptr;
    QByteArray m_block;
    char *m_data = nullptr;   // m_block's bytes (written without detaching: a pool block is shared)
    bool m_pooled = false;    // m_block is the pool's
    qsizetype m_used = 0;     // bytes of m_block filled
    qsizetype m_nextBlockBytes = kBlockBytes;
    qsizetype m_firstRow = 0; // the first row whose payload is in m_block
    qsizetype m_bytes = 0;
    qsizetype m_pooledBlocks = 0;
};
