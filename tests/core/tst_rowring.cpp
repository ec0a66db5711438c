// RowRing: rows in order through appends and evictions of whole and partial chunks, a bounded
// ring that wraps around many times, and snapshots that keep their rows whatever the ring does
// afterwards (appends into the chunk they share, evictions, clear, a lower capacity).
#include "core/stream/rowring.h"

#include <QTest>

namespace {

constexpr qsizetype K = RowRing::kChunkRows;

StreamRow numbered(quint64 sequence)
{
    StreamRow row;
    row.sequence = sequence;
    row.payload = QByteArray::number(sequence);
    return row;
}

// Appends rows first..first+count-1 (by sequence number).
void appendRange(RowRing &ring, quint64 first, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i)
        ring.append(numbered(first + quint64(i)));
}

// Whether the rows read first, first+1, ... (sequence and payload).
template <typename Rows>
bool holdsRange(const Rows &rows, quint64 first, qsizetype count)
{
    if (rows.count() != count)
        return false;
    for (qsizetype i = 0; i < count; ++i) {
        const StreamRow &row = rows.at(i);
        if (row.sequence != first + quint64(i) || row.payload != QByteArray::number(first + quint64(i)))
            return false;
    }
    return true;
}

} // namespace

class TestRowRing : public QObject
{
    Q_OBJECT

private slots:
    void appendAndEvict_data();
    void appendAndEvict();
    void boundedRingWrapsAround_data();
    void boundedRingWrapsAround();
    void snapshotUnaffected_data();
    void snapshotUnaffected();
    void snapshotSharesChunks();
    void selectedRows();
    void fromList();
};

void TestRowRing::appendAndEvict_data()
{
    QTest::addColumn<qsizetype>("appended");
    QTest::addColumn<qsizetype>("evicted");
    QTest::addColumn<qsizetype>("appendedAfter");
    QTest::newRow("empty") << qsizetype(0) << qsizetype(0) << qsizetype(0);
    QTest::newRow("one row, evicted, one more") << qsizetype(1) << qsizetype(1) << qsizetype(1);
    QTest::newRow("partial chunk evicted") << qsizetype(100) << qsizetype(37) << qsizetype(10);
    QTest::newRow("one chunk exactly, all evicted") << K << K << qsizetype(5);
    QTest::newRow("part of the second chunk evicted") << 3 * K + 5 << K + 1 << K;
    QTest::newRow("all but one evicted") << 2 * K + 9 << 2 * K + 8 << K - 1;
    QTest::newRow("everything evicted mid-chunk") << K + 300 << K + 300 << 2 * K;
}

void TestRowRing::appendAndEvict()
{
    QFETCH(qsizetype, appended);
    QFETCH(qsizetype, evicted);
    QFETCH(qsizetype, appendedAfter);
    RowRing ring;
    appendRange(ring, 1, appended);
    QVERIFY(holdsRange(ring, 1, appended));
    ring.evictFront(evicted);
    QVERIFY(holdsRange(ring, 1 + quint64(evicted), appended - evicted));
    appendRange(ring, 1 + quint64(appended), appendedAfter);
    QVERIFY(holdsRange(ring, 1 + quint64(evicted), appended - evicted + appendedAfter));
    // Whole evicted chunks are let go: at most one chunk more than the rows need.
    QVERIFY(ring.chunkCount() <= (ring.count() + K - 1) / K + 1);
}

void TestRowRing::boundedRingWrapsAround_data()
{
    QTest::addColumn<qsizetype>("capacity");
    QTest::addColumn<qsizetype>("batch");
    QTest::addColumn<qsizetype>("total");
    QTest::newRow("capacity below a chunk") << qsizetype(100) << qsizetype(7) << 3 * K;
    QTest::newRow("capacity of a chunk and a half, batches of 1000") << K + K / 2 << qsizetype(1000) << 10 * K;
    QTest::newRow("capacity of two chunks, batches of a chunk") << 2 * K << K << 9 * K;
    QTest::newRow("capacity not a multiple, odd batches") << 3 * K - 1 << qsizetype(4097) << 12 * K + 3;
}

void TestRowRing::boundedRingWrapsAround()
{
    // As MessageModel uses it: append a batch, evict what exceeds the capacity.
    QFETCH(qsizetype, capacity);
    QFETCH(qsizetype, batch);
    QFETCH(qsizetype, total);
    RowRing ring;
    quint64 next = 1;
    for (qsizetype done = 0; done < total; done += batch) {
        const qsizetype n = std::min(batch, total - done);
        appendRange(ring, next, n);
        next += quint64(n);
        ring.evictFront(std::max<qsizetype>(ring.count() - capacity, 0));
        QVERIFY(ring.chunkCount() <= capacity / K + 2);
    }
    const qsizetype kept = std::min(capacity, total);
    QVERIFY(holdsRange(ring, quint64(total - kept) + 1, kept));
}

