// Builds one batch of rows read from a local slot. The payloads are copied into blocks of up to
// 64 KiB that their rows share (one allocation per block, not per message); blocks stay under
// malloc's mmap threshold, so the memory of consumed batches is reused instead of faulted in anew.
#pragma once

#include "core/stream/streamrow.h"

#include <cstdint>
#include <vector>

namespace mailslot::platform {
struct MessageOrigin;
}

class SlotBatchBuilder
{
public:
    static constexpr qsizetype kBlockBytes = 64 * 1024;

    // expectedRows: how many rows to reserve room for (the last batch's size is a good guess);
    // expectedBytes: the size of the first block, up to kBlockBytes (the last batch's payload bytes:
    // a lone message then takes a block of its own size, not 64 KiB given back at once; 0: kBlockBytes).
    SlotBatchBuilder(const QString &slot, qsizetype expectedRows, qsizetype expectedBytes = 0);

    // origin: where the bridge got the message from (null: a local writer's).
    void add(const std::uint8_t *data, std::uint32_t size, std::int64_t writtenMsecs,
             const mailslot::platform::MessageOrigin *origin = nullptr);
    // Payload bytes added so far.
    qsizetype payloadBytes() const { return m_bytes; }
    // The rows; the builder is empty afterwards.
    StreamRowList take();

private:
    // Gives the rows since the last block their payloads, as parts of the current block.
    void closeBlock();

    // The batch's rows share one copy of the name, made for this batch: its reference count is
    // raised here while the consumer lowers the previous batch's, not the same one on two processors.
    QString m_slot;
    StreamRowList m_rows;
    std::vector<std::uint32_t> m_sizes; // of every row
    QByteArray m_block;
    qsizetype m_used = 0;     // bytes of m_block filled
    qsizetype m_nextBlockBytes = kBlockBytes;
    qsizetype m_firstRow = 0; // the first row whose payload is in m_block
    qsizetype m_bytes = 0;
};
