// SlotRing: the ring of records in shared memory (pure logic).
#include "core/platform/slotring.h"
#include "core/platform/tapring.h"

#include <QTest>

#include <vector>

using namespace mailslot::platform;

namespace {

// A read as PosixServerSlot does it: claim, hand the claimed messages to f, release.
template<typename F>
std::size_t takeMessages(SlotRing &ring, std::size_t maxMessages, std::size_t maxBytes, const F &f)
{
    SlotRingClaim claim;
    const std::size_t n = ring.claim(maxMessages, maxBytes, &claim);
    ring.forEachClaimed(claim, f);
    if (n > 0)
        ring.release();
    return n;
}

} // namespace

class TestSlotRing : public QObject
{
    Q_OBJECT

private slots:
    void recordSizes_data();
    void recordSizes();
    void pushPopWrap_data();
    void pushPopWrap();
    void claimAcrossWraps_data();
    void claimAcrossWraps();
    void claimKeepsItsSpace_data();
    void claimKeepsItsSpace();
    void repairKeepsAClaim();
    void steadyFlowStaysNearTheStart();
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

void TestSlotRing::claimAcrossWraps_data()
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
void TestSlotRing::claimAcrossWraps()
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

void TestSlotRing::claimKeepsItsSpace_data()
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
void TestSlotRing::claimKeepsItsSpace()
{
    QFETCH(int, capacity);
    QFETCH(int, maxSize);
    QFETCH(int, maxMessages);
    std::vector<std::uint8_t> memory(std::size_t(capacity), 0xEE);
    SlotRingState state;
    SlotRing ring(&state, memory.data(), std::uint64_t(capacity));
    int pushed = 0;
    int taken = 0;
    const auto sizeOf = [maxSize](int n) { return quint32((n * 37) % (maxSize + 1)); };
    const auto fill = [&] {
        while (ring.hasRoomFor(sizeOf(pushed))) {
            const QByteArray payload(int(sizeOf(pushed)), char(pushed & 0x7F));
            ring.push(payload.constData(), sizeOf(pushed), pushed);
            ++pushed;
        }
    };
    bool ok = true;
    const auto check = [&](const std::uint8_t *data, std::uint32_t got, std::int64_t time) {
        const quint32 expect = sizeOf(taken);
        bool same = got == expect && time == taken;
        for (quint32 i = 0; same && i < got; ++i)
            same = data[i] == std::uint8_t(taken & 0x7F);
        ok = ok && same;
        ++taken;
    };
    for (int round = 0; round < 400; ++round) {
        fill();
        SlotRingClaim claim;
        const std::size_t n = ring.claim(std::size_t(maxMessages), 1u << 20, &claim);
        QVERIFY(n > 0);
        const std::uint32_t queued = ring.count();
        QCOMPARE(ring.hasClaim(), true);
        // Writers during the copy: whatever fits, into free space only.
        fill();
        // read() during the copy pops the messages after the claim (and pops do not free claimed space).
        std::vector<std::int64_t> popped;
        for (int i = 0; i < round % 3 && !ring.isEmpty(); ++i) {
            popped.push_back(ring.peekTime());
            QCOMPARE(ring.pop(), false); // no restart while the claim holds space
        }
        fill();
        const int claimedFirst = taken;
        ring.forEachClaimed(claim, [&](const std::uint8_t *data, std::uint32_t got, std::int64_t time,
                                       const std::uint8_t *, std::uint32_t) { check(data, got, time); });
        QVERIFY2(ok, "a claimed message was changed while it was claimed");
        QCOMPARE(std::size_t(taken - claimedFirst), n);
        QCOMPARE(queued >= popped.size(), true);
        for (const std::int64_t time : popped) {
            QCOMPARE(time, std::int64_t(taken));
            ++taken;
        }
        const bool emptied = ring.release();
        QCOMPARE(emptied, ring.isEmpty());
        QCOMPARE(ring.hasClaim(), false);
        if (emptied)
            QCOMPARE(state.tail, std::uint64_t(0));
        QCOMPARE(ring.count(), std::uint32_t(pushed - taken));
        // Drain now and then, so that claims also begin at offset 0 and at every wrap.
        if (round % 7 == 6)
            takeMessages(ring, 1000000, 1u << 30,
                         [&](const std::uint8_t *data, std::uint32_t got, std::int64_t time, const std::uint8_t *,
                             std::uint32_t) { check(data, got, time); });
        QVERIFY(ok);
    }
    QVERIFY(taken > 400);
}

void TestSlotRing::repairKeepsAClaim()
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
void TestSlotRing::steadyFlowStaysNearTheStart()
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

QTEST_GUILESS_MAIN(TestSlotRing)
#include "tst_slotring.moc"
