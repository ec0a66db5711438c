// StreamHub: one numbering for every source's rows (arrival order), source ids and states, and
// the local copies of bridge deliveries merged into their datagram rows.
#include "core/stream/streamhub.h"

#include <QSignalSpy>
#include <QTest>

namespace {

// A source driven by the test.
class ScriptedSource : public StreamSource
{
public:
    explicit ScriptedSource(RowOrigin origin, QString name = QStringLiteral("scripted"))
        : StreamSource(origin), m_name(std::move(name))
    {
    }
    QString name() const override { return m_name; }
    void emitRows(const QList<QByteArray> &payloads, const QString &slot = QStringLiteral("\\\\.\\mailslot\\s"))
    {
        StreamRowList rows;
        for (const QByteArray &payload : payloads) {
            StreamRow row;
            row.slot = slot;
            row.payload = payload;
            row.sequence = 999; // whatever a source says, the hub numbers
            rows.append(row);
        }
        publish(rows);
    }
    void go(State state, const QString &why = {}) { setState(state, why); }

private:
    QString m_name;
};

QList<QByteArray> payloads(const StreamRowList &rows)
{
    QList<QByteArray> out;
    for (const StreamRow &row : rows)
        out.append(row.payload);
    return out;
}

StreamRowList collect(const QSignalSpy &spy)
{
    StreamRowList all;
    for (const QList<QVariant> &args : spy)
        all += args.at(0).value<StreamRowList>();
    return all;
}

} // namespace

class TestStreamHub : public QObject
{
    Q_OBJECT

private slots:
    void numbersInArrivalOrder_data();
    void numbersInArrivalOrder();
    void sourcesHaveIdsAndStates();
    void removedSourceIsSilent();
    void deliveredCopyIsMerged_data();
    void deliveredCopyIsMerged();
};

void TestStreamHub::numbersInArrivalOrder_data()
{
    QTest::addColumn<QList<int>>("batches"); // which source (0, 1, 2) emits each batch of two rows
    QTest::newRow("one source") << QList<int>{0, 0, 0};
    QTest::newRow("interleaved") << QList<int>{0, 1, 2, 1, 0};
    QTest::newRow("capture between live") << QList<int>{2, 0, 2, 1};
}

void TestStreamHub::numbersInArrivalOrder()
{
    QFETCH(QList<int>, batches);
    StreamHub hub;
    auto *local = new ScriptedSource(RowOrigin::LocalSlot);
    auto *network = new ScriptedSource(RowOrigin::Network);
    auto *capture = new ScriptedSource(RowOrigin::Capture);
    const QList<ScriptedSource *> sources{local, network, capture};
    for (ScriptedSource *s : sources)
        hub.addSource(s);
    QSignalSpy arrived(&hub, &StreamHub::rowsArrived);
    QList<QByteArray> expected;
    for (int i = 0; i < batches.size(); ++i) {
        const QList<QByteArray> batch{QByteArray::number(i) + "a", QByteArray::number(i) + "b"};
        sources[batches[i]]->emitRows(batch);
        expected += batch;
    }
    QCOMPARE(arrived.count(), batches.size()); // one emission per batch
    const StreamRowList all = collect(arrived);
    QCOMPARE(payloads(all), expected);
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].sequence, quint64(i + 1));
        const ScriptedSource *from = sources[batches[i / 2]];
        QCOMPARE(all[i].sourceId, from->id());
        QCOMPARE(all[i].origin, from->origin());
    }
    QCOMPARE(hub.lastSequence(), quint64(all.size()));
    QCOMPARE(capture->counters().rows, quint64(2 * batches.count(2)));
}

