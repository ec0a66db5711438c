// SlotRing's claimed reads: a read's messages taken under the lock and copied after it, while
// writers go on (pure logic).
#include "core/platform/slotring.h"
#include "ringtraffic.h"

#include <QTest>

#include <string>
#include <vector>

using namespace mailslot::platform;
using namespace mailslot::platform::test;

class TestSlotRingClaim : public QObject
{
    Q_OBJECT

private slots:
    void claimAcrossWraps_data();
    void claimAcrossWraps();
    void claimKeepsItsSpace_data();
    void claimKeepsItsSpace();
    void claimInTwoSteps_data();
    void claimInTwoSteps();
    void repairKeepsAClaim();
    void steadyFlowStaysNearTheStart();
};

void TestSlotRingClaim::claimAcrossWraps_data()
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

// claim() hands over exactly what pop() would, in order, within its limits, across every wrap.
void TestSlotRingClaim::claimAcrossWraps()
{
    QFETCH(int, capacity);
    QFETCH(int, maxSize);
    QFETCH(int, maxMessages);
    QFETCH(int, maxBytes);
    std::vector<std::uint8_t> memory(std::size_t(capacity), 0xEE);
    SlotRingState state;
    SlotRing ring(&state, memory.data(), std::uint64_t(capacity));
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
        std::size_t seen = 0;
        std::size_t payloadBytes = 0;
        bool ok = true;
        const std::size_t n = takeMessages(
            ring, std::size_t(maxMessages), std::size_t(maxBytes),
            [&](const std::uint8_t *data, std::uint32_t got, std::int64_t time, const std::uint8_t *, std::uint32_t) {
                const quint32 expect = quint32((taken * 37) % (maxSize + 1));
                ok = ok && got == expect && time == taken && (got == 0 || data[got - 1] == std::uint8_t(taken & 0x7F));
                payloadBytes += got;
                ++taken;
                ++seen;
            });
        QVERIFY(n <= std::size_t(maxMessages));
        QCOMPARE(n > 0, before > 0);
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

void TestSlotRingClaim::claimKeepsItsSpace_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("maxSize");
    QTest::addColumn<int>("maxMessages");
    QTest::newRow("tiny ring, one at a time") << 256 << 60 << 1;
    QTest::newRow("tiny ring, all at once") << 256 << 60 << 1000;
    QTest::newRow("odd sizes near the end") << 1008 << 200 << 3;
    QTest::newRow("4 KiB ring, large messages") << 4096 << 1500 << 2;
    QTest::newRow("zero-length messages") << 256 << 0 << 4;
}

// While a claimed read copies outside the lock, writers fill every byte they may and read() pops
// what follows: the claimed messages come out intact, nothing is lost, reordered or read twice.
void TestSlotRingClaim::claimKeepsItsSpace()
{
    QFETCH(int, capacity);
    QFETCH(int, maxSize);
    QFETCH(int, maxMessages);
    OwnedRing owned(capacity);
    SlotRing &ring = owned.ring;
    RingTraffic t{ring, maxSize};
    for (int round = 0; round < 400; ++round) {
        t.fill();
        SlotRingClaim claim;
        const std::size_t n = ring.claim(std::size_t(maxMessages), 1u << 20, &claim);
        QVERIFY(n > 0);
        const std::uint32_t queued = ring.count();
        QCOMPARE(ring.hasClaim(), true);
        // Writers during the copy: whatever fits, into free space only.
        t.fill();
        // read() during the copy pops the messages after the claim (and pops do not free claimed space).
        std::vector<std::int64_t> popped;
        for (int i = 0; i < round % 3 && !ring.isEmpty(); ++i) {
            popped.push_back(ring.peekTime());
            QCOMPARE(ring.pop(), false); // no restart while the claim holds space
        }
        t.fill();
        const int claimedFirst = t.taken;
        t.checkClaimed(claim);
        QVERIFY2(t.ok, "a claimed message was changed while it was claimed");
        QCOMPARE(std::size_t(t.taken - claimedFirst), n);
        QCOMPARE(queued >= popped.size(), true);
        for (const std::int64_t time : popped) {
            QCOMPARE(time, std::int64_t(t.taken));
            ++t.taken;
        }
        const bool emptied = ring.release();
        QCOMPARE(emptied, ring.isEmpty());
        QCOMPARE(ring.hasClaim(), false);
        if (emptied)
            QCOMPARE(owned.state.tail, std::uint64_t(0));
        QCOMPARE(ring.count(), std::uint32_t(t.pushed - t.taken));
        // Drain now and then, so that claims also begin at offset 0 and at every wrap.
        if (round % 7 == 6)
            t.drain();
        QVERIFY(t.ok);
    }
    QVERIFY(t.taken > 400);
}

void TestSlotRingClaim::claimInTwoSteps_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("maxSize");
    QTest::addColumn<int>("maxMessages");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<bool>("repairMeanwhile");
    QTest::newRow("tiny ring, one at a time") << 256 << 60 << 1 << 1000000 << false;
    QTest::newRow("odd sizes near the end") << 1008 << 200 << 3 << 1000000 << false;
    QTest::newRow("byte limit") << 1008 << 200 << 1000 << 150 << false;
    QTest::newRow("zero-length messages") << 256 << 0 << 4 << 1000000 << false;
    QTest::newRow("a writer died meanwhile") << 1008 << 200 << 3 << 1000000 << true;
}

