// SlotRing: the ring of records in shared memory (pure logic).
#include "core/platform/slotring.h"
#include "core/platform/tapring.h"
#include "ringtraffic.h"

#include <QTest>

#include <vector>

using namespace mailslot::platform;

using namespace mailslot::platform::test;

class TestSlotRing : public QObject
{
    Q_OBJECT

private slots:
    void recordSizes_data();
    void recordSizes();
    void pushPopWrap_data();
    void pushPopWrap();
    void fullRing();
    void roomAfterRelease();
    void repairRecounts();
    void repairEmptiesGarbage();
    void originRecords_data();
    void originRecords();
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

// The room a claimed read holds counts as room once it is released, and only then.
void TestSlotRing::roomAfterRelease()
{
    std::vector<std::uint8_t> memory(4096, 0);
    SlotRingState state;
    SlotRing ring(&state, memory.data(), memory.size());
    const QByteArray message(1000, 'x'); // 1,024 bytes a record
    for (int i = 0; i < 4; ++i)
        ring.push(message.constData(), 1000, i);
    QVERIFY(!ring.hasRoomFor(1000));
    QVERIFY(!ring.hasRoomAfterRelease(1000)); // full, no read in progress
    SlotRingClaim claim;
    QCOMPARE(ring.claim(3, 1u << 20, &claim), std::size_t(3));
    QVERIFY(!ring.hasRoomFor(1000));
    QVERIFY(ring.hasRoomAfterRelease(1000));
    QVERIFY(ring.hasRoomAfterRelease(3 * 1024 - 16));
    QVERIFY(!ring.hasRoomAfterRelease(3 * 1024));
    ring.release();
    QVERIFY(ring.hasRoomFor(3 * 1024 - 16));
    QVERIFY(!ring.hasRoomFor(3 * 1024));
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

void TestSlotRing::originRecords_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("size");
    QTest::newRow("small ring, wraps") << 512 << 40;
    QTest::newRow("empty payloads") << 1024 << 0;
    QTest::newRow("4 KiB ring") << 4096 << 300;
}

void TestSlotRing::originRecords()
{
    // Messages with and without a network origin mix; peek, pop, take and repair see both right.
    QFETCH(int, capacity);
    QFETCH(int, size);
    std::vector<std::uint8_t> memory(std::size_t(capacity), 0xEE);
    SlotRingState state;
    SlotRing ring(&state, memory.data(), std::uint64_t(capacity));
    mailslot::platform::MessageOrigin origin;
    origin.address = "192.168.7.20";
    origin.port = 138;
    origin.netbiosName = "WORKSTATION7<00>";
    origin.datagramType = 0x12;
    const std::vector<std::uint8_t> encoded = TapRing::encodeOrigin(origin);
    QVERIFY(SlotRing::recordSize(std::uint32_t(size), std::uint32_t(encoded.size())) > SlotRing::recordSize(std::uint32_t(size)));
    int pushed = 0;
    int checked = 0;
    for (int round = 0; round < 40; ++round) {
        for (;;) {
            const bool withOrigin = pushed % 3 != 1;
            const std::uint32_t originSize = withOrigin ? std::uint32_t(encoded.size()) : 0;
            if (!ring.hasRoomFor(std::uint32_t(size), originSize))
                break;
            const std::vector<std::uint8_t> payload(static_cast<std::size_t>(size), static_cast<std::uint8_t>(pushed));
            ring.push(payload.data(), std::uint32_t(size), pushed, withOrigin ? encoded : std::vector<std::uint8_t>{});
            ++pushed;
        }
        QVERIFY(ring.repair()); // consistent records are kept
        if (round % 2 == 0) {
            QCOMPARE(ring.peekSize(), std::uint32_t(size));
            if (size > 0)
                QCOMPARE(ring.peekData()[0], std::uint8_t(checked));
            QCOMPARE(ring.peekTime(), std::int64_t(checked));
            ring.pop();
            ++checked;
        }
        takeMessages(ring, 2, 1u << 20,
                                          [&](const std::uint8_t *data, std::uint32_t got, std::int64_t time,
                                              const std::uint8_t *originBytes, std::uint32_t originSize) {
                                              QCOMPARE(got, std::uint32_t(size));
                                              QCOMPARE(time, std::int64_t(checked));
                                              if (size > 0)
                                                  QCOMPARE(data[0], std::uint8_t(checked));
                                              QCOMPARE(originBytes != nullptr, checked % 3 != 1);
                                              mailslot::platform::MessageOrigin decoded;
                                              if (originBytes) {
                                                  QVERIFY(TapRing::decodeOrigin(originBytes, originSize, &decoded));
                                                  QCOMPARE(decoded.address, origin.address);
                                                  QCOMPARE(decoded.netbiosName, origin.netbiosName);
                                                  QCOMPARE(decoded.port, origin.port);
                                                  QCOMPARE(decoded.datagramType, origin.datagramType);
                                              }
                                              ++checked;
                                          });
    }
    QVERIFY(checked > 40);
}

QTEST_GUILESS_MAIN(TestSlotRing)
#include "tst_slotring.moc"