void TestStreamHub::sourcesHaveIdsAndStates()
{
    StreamHub hub;
    QSignalSpy added(&hub, &StreamHub::sourceAdded);
    QSignalSpy changed(&hub, &StreamHub::sourceStateChanged);
    auto *a = new ScriptedSource(RowOrigin::LocalSlot, QStringLiteral("a"));
    auto *b = new ScriptedSource(RowOrigin::Capture, QStringLiteral("b"));
    QCOMPARE(a->id(), quint32(0));
    hub.addSource(a);
    hub.addSource(b);
    hub.addSource(a); // once only
    QCOMPARE(added.count(), 2);
    QVERIFY(a->id() != 0 && b->id() != 0 && a->id() != b->id());
    QCOMPARE(hub.source(b->id()), b);
    QCOMPARE(hub.sources().size(), 2);
    QCOMPARE(a->parent(), &hub);
    QCOMPARE(b->state(), StreamSource::State::Starting);
    b->go(StreamSource::State::Live);
    b->go(StreamSource::State::Failed, QStringLiteral("disk on fire"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(b->failure(), QStringLiteral("disk on fire"));
    b->go(StreamSource::State::Finished, QStringLiteral("ignored"));
    QVERIFY(b->failure().isEmpty()); // a reason belongs to Failed only
    QCOMPARE(StreamSource::stateText(StreamSource::State::Live), QStringLiteral("Live"));
}

void TestStreamHub::removedSourceIsSilent()
{
    StreamHub hub;
    auto *a = new ScriptedSource(RowOrigin::LocalSlot);
    hub.addSource(a);
    QSignalSpy arrived(&hub, &StreamHub::rowsArrived);
    QSignalSpy removed(&hub, &StreamHub::sourceRemoved);
    const quint32 id = a->id();
    hub.removeSource(a);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toUInt(), id);
    a->emitRows({"late"}); // deleted later, disconnected now
    QCOMPARE(arrived.count(), 0);
    QVERIFY(hub.sources().isEmpty());
}

void TestStreamHub::deliveredCopyIsMerged_data()
{
    QTest::addColumn<bool>("served");
    QTest::addColumn<QList<QByteArray>>("delivered"); // noted by "the bridge"
    QTest::addColumn<QList<QByteArray>>("local");     // then read from the slot
    QTest::addColumn<QList<QByteArray>>("rows");      // what the hub passes on from the slot
    QTest::newRow("served: the copy goes") << true << QList<QByteArray>{"n1"} << QList<QByteArray>{"a", "n1", "b"}
                                           << QList<QByteArray>{"a", "b"};
    QTest::newRow("same text by another writer stays") << true << QList<QByteArray>{"x"}
                                                       << QList<QByteArray>{"x", "x"} << QList<QByteArray>{"x"};
    QTest::newRow("not served: nothing noted") << false << QList<QByteArray>{"n1"} << QList<QByteArray>{"n1"}
                                               << QList<QByteArray>{"n1"};
    QTest::newRow("two deliveries, in order") << true << QList<QByteArray>{"p", "q"} << QList<QByteArray>{"p", "q", "r"}
                                              << QList<QByteArray>{"r"};
}

void TestStreamHub::deliveredCopyIsMerged()
{
    QFETCH(bool, served);
    QFETCH(QList<QByteArray>, delivered);
    QFETCH(QList<QByteArray>, local);
    QFETCH(QList<QByteArray>, rows);
    const QString slot = QStringLiteral("\\\\.\\mailslot\\served");
    StreamHub hub;
    auto *slotRows = new ScriptedSource(RowOrigin::LocalSlot);
    hub.addSource(slotRows);
    hub.ledger()->setServed(slot, served);
    for (const QByteArray &payload : delivered)
        QCOMPARE(hub.ledger()->expect(slot, payload), served);
    QSignalSpy arrived(&hub, &StreamHub::rowsArrived);
    slotRows->emitRows(local, slot);
    slotRows->emitRows({"other slot"}, QStringLiteral("\\\\.\\mailslot\\other"));
    QCOMPARE(payloads(collect(arrived)), rows + QList<QByteArray>{"other slot"});
    QCOMPARE(hub.mergedDeliveries(), quint64(served ? delivered.size() : 0));
    QCOMPARE(hub.ledger()->pending(), std::size_t(0));
    const StreamRowList all = collect(arrived);
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all[i].sequence, quint64(i + 1)); // no gaps where copies were dropped
}

QTEST_MAIN(TestStreamHub)
#include "tst_streamhub.moc"
