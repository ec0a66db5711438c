// SlotBlockPool: a block is handed out again only when nothing but the pool holds it; the pool
// stays bounded; free blocks beyond recent need are let go. And SlotBatchBuilder with a pool:
// rows never see their bytes overwritten by a later batch.
#include "core/slots/slotbatchbuilder.h"
#include "core/slots/slotblockpool.h"

#include <QTest>

#include <thread>

class TestSlotBlockPool : public QObject
{
    Q_OBJECT

private slots:
    void reusedOnlyWhenFree_data();
    void reusedOnlyWhenFree();
    void boundedWhileRowsAreKept();
    void trimFollowsRecentBatches();
    void laterBatchesNeverOverwriteKeptRows_data();
    void laterBatchesNeverOverwriteKeptRows();
    void rowsDroppedInAnotherThread();
};

namespace {

StreamRowList batchOf(SlotBlockPool &pool, int messages, int size, char fill, qsizetype *pooled = nullptr)
{
    SlotBatchBuilder builder(QStringLiteral("s"), messages, 0, &pool);
    const QByteArray payload(size, fill);
    for (int i = 0; i < messages; ++i)
        builder.add(reinterpret_cast<const std::uint8_t *>(payload.constData()), std::uint32_t(size), i);
    StreamRowList rows = builder.take();
    if (pooled)
        *pooled = builder.pooledBlocks();
    return rows;
}

} // namespace

void TestSlotBlockPool::reusedOnlyWhenFree_data()
{
    QTest::addColumn<bool>("keepFirst"); // whether the first block's holder still lives
    QTest::newRow("released") << false;
    QTest::newRow("still held") << true;
}

void TestSlotBlockPool::reusedOnlyWhenFree()
{
    QFETCH(bool, keepFirst);
    SlotBlockPool pool;
    QByteArray first = pool.take();
    QCOMPARE(first.size(), SlotBlockPool::kBlockBytes);
    const char *firstBytes = first.constData();
    QByteArray slice = first; // holds the block as a row's payload does
    QVERIFY(!SlotBlockPool::isFree(first));
    first = QByteArray();
    if (!keepFirst)
        slice = QByteArray();
    QByteArray second = pool.take();
    QCOMPARE(second.constData() == firstBytes, !keepFirst);
    QCOMPARE(pool.reused(), quint64(keepFirst ? 0 : 1));
    QCOMPARE(pool.size(), qsizetype(keepFirst ? 2 : 1));
}

void TestSlotBlockPool::boundedWhileRowsAreKept()
{
    SlotBlockPool pool;
    QList<QByteArray> kept; // a consumer that keeps everything (the monitor's ring)
    for (qsizetype i = 0; i < 3 * SlotBlockPool::kMaxBlocks; ++i)
        kept.append(pool.take());
    QCOMPARE(pool.size(), SlotBlockPool::kMaxBlocks);
    QCOMPARE(pool.reused(), quint64(0));
    // Nothing handed out twice: every kept block is its own memory.
    QSet<const char *> distinct;
    for (const QByteArray &b : std::as_const(kept))
        distinct.insert(b.constData());
    QCOMPARE(distinct.size(), kept.size());
}

void TestSlotBlockPool::trimFollowsRecentBatches()
{
    SlotBlockPool pool;
    {
        QList<QByteArray> burst;
        for (int i = 0; i < 40; ++i)
            burst.append(pool.take());
    } // consumed: all 40 free
    pool.trim(40);
    QCOMPARE(pool.size(), qsizetype(40));
    pool.trim(0); // a small batch: an eighth goes
    QCOMPARE(pool.size(), qsizetype(35));
    for (int i = 0; i < 100; ++i)
        pool.trim(0);
    QCOMPARE(pool.size(), qsizetype(0)); // a flow that stopped gives everything back
}

void TestSlotBlockPool::laterBatchesNeverOverwriteKeptRows_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("messages");
    QTest::newRow("4 KiB, 40 a batch") << 4096 << 40;
    QTest::newRow("100 B, 2000 a batch") << 100 << 2000;
    QTest::newRow("40 KiB, 5 a batch") << 40 * 1024 << 5;
    QTest::newRow("larger than a block") << 70 * 1024 << 3;
}

void TestSlotBlockPool::laterBatchesNeverOverwriteKeptRows()
{
    QFETCH(int, size);
    QFETCH(int, messages);
    SlotBlockPool pool;
    QList<StreamRowList> kept;
    for (int batch = 0; batch < 30; ++batch) {
        qsizetype pooled = 0;
        StreamRowList rows = batchOf(pool, messages, size, char('A' + batch % 26), &pooled);
        pool.trim(pooled);
        if (batch % 3 == 0)
            kept.append(rows); // every third batch is kept; the others are dropped at once
    }
    if (size <= SlotBlockPool::kBlockBytes)
        QVERIFY(pool.reused() > 0); // the dropped batches' blocks served again
    for (int k = 0; k < kept.size(); ++k) {
        const char fill = char('A' + (3 * k) % 26);
        QCOMPARE(kept.at(k).size(), messages);
        for (const StreamRow &row : kept.at(k))
            QCOMPARE(row.payload, QByteArray(size, fill));
    }
}

// The consumer drops its rows in another thread (as the monitor does): blocks come free there.
void TestSlotBlockPool::rowsDroppedInAnotherThread()
{
    SlotBlockPool pool;
    for (int batch = 0; batch < 50; ++batch) {
        qsizetype pooled = 0;
        StreamRowList rows = batchOf(pool, 64, 4096, char('a' + batch % 26), &pooled);
        pool.trim(pooled);
        std::thread consumer([rows = std::move(rows), batch]() mutable {
            for (const StreamRow &row : std::as_const(rows))
                if (row.payload != QByteArray(4096, char('a' + batch % 26)))
                    qFatal("a row's bytes changed under it");
            rows = StreamRowList();
        });
        consumer.join();
    }
    QVERIFY(pool.reused() > 0);
    QVERIFY(pool.size() <= SlotBlockPool::kMaxBlocks);
}

QTEST_GUILESS_MAIN(TestSlotBlockPool)
#include "tst_slotblockpool.moc"