// A claim of the whole queue, cut to the limits with the lock released while writers go on, gives
// the rest back at the head: nothing is lost, reordered or changed, and the cut stops at a limit.
void TestSlotRingClaim::claimInTwoSteps()
{
    QFETCH(int, capacity);
    QFETCH(int, maxSize);
    QFETCH(int, maxMessages);
    QFETCH(int, maxBytes);
    QFETCH(bool, repairMeanwhile);
    OwnedRing owned(capacity);
    SlotRing &ring = owned.ring;
    RingTraffic t{ring, maxSize};
    for (int round = 0; round < 400; ++round) {
        t.fill();
        const std::uint32_t queued = ring.count();
        SlotRingClaim claim;
        ring.claimQueue(&claim);
        QCOMPARE(claim.messages, std::size_t(queued));
        QVERIFY(ring.isEmpty());
        t.fill(); // while the claim is cut
        if (repairMeanwhile)
            QVERIFY(ring.repair());
        ring.cutClaim(&claim, std::size_t(maxMessages), std::size_t(maxBytes));
        QVERIFY(claim.messages > 0 && claim.messages <= std::size_t(maxMessages));
        QCOMPARE(claim.messages + claim.rest, std::size_t(queued));
        ring.returnRest(claim);
        QCOMPARE(ring.count(), std::uint32_t(t.pushed - t.taken) - std::uint32_t(claim.messages));
        t.fill(); // while it is copied
        std::size_t payload = 0;
        ring.forEachClaimed(claim, [&](const std::uint8_t *data, std::uint32_t got, std::int64_t time,
                                       const std::uint8_t *, std::uint32_t) {
            payload += got;
            t.check(data, got, time);
        });
        QVERIFY2(t.ok, "a message came out changed or out of order");
        QVERIFY(claim.rest == 0 || claim.messages == std::size_t(maxMessages) || payload >= std::size_t(maxBytes));
        ring.release();
        QCOMPARE(ring.count(), std::uint32_t(t.pushed - t.taken));
        if (round % 5 == 4) // what stays queued comes out in order too
            t.drain();
        QVERIFY(t.ok);
    }
    QVERIFY(t.taken > 400);
}

void TestSlotRingClaim::repairKeepsAClaim()
{
    std::vector<std::uint8_t> memory(1024, 0);
    SlotRingState state;
    SlotRing ring(&state, memory.data(), memory.size());
    ring.push("aaaa", 4, 1);
    ring.push("bbbb", 4, 2);
    SlotRingClaim claim;
    QCOMPARE(ring.claim(1, 1u << 20, &claim), std::size_t(1));
    state.tail += 48; // a writer died with garbage after the queue: repair empties the queue...
    state.count = 5;
    QVERIFY(!ring.repair());
    QVERIFY(ring.isEmpty());
    QVERIFY(ring.hasClaim()); // ...but not the claim, whose space stays the reader's
    QVERIFY(!ring.hasRoomFor(1024 - 16)); // it would need offset 0, inside the claim
    std::string got;
    ring.forEachClaimed(claim, [&](const std::uint8_t *data, std::uint32_t size, std::int64_t, const std::uint8_t *,
                                   std::uint32_t) { got.assign(reinterpret_cast<const char *>(data), size); });
    QCOMPARE(got, std::string("aaaa"));
    QVERIFY(ring.release());
    QCOMPARE(state.tail, std::uint64_t(0));
    QVERIFY(ring.hasRoomFor(1024 - 16));
}

// A reader that claims all that is queued while a writer goes on writing: the ring keeps to its first
// few claims' worth of memory instead of walking all of it (and every claimed message comes out).
void TestSlotRingClaim::steadyFlowStaysNearTheStart()
{
    constexpr std::uint64_t capacity = 8 * 1024 * 1024;
    constexpr std::uint32_t size = 4096;
    constexpr int perClaim = 16;
    std::vector<std::uint8_t> memory(capacity, 0);
    SlotRingState state;
    SlotRing ring(&state, memory.data(), capacity);
    const std::vector<std::uint8_t> payload(size, 0x5A);
    std::int64_t pushed = 0;
    std::int64_t taken = 0;
    bool inOrder = true;
    for (int round = 0; round < 2000; ++round) {
        SlotRingClaim claim;
        ring.claim(1000000, 1u << 30, &claim);
        for (int i = 0; i < perClaim; ++i) { // written while the claim is copied
            QVERIFY(ring.hasRoomFor(size));
            ring.push(payload.data(), size, pushed++);
        }
        ring.forEachClaimed(claim, [&](const std::uint8_t *, std::uint32_t, std::int64_t time, const std::uint8_t *,
                                       std::uint32_t) { inOrder = inOrder && time == taken++; });
        if (claim.messages > 0)
            ring.release();
    }
    QVERIFY(inOrder);
    QCOMPARE(taken + ring.count(), pushed);
    const std::uint64_t record = SlotRing::recordSize(size);
    QVERIFY2(state.highWater <= 4 * perClaim * record + SlotRing::kRewindRoom,
             qPrintable(QStringLiteral("the ring walked up to offset %1").arg(state.highWater)));
}

QTEST_GUILESS_MAIN(TestSlotRingClaim)
#include "tst_slotringclaim.moc"
