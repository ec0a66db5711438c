// SlotRing: the ring of records in shared memory (pure logic).
#include "core/platform/slotring.h"

#include <QTest>

#include <vector>

using namespace mailslot::platform;

class TestSlotRing : public QObject
{
    Q_OBJECT

private slots:
    void recordSizes_data();
    void recordSizes();
    void pushPopWrap_data();
    void pushPopWrap();
    void fullRing();
    void repairRecounts();
    void repairEmptiesGarbage();
};

void TestSlotRing::recordSizes_data()
{
    QTest::addColumn<quint32>("size");
    QTest::addColumn<quint64>("record");
    QTest::newRow("0") << 0u << quint64(16);
    QTest::newRow("1") << 1u << quint64(32);
    QTest::newRow("16") << 16u << quint64(32);
    QTest::newRow("17") << 17u << quint64(48);
    QTest::newRow("100") << 100u << quint64(128);
}

void TestSlotRing::recordSizes()
{
    QFETCH(quint32, size);
    QFETCH(quint64, record);
    QCOMPARE(quint64(SlotRing::recordSize(size)), record);
}

void TestSlotRing::pushPopWrap_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("maxSize");
    QTest::newRow("tiny ring") << 256 << 60;
    QTest::newRow("odd sizes near the end") << 1008 << 200;
    QTest::newRow("4 KiB ring") << 4096 << 1000;
}

void TestSlotRing::pushPopWrap()
{
    QFETCH(int, capacity);
    QFETCH(int, maxSize);
    std::vector<std::uint8_t> memory(std::size_t(capacity), 0xEE);
    SlotRingState state;
    SlotRing ring(&state, memory.data(), std::uint64_t(capacity));
    int pushed = 0;
    int popped = 0;
    for (int step = 0; step < 5000; ++step) {
        const quint32 size = quint32((pushed * 37) % (maxSize + 1));
        if (ring.hasRoomFor(size) && (step % 3 != 2)) {
            QByteArray payload(int(size), char(pushed & 0x7F));
            ring.push(payload.constData(), size, pushed);
            ++pushed;
        } else if (!ring.isEmpty()) {
            const quint32 expect = quint32((popped * 37) % (maxSize + 1));
            QCOMPARE(ring.peekSize(), expect);
            QCOMPARE(ring.peekTime(), std::int64_t(popped));
            if (expect)
                QCOMPARE(ring.peekData()[expect - 1], std::uint8_t(popped & 0x7F));
            ring.pop();
            ++popped;
        }
        QCOMPARE(ring.count(), std::uint32_t(pushed - popped));
        QVERIFY(ring.usedBytes() <= std::uint64_t(capacity));
    }
    QVERIFY(popped > 100);
}

void TestSlotRing::fullRing()
{
    std::vector<std::uint8_t> memory(128);
    SlotRingState state;
    SlotRing ring(&state, memory.data(), memory.size());
    QVERIFY(!SlotRing::canEverFit(113, 128));
    QVERIFY(SlotRing::canEverFit(112, 128));
    QVERIFY(!SlotRing::canEverFit(0, 8));
    int n = 0;
    while (ring.hasRoomFor(8)) {
        ring.push("12345678", 8, 0);
        ++n;
    }
    QCOMPARE(n, 4); // 4 records of 32 bytes in 128
    QVERIFY(!ring.hasRoomFor(0));
    ring.pop();
    QVERIFY(ring.hasRoomFor(8));
}

void TestSlotRing::repairRecounts()
{
    std::vector<std::uint8_t> memory(1024);
    SlotRingState state;
    SlotRing ring(&state, memory.data(), memory.size());
    ring.push("a", 1, 1);
    ring.push("bb", 2, 2);
    state.count = 7; // a writer died between updating tail and count
    QVERIFY(ring.repair());
    QCOMPARE(ring.count(), 2u);
    QCOMPARE(ring.peekSize(), 1u);
}

void TestSlotRing::repairEmptiesGarbage()
{
    std::vector<std::uint8_t> memory(1024, 0xAB);
    SlotRingState state;
    state.tail = 200; // records that were never written
    state.count = 3;
    SlotRing ring(&state, memory.data(), memory.size());
    QVERIFY(!ring.repair());
    QVERIFY(ring.isEmpty());
    QCOMPARE(ring.usedBytes(), 0u);
}

QTEST_GUILESS_MAIN(TestSlotRing)
#include "tst_slotring.moc"
