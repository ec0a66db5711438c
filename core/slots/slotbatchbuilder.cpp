#include "core/slots/slotbatchbuilder.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace {

// Bytes [offset, offset + size) of block as a QByteArray that shares block's memory (no copy).
// Like any QByteArray over foreign data, it is not followed by a '\0' of its own.
QByteArray sharedSlice(QByteArray &block, qsizetype offset, qsizetype size)
{
    if (size == 0)
        return QByteArray("", 0); // empty, not null: what a zero-length message always was
    QByteArray::DataPointer shared = block.data_ptr(); // one more reference to block's memory
    shared.ptr += offset;
    shared.size = size;
    return QByteArray(std::move(shared));
}

} // namespace

SlotBatchBuilder::SlotBatchBuilder(const QString &slot, qsizetype expectedRows, qsizetype expectedBytes,
                                   SlotBlockPool *pool)
    : m_slot(slot.constData(), slot.size()), // a copy of its own, see the header
      m_pool(pool),
      m_nextBlockBytes(expectedBytes > 0 ? std::min(expectedBytes, kBlockBytes) : kBlockBytes)
{
    m_rows.reserve(expectedRows);
    m_sizes.reserve(std::size_t(expectedRows));
}

void SlotBatchBuilder::add(const std::uint8_t *data, std::uint32_t size, std::int64_t writtenMsecs,
                           const mailslot::platform::MessageOrigin *origin)
{
    const qsizetype need = m_used + qsizetype(size);
    if (size > 0 && need > m_block.size()) {
        if (!m_block.isNull() && need <= kBlockBytes && m_block.size() < kBlockBytes) {
            // A first block sized by the hint grows into a whole one (no row points into it yet).
            const QByteArray small = std::exchange(m_block, QByteArray());
            newBlock(kBlockBytes);
            std::memcpy(m_data, small.constData(), std::size_t(m_used));
        } else {
            closeBlock();
            newBlock(qsizetype(size));
        }
    }
    StreamRow &row = m_rows.emplace_back(); // numbered by the StreamHub that takes it
    row.slot = m_slot;
    row.timeNs = writtenMsecs * 1000000;
    if (origin)
        row.setSender(RowSender::make(0, origin)); // the reader does not learn the writer's pid
    m_sizes.push_back(size);
    if (size > 0) {
        std::memcpy(m_data + m_used, data, size);
        m_used += qsizetype(size);
        m_bytes += qsizetype(size);
    }
}

void SlotBatchBuilder::newBlock(qsizetype size)
{
    const qsizetype bytes = std::max(m_nextBlockBytes, size);
    m_nextBlockBytes = kBlockBytes;
    m_pooled = m_pool && bytes == kBlockBytes;
    m_block = m_pooled ? m_pool->take() : QByteArray(bytes, Qt::Uninitialized); // left unfilled
    m_data = m_block.data_ptr().data();
}

void SlotBatchBuilder::closeBlock()
{
    if (m_pooled && m_used < kBlockBytes / 2) {
        // Mostly empty (a batch's last block): the rows get a copy of their bytes, and the pool's
        // block is free again at once.
        m_block = QByteArray(m_data, m_used);
    } else if (m_pooled) {
        ++m_pooledBlocks;
    } else {
        m_block.resize(m_used);
        m_block.squeeze(); // rows may outlive the batch: they keep what they use, no more
    }
    qsizetype at = 0;
    for (qsizetype i = m_firstRow; i < m_rows.size(); ++i) {
        const qsizetype size = qsizetype(m_sizes[std::size_t(i)]);
        m_rows[i].payload = sharedSlice(m_block, at, size);
        at += size;
    }
    m_firstRow = m_rows.size();
    m_block = QByteArray();
    m_data = nullptr;
    m_pooled = false;
    m_used = 0;
}

StreamRowList SlotBatchBuilder::take()
{
    closeBlock();
    if (m_rows.capacity() > 2 * m_rows.size())
        m_rows.squeeze(); // a burst's reservation is not handed on with a small batch
    m_sizes.clear();
    m_firstRow = 0;
    m_bytes = 0;
    return std::exchange(m_rows, {});
}