void TestRowRing::snapshotUnaffected_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<qsizetype>("rows");
    QTest::newRow("appends into the shared tail chunk") << QStringLiteral("append") << K + 10;
    QTest::newRow("appends, rows end on a chunk boundary") << QStringLiteral("append") << 2 * K;
    QTest::newRow("evict part of the first chunk") << QStringLiteral("evict-partial") << K + 10;
    QTest::newRow("evict every row") << QStringLiteral("evict-all") << 3 * K + 1;
    QTest::newRow("clear") << QStringLiteral("clear") << 2 * K + 7;
    QTest::newRow("lower capacity, then a full turn of the ring") << QStringLiteral("capacity") << 4 * K;
    QTest::newRow("two rows mid-chunk, then evict them") << QStringLiteral("evict-all") << qsizetype(2);
}

void TestRowRing::snapshotUnaffected()
{
    QFETCH(QString, change);
    QFETCH(qsizetype, rows);
    RowRing ring;
    appendRange(ring, 1, 5);
    ring.evictFront(3); // the snapshot starts mid-chunk
    appendRange(ring, 6, rows - 2);
    const RowRing::Snapshot snapshot = ring.snapshot();
    QVERIFY(holdsRange(snapshot, 4, rows));
    if (change == QLatin1String("append")) {
        appendRange(ring, 1000000, 3 * K);
    } else if (change == QLatin1String("evict-partial")) {
        ring.evictFront(17);
    } else if (change == QLatin1String("evict-all")) {
        ring.evictFront(ring.count());
        appendRange(ring, 1000000, 2 * K);
    } else if (change == QLatin1String("clear")) {
        ring.clear();
        appendRange(ring, 1000000, K + 1);
    } else if (change == QLatin1String("capacity")) {
        // A capacity of 100: the oldest rows go, then the ring turns over many times.
        ring.evictFront(ring.count() - 100);
        for (int turn = 0; turn < 50; ++turn) {
            appendRange(ring, 1000000 + quint64(turn) * 1000, 1000);
            ring.evictFront(ring.count() - 100);
        }
    }
    QVERIFY(holdsRange(snapshot, 4, rows));
    const RowRing::Snapshot copy = snapshot;
    QVERIFY(holdsRange(copy, 4, rows));
}

void TestRowRing::snapshotSharesChunks()
{
    // 10 chunks of rows: the snapshot holds 10 chunk pointers, no copy of a row.
    RowRing ring;
    appendRange(ring, 1, 10 * K);
    const QByteArray first = ring.at(0).payload;
    const RowRing::Snapshot snapshot = ring.snapshot();
    QCOMPARE(snapshot.chunkCount(), qsizetype(10));
    QCOMPARE(ring.chunkCount(), qsizetype(10));
    QVERIFY(&snapshot.at(0) == &ring.at(0)); // the same row, not a copy
    QVERIFY(&snapshot.at(10 * K - 1) == &ring.at(10 * K - 1));
    QCOMPARE(snapshot.at(0).payload, first);
}

void TestRowRing::selectedRows()
{
    RowRing ring;
    appendRange(ring, 1, 2 * K);
    ring.evictFront(10);
    const RowRing::Snapshot snapshot = ring.snapshot();
    const RowRing::Snapshot some = snapshot.selected({0, 5, K, 2 * K - 11});
    QCOMPARE(some.count(), qsizetype(4));
    QCOMPARE(some.at(0).sequence, quint64(11));
    QCOMPARE(some.at(1).sequence, quint64(16));
    QCOMPARE(some.at(2).sequence, quint64(K + 11));
    QCOMPARE(some.at(3).sequence, quint64(2 * K));
    // A selection of a selection: positions in the selection.
    const RowRing::Snapshot fewer = some.selected({3, 1});
    QCOMPARE(fewer.count(), qsizetype(2));
    QCOMPARE(fewer.at(0).sequence, quint64(2 * K));
    QCOMPARE(fewer.at(1).sequence, quint64(16));
    QVERIFY(snapshot.selected({}).isEmpty());
    ring.clear();
    QCOMPARE(some.at(3).sequence, quint64(2 * K));
}

void TestRowRing::fromList()
{
    QList<StreamRow> rows;
    for (quint64 s = 1; s <= quint64(K) + 3; ++s)
        rows.append(numbered(s));
    const RowRing ring = RowRing::fromList(rows);
    QVERIFY(holdsRange(ring, 1, K + 3));
    QVERIFY(RowRing::fromList({}).snapshot().isEmpty());
    QVERIFY(holdsRange(ring.snapshot(), 1, K + 3));
}

QTEST_GUILESS_MAIN(TestRowRing)
#include "tst_rowring.moc"
