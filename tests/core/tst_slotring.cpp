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
    void takeAcrossWraps_data();
    void takeAcrossWraps();
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

void TestSlotRing::takeAcrossWraps_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("maxSize");
    QTest::addColumn<int>("maxMessages");
    QTest::addColumn<int>("maxBytes");
    QTest::newRow("tiny ring, one at a time") << 256 << 60 << 1 << 1000000;
    QTest::newRow("tiny ring, all at once") << 256 << 60 << 1000 << 1000000;
    QTest::newRow("odd sizes, byte limit") << 1008 << 200 << 1000 << 150;
    QTest::newRow("4 KiB ring, three at a time") << 4096 << 1000 << 3 << 1000000;
    QTest::newRow("zero-length messages") << 256 << 0 << 5 << 1000000;
}

// take() hands over exactly what pop() would, in order, within its limits, across every wrap.
void TestSlotRing::takeAcrossWraps()
{
    QFETCH(int, capacity);
    QFETCH(int, maxSize);
    QFETCH(int, maxMessages);
    QFETCH(int, maxBytes);
    std::vector<std::uint8_t> memory(std::size_t(capacity), 0xEE);
    SlotRingState state;
    SlotRing ring(&state, memory.data(), std::uint64_t(capacity));
    std::vector<std::uint8_t> block;
    int pushed = 0;
    int taken = 0;
    for (int step = 0; step < 5000; ++step) {
        const quint32 size = quint32((pushed * 37) % (maxSize + 1));
        if (ring.hasRoomFor(size) && step % 4 != 3) {
            const QByteArray payload(int(size), char(pushed & 0x7F));
            ring.push(payload.constData(), size, pushed);
            ++pushed;
            continue;
        }
        const std::uint32_t before = ring.count();
        std::size_t bytes = 0;
        const std::size_t n = ring.take(&block, std::size_t(maxMessages), std::size_t(maxBytes), &bytes);
        QVERIFY(n <= std::size_t(maxMessages));
        QCOMPARE(n > 0, before > 0);
        std::size_t seen = 0;
        std::size_t payloadBytes = 0;
        bool ok = true;
        SlotRing::forEachRecord(block.data(), bytes, [&](const std::uint8_t *data, std::uint32_t got, std::int64_t time) {
            const quint32 expect = quint32((taken * 37) % (maxSize + 1));
            ok = ok && got == expect && time == taken && (got == 0 || data[got - 1] == std::uint8_t(taken & 0x7F));
            payloadBytes += got;
            ++taken;
            ++seen;
        });
        QVERIFY2(ok, "a message came out changed or out of order");
        QCOMPARE(seen, n);
        // Stopped at a limit or at the end of the queue, never before.
        QVERIFY(ring.isEmpty() || n == std::size_t(maxMessages) || payloadBytes >= std::size_t(maxBytes));
        QCOMPARE(ring.count(), std::uint32_t(pushed - taken));
        if (ring.isEmpty())
            QCOMPARE(ring.usedBytes(), std::uint64_t(0));
    }
    QVERIFY(taken > 100);
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
