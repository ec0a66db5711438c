#include "core/slots/slotblockpool.h"

#include <algorithm>

QByteArray SlotBlockPool::take()
{
    // Batches are mostly consumed in order: the oldest blocks are the first to come free.
    for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
        if (isFree(*it)) {
            QByteArray block = std::move(*it);
            m_blocks.erase(it);
            m_blocks.push_back(block);
            ++m_reused;
            return block;
        }
    }
    QByteArray block(kBlockBytes, Qt::Uninitialized);
    m_blocks.push_back(block);
    if (size() > kMaxBlocks)
        m_blocks.pop_front(); // whatever still holds it keeps it; it is no longer the pool's
    return block;
}

void SlotBlockPool::trim(qsizetype usedByBatch)
{
    m_keepFree = std::max(usedByBatch, m_keepFree - (m_keepFree + 7) / 8);
    const qsizetype keepFree = m_keepFree;
    qsizetype free = 0;
    for (auto it = m_blocks.begin(); it != m_blocks.end();) {
        if (isFree(*it) && ++free > keepFree)
            it = m_blocks.erase(it);
        else
            ++it;
    }
}

bool SlotBlockPool::isFree(QByteArray &block)
{
    // Acquire: the last row's reference was dropped (acq_rel) after its last read of the bytes,
    // so those reads happen before the block is written again.
    const QArrayData *d = block.data_ptr().d_ptr();
    return d && d->ref_.loadAcquire() == 1;
}
