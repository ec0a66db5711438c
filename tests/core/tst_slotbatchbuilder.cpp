// SlotBatchBuilder: the rows of one batch, their payloads copied into shared blocks.
#include "core/slots/slotbatchbuilder.h"

#include <QTest>

class TestSlotBatchBuilder : public QObject
{
    Q_OBJECT

private slots:
    void rowsAndBlocks_data();
    void rowsAndBlocks();
    void builderIsReusable();
};

void TestSlotBatchBuilder::rowsAndBlocks_data()
{
    QTest::addColumn<QList<int>>("sizes");
    QTest::addColumn<int>("blocks"); // distinct memory blocks the non-empty payloads use
    QTest::addColumn<int>("expectedBytes"); // the first block's size (0: a whole block)
    const int block = int(SlotBatchBuilder::kBlockBytes);
    QTest::newRow("none") << QList<int>() << 0 << 0;
    QTest::newRow("one") << QList<int>{100} << 1 << 0;
    QTest::newRow("many small share one block") << QList<int>(500, 100) << 1 << 0;
    QTest::newRow("zero-length only") << QList<int>{0, 0, 0} << 0 << 0;
    QTest::newRow("zero-length between") << QList<int>{5, 0, 7} << 1 << 0;
    QTest::newRow("a block fills up") << QList<int>{block / 2, block / 2, 1} << 2 << 0;
    QTest::newRow("larger than a block") << QList<int>{10, block + 1, 10} << 3 << 0;
    QTest::newRow("first block as expected") << QList<int>{60, 40} << 1 << 100;
    QTest::newRow("more than expected: the block grows") << QList<int>{60, 41, 100} << 1 << 100;
    QTest::newRow("more than a block after the expected") << QList<int>{60, block} << 2 << 100;
    QTest::newRow("expected over a block") << QList<int>(2, block / 2) << 1 << 4 * block;
}

// Every row comes out in order with its bytes, slot and time; payloads are parts of few blocks.
void TestSlotBatchBuilder::rowsAndBlocks()
{
    QFETCH(QList<int>, sizes);
    QFETCH(int, blocks);
    QFETCH(int, expectedBytes);
    SlotBatchBuilder builder(QStringLiteral("\\\\.\\mailslot\\b"), 4, expectedBytes);
    qsizetype total = 0;
    for (int i = 0; i < sizes.size(); ++i) {
        const QByteArray payload(sizes.at(i), char('a' + i % 26));
        builder.add(reinterpret_cast<const std::uint8_t *>(payload.constData()), std::uint32_t(payload.size()), 1000 + i);
        total += payload.size();
    }
    QCOMPARE(builder.payloadBytes(), total);
    const StreamRowList rows = builder.take();
    QCOMPARE(rows.size(), sizes.size());
    int distinct = 0;
    const char *blockEnd = nullptr;
    for (int i = 0; i < rows.size(); ++i) {
        const StreamRow &row = rows.at(i);
        QCOMPARE(row.payload, QByteArray(sizes.at(i), char('a' + i % 26)));
        QVERIFY(!row.payload.isNull());
        QCOMPARE(row.slot, QStringLiteral("\\\\.\\mailslot\\b"));
        QCOMPARE(row.timeNs, qint64(1000 + i) * 1000000);
        if (row.payload.isEmpty())
            continue;
        if (row.payload.constData() != blockEnd)
            ++distinct;
        blockEnd = row.payload.constData() + row.payload.size();
    }
    QCOMPARE(distinct, blocks);
}

// A row's payload is its own: changing it changes no other row, and rows outlive the builder.
void TestSlotBatchBuilder::builderIsReusable()
{
    StreamRowList first;
    {
        SlotBatchBuilder builder(QStringLiteral("s"), 0);
        builder.add(reinterpret_cast<const std::uint8_t *>("one"), 3, 1);
        builder.add(reinterpret_cast<const std::uint8_t *>("two"), 3, 2);
        first = builder.take();
        QCOMPARE(builder.payloadBytes(), qsizetype(0));
        builder.add(reinterpret_cast<const std::uint8_t *>("three"), 5, 3);
        const StreamRowList second = builder.take();
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).payload, QByteArray("three"));
    }
    first[0].payload[0] = 'O';
    first[0].payload.append("!");
    QCOMPARE(first.at(0).payload, QByteArray("One!"));
    QCOMPARE(first.at(1).payload, QByteArray("two"));
}

QTEST_GUILESS_MAIN(TestSlotBatchBuilder)
#include "tst_slotbatchbuilder.moc"
