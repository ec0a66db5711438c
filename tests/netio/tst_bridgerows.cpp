// The bridge's rows: built in its thread, handed over in order with their slot, origin and
// delivery, at most NetworkBridge::kMaxRowBatchesInFlight batches out at once; when the receiver
// falls further behind, the oldest waiting rows are dropped and counted, never the counting or
// the delivery into local slots. On the loopback interface only.
#include "core/netio/networkbridgecontroller.h"
#include "core/netio/networksender.h"
#include "core/slots/mailslothandle.h"
#include "core/slots/mailslotserver.h"
#include "core/stream/bridgesource.h"
#include "core/stream/streamhub.h"
#include "core/wire/netbiosdatagram.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

#include <memory>

using namespace mailslot::wire;

namespace {

const NetworkIdentity kUs(QStringLiteral("ROWHOST"), QStringLiteral("ROWWG"));

QByteArray datagram(const QByteArray &slot, const QByteArray &payload, const QByteArray &destination = "ROWWG")
{
    return NetworkSender::buildDatagram(NetbiosDatagram::DirectGroup, 7, 0x7F000001, 138, NetbiosName("PEER", 0x00),
                                        NetbiosName(destination, 0x00), slot, payload);
}

// Each read's rows go out at once (rowsIntervalMs 0) unless a test says otherwise.
NetworkBridge::Options loopback(int maxBatch = 256, int maxPendingRows = 100000, int rowsIntervalMs = 0)
{
    NetworkBridge::Options o;
    o.rowsIntervalMs = rowsIntervalMs;
    o.identity = kUs;
    o.bindAddress = QHostAddress::LocalHost;
    o.port = 0;
    o.maxBatch = maxBatch;
    o.maxPendingRows = maxPendingRows;
    return o;
}

QByteArray numbered(int i)
{
    return QByteArray("m") + QByteArray::number(i);
}

// A served slot that is never read (what is delivered stays queued, counted by info()).
std::unique_ptr<MailslotServer> heldServer(const QString &name)
{
    MailslotServer::Options options;
    options.hold = true;
    MailslotError error;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(name, options, &error));
    if (!server)
        qWarning("cannot serve %s: %s", qPrintable(name), qPrintable(error.toString()));
    return server;
}

// Sends count datagrams numbered from 0 to the slot, to the loopback port.
void sendNumbered(quint16 port, const QByteArray &slot, int count, const QByteArray &destination = "ROWWG")
{
    QUdpSocket socket;
    for (int i = 0; i < count; ++i)
        socket.writeDatagram(datagram(slot, numbered(i), destination), QHostAddress::LocalHost, port);
}

// Waits until the bridge (in this thread) counted count datagrams, or none came for 5 s.
void waitUntilReceived(const NetworkBridge &bridge, QSignalSpy &counters, int count)
{
    while (bridge.counters().received < quint64(count) && counters.wait(5000)) {
    }
}

// The rows of every rowsReady (or the hub's rowsArrived) a spy saw, in order, and the rows not
// shown that they announced (rowsReady's second argument).
StreamRowList rowsOf(const QSignalSpy &spy, quint64 *notShown = nullptr)
{
    StreamRowList rows;
    for (const QList<QVariant> &emission : spy) {
        rows += emission.at(0).value<StreamRowList>();
        if (notShown)
            *notShown += emission.at(1).value<quint64>();
    }
    return rows;
}

} // namespace

class TestBridgeRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsArriveBuilt_data();
    void rowsArriveBuilt();
    void eachFormOnlyWhenListenedTo();
    void waitingRowsAreBoundedAndCounted_data();
    void waitingRowsAreBoundedAndCounted();
    void stopSendsWhatWaits();
    void floodGoesInBatchesAnIntervalApart();
    void sourcePublishesBuiltRows();
    void sourceCountsAndSaysRowsNotShown();

private:
    QTemporaryDir m_dir;
};

void TestBridgeRows::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("MAILSLOT_RUNTIME_DIR", QFile::encodeName(m_dir.path() + QStringLiteral("/ns")));
}

void TestBridgeRows::rowsArriveBuilt_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxBatch");
    QTest::newRow("one") << 1 << 256;
    QTest::newRow("one read") << 40 << 256;
    QTest::newRow("a read each") << 40 << 1;
    QTest::newRow("more than a read") << 600 << 256;
}

void TestBridgeRows::rowsArriveBuilt()
{
    QFETCH(int, count);
    QFETCH(int, maxBatch);
    std::unique_ptr<MailslotServer> server = heldServer(QStringLiteral("rows\\here"));
    QVERIFY(server);
    NetworkBridgeController bridge;
    QSignalSpy rows(&bridge, &NetworkBridgeController::rowsReady);
    QString problem;
    QVERIFY2(bridge.start(loopback(maxBatch), &problem), qPrintable(problem));
    QVERIFY(bridge.isReportingRows());
    QVERIFY(!bridge.isReportingDatagrams()); // no one listens to that form: not built

    // Every third one is for no slot here (observed), one in seven is not a mailslot write at all.
    QUdpSocket socket;
    for (int i = 0; i < count; ++i) {
        const QByteArray d = i % 7 == 6 ? numbered(i) : datagram(i % 3 == 2 ? "\\MAILSLOT\\ROWS\\NOBODY" : "\\MAILSLOT\\ROWS\\HERE", numbered(i));
        QCOMPARE(socket.writeDatagram(d, QHostAddress::LocalHost, bridge.localPort()), d.size());
    }
    while (rowsOf(rows).size() < count && rows.wait(5000)) {
    }
    bridge.stop();
    const StreamRowList got = rowsOf(rows);
    QCOMPARE(got.size(), count); // the loopback loses nothing at these counts
    quint64 delivered = 0;
    for (int i = 0; i < count; ++i) {
        const StreamRow &row = got.at(i);
        QVERIFY(row.datagram);
        QCOMPARE(row.origin, RowOrigin::Network);
        QCOMPARE(row.timeNs, row.datagram->timestampNs);
        if (i % 7 == 6) {
            QCOMPARE(row.payload, numbered(i)); // the whole UDP payload
            QVERIFY(!row.datagram->delivered);
            continue;
        }
        QCOMPARE(row.payload, numbered(i));
        const bool here = i % 3 != 2;
        QCOMPARE(row.slot, here ? QStringLiteral("\\\\.\\mailslot\\rows\\here") : QStringLiteral("\\\\.\\mailslot\\rows\\nobody"));
        QCOMPARE(row.datagram->delivered, here);
        QCOMPARE(row.datagram->deliveredTo(), here ? row.slot : QString());
        delivered += here ? 1 : 0;
    }
    for (const QList<QVariant> &emission : std::as_const(rows))
        QCOMPARE(emission.at(1).value<quint64>(), quint64(0)); // nothing dropped
    QCOMPARE(bridge.counters().received, quint64(count));
    QCOMPARE(bridge.counters().delivered, delivered);
    QCOMPARE(server->info().messageCount, quint32(delivered));
}

void TestBridgeRows::eachFormOnlyWhenListenedTo()
{
    NetworkBridgeController bridge;
    QString problem;
    QVERIFY2(bridge.start(loopback(), &problem), qPrintable(problem));
    QVERIFY(!bridge.isReportingRows());
    QVERIFY(!bridge.isReportingDatagrams());
    auto rows = std::make_unique<QSignalSpy>(&bridge, &NetworkBridgeController::rowsReady);
    QVERIFY(bridge.isReportingRows());
    QVERIFY(!bridge.isReportingDatagrams());
    QSignalSpy datagrams(&bridge, &NetworkBridgeController::datagramsObserved);
    QVERIFY(bridge.isReportingDatagrams());
    QUdpSocket socket;
    socket.writeDatagram(datagram("\\MAILSLOT\\both", "both"), QHostAddress::LocalHost, bridge.localPort());
    QVERIFY(rows->wait(5000));
    QVERIFY(datagrams.count() > 0 || datagrams.wait(5000));
    QCOMPARE(rows->at(0).at(0).value<StreamRowList>().at(0).payload, QByteArray("both"));
    QCOMPARE(datagrams.at(0).at(0).value<ObservedDatagramList>().at(0).parsed().payload, QByteArray("both"));
    rows.reset(); // the last receiver of rows gone: the worker stops building them
    QTRY_VERIFY(!bridge.isReportingRows());
    QVERIFY(bridge.isReportingDatagrams());
    socket.writeDatagram(datagram("\\MAILSLOT\\both", "only datagrams"), QHostAddress::LocalHost, bridge.localPort());
    QVERIFY(datagrams.wait(5000));
    bridge.stop();
    QCOMPARE(bridge.counters().received, quint64(2));
}

void TestBridgeRows::waitingRowsAreBoundedAndCounted_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxBatch");
    QTest::addColumn<int>("maxPending");
    QTest::newRow("fits") << 12 << 1 << 10;
    QTest::newRow("overflows") << 50 << 1 << 10;
    QTest::newRow("one waiting row") << 30 << 1 << 1;
    QTest::newRow("waiting reads go together") << 3000 << 1 << 2500;
    QTest::newRow("a read larger than a batch") << 3000 << 1500 << 100000;
}

void TestBridgeRows::waitingRowsAreBoundedAndCounted()
{
    QFETCH(int, count);
    QFETCH(int, maxBatch);
    QFETCH(int, maxPending);
    std::unique_ptr<MailslotServer> server = heldServer(QStringLiteral("held"));
    QVERIFY(server);
    NetworkBridge bridge(loopback(maxBatch, maxPending)); // in this thread: nothing is taken unless said
    QString problem;
    QVERIFY2(bridge.start(&problem), qPrintable(problem));
    bridge.setReportsRows(true);
    QSignalSpy rows(&bridge, &NetworkBridge::rowsReady);
    QSignalSpy counters(&bridge, &NetworkBridge::countersChanged);
    sendNumbered(bridge.localPort(), "\\MAILSLOT\\held", count);
    waitUntilReceived(bridge, counters, count);
    QCOMPARE(bridge.counters().received, quint64(count));
    // No batch was taken: two are out, the rest waits, at most maxPending of it.
    QCOMPARE(rows.count(), NetworkBridge::kMaxRowBatchesInFlight);
    const int out = int(rowsOf(rows).size());
    const int waiting = qMin(count - out, maxPending);
    QCOMPARE(bridge.pendingRows(), qsizetype(waiting));
    QCOMPARE(server->info().messageCount, quint32(count)); // every one delivered all the same

    // Each batch taken lets one more out, the first with the count of the dropped ones.
    for (int taken = 1; bridge.pendingRows() > 0; ++taken) {
        bridge.rowsTaken();
        QCOMPARE(rows.count(), NetworkBridge::kMaxRowBatchesInFlight + taken);
        QVERIFY(rows.last().at(0).value<StreamRowList>().size() <= NetworkBridge::kMaxRowsPerBatch);
    }
    // Waiting reads went together, in as few batches as kMaxRowsPerBatch allows (one-row reads, or one read).
    const qsizetype batches = (waiting + NetworkBridge::kMaxRowsPerBatch - 1) / NetworkBridge::kMaxRowsPerBatch;
    QCOMPARE(rows.count(), NetworkBridge::kMaxRowBatchesInFlight + batches);
    quint64 notShown = 0;
    const StreamRowList got = rowsOf(rows, &notShown);
    QCOMPARE(quint64(got.size()) + notShown, quint64(count));
    QCOMPARE(notShown, quint64(count - out - waiting));
    // In order: the first ones out, then the newest (the oldest waiting ones were dropped).
    for (int i = 0; i < got.size(); ++i) {
        const int expected = i < out ? i : count - int(got.size()) + i;
        QCOMPARE(got.at(i).payload, numbered(expected));
        QVERIFY(got.at(i).datagram->delivered);
    }
}

void TestBridgeRows::stopSendsWhatWaits()
{
    NetworkBridge bridge(loopback(1));
    QString problem;
    QVERIFY2(bridge.start(&problem), qPrintable(problem));
    bridge.setReportsRows(true);
    QSignalSpy rows(&bridge, &NetworkBridge::rowsReady);
    QSignalSpy counters(&bridge, &NetworkBridge::countersChanged);
    sendNumbered(bridge.localPort(), "\\MAILSLOT\\nobody", 20);
    waitUntilReceived(bridge, counters, 20);
    QCOMPARE(bridge.pendingRows(), qsizetype(20 - NetworkBridge::kMaxRowBatchesInFlight)); // none taken
    bridge.stop(); // every row is sent, taken or not
    quint64 notShown = 0;
    const StreamRowList got = rowsOf(rows, &notShown);
    QCOMPARE(got.size(), 20);
    QCOMPARE(notShown, quint64(0));
    for (int i = 0; i < 20; ++i)
        QCOMPARE(got.at(i).payload, numbered(i));
}

// The first row after a quiet spell goes at once; the rows after it wait for the interval and go
// together, except a full batch, which goes at once.
void TestBridgeRows::floodGoesInBatchesAnIntervalApart()
{
    constexpr int kIntervalMs = 2000; // far longer than the test's reads take
    NetworkBridge bridge(loopback(1, 100000, kIntervalMs)); // in this thread: nothing is taken unless said
    QString problem;
    QVERIFY2(bridge.start(&problem), qPrintable(problem));
    bridge.setReportsRows(true);
    QSignalSpy rows(&bridge, &NetworkBridge::rowsReady);
    QSignalSpy counters(&bridge, &NetworkBridge::countersChanged);
    sendNumbered(bridge.localPort(), "\\MAILSLOT\\flood", 1);
    QVERIFY(rows.wait(kIntervalMs / 2));
    const int rest = int(NetworkBridge::kMaxRowsPerBatch) + 76;
    QUdpSocket socket;
    for (int i = 1; i <= rest; ++i)
        socket.writeDatagram(datagram("\\MAILSLOT\\flood", numbered(i)), QHostAddress::LocalHost, bridge.localPort());
    waitUntilReceived(bridge, counters, 1 + rest);
    QCOMPARE(rows.count(), 2); // the full batch went at once
    QCOMPARE(rows.at(1).at(0).value<StreamRowList>().size(), NetworkBridge::kMaxRowsPerBatch);
    QCOMPARE(bridge.pendingRows(), qsizetype(76));
    bridge.rowsTaken();
    bridge.rowsTaken();
    QCOMPARE(rows.count(), 2); // taken, but the interval since the last batch has not passed
    QVERIFY(rows.wait(kIntervalMs * 3));
    QCOMPARE(rows.count(), 3);
    const StreamRowList got = rowsOf(rows);
    QCOMPARE(got.size(), 1 + rest);
    for (int i = 0; i < got.size(); ++i)
        QCOMPARE(got.at(i).payload, numbered(i));
}

void TestBridgeRows::sourcePublishesBuiltRows()
{
    StreamHub hub;
    auto *source = new BridgeSource(hub.ledger());
    hub.addSource(source);
    QSignalSpy arrived(&hub, &StreamHub::rowsArrived);
    QString problem;
    QVERIFY2(source->start(loopback(), &problem), qPrintable(problem));
    sendNumbered(source->localPort(), "\\MAILSLOT\\BROWSE", 300, "OTHERWG");
    while (rowsOf(arrived).size() < 300 && arrived.wait(5000)) {
    }
    source->stop();
    const StreamRowList got = rowsOf(arrived);
    QCOMPARE(got.size(), 300);
    for (int i = 0; i < got.size(); ++i) {
        QCOMPARE(got.at(i).sequence, quint64(i + 1));
        QCOMPARE(got.at(i).sourceId, source->id());
        QCOMPARE(got.at(i).origin, RowOrigin::Network);
        QCOMPARE(got.at(i).slot, QStringLiteral("\\\\.\\mailslot\\browse"));
        QCOMPARE(got.at(i).payload, numbered(i));
    }
    QCOMPARE(source->rowsNotShown(), quint64(0));
    QCOMPARE(source->counters().rows, quint64(300));
}

void TestBridgeRows::sourceCountsAndSaysRowsNotShown()
{
    // A slot read here, with a blocking read: this thread waits for each delivery without running
    // its event loop, as a GUI thread that falls behind does.
    MailslotError error;
    std::unique_ptr<MailslotHandle> slot = MailslotHandle::create(QStringLiteral("behind"), MailslotOptions(), &error);
    QVERIFY2(slot, qPrintable(error.toString()));
    slot->setReadTimeout(10000);
    StreamHub hub;
    auto *source = new BridgeSource(hub.ledger());
    hub.addSource(source);
    QSignalSpy arrived(&hub, &StreamHub::rowsArrived);
    QSignalSpy said(source, &BridgeSource::errorOccurred);
    QString problem;
    constexpr int kCount = 100;
    constexpr int kMaxPending = 10;
    QVERIFY2(source->start(loopback(1, kMaxPending), &problem), qPrintable(problem));
    QUdpSocket socket;
    for (int i = 0; i < kCount; ++i) {
        socket.writeDatagram(datagram("\\MAILSLOT\\behind", numbered(i)), QHostAddress::LocalHost, source->localPort());
        QByteArray message;
        QVERIFY(!slot->read(&message)); // delivered while no batch is taken
        QCOMPARE(message, numbered(i));
    }
    source->stop(); // the worker's last read is over: what still waits is sent
    QCoreApplication::sendPostedEvents();
    const StreamRowList got = rowsOf(arrived);
    const int out = NetworkBridge::kMaxRowBatchesInFlight;
    QCOMPARE(got.size(), out + kMaxPending);
    QCOMPARE(source->rowsNotShown(), quint64(kCount - out - kMaxPending));
    QCOMPARE(source->bridgeCounters().received, quint64(kCount));
    QCOMPARE(source->bridgeCounters().delivered, quint64(kCount));
    for (int i = 0; i < got.size(); ++i) {
        QCOMPARE(got.at(i).sequence, quint64(i + 1));
        QCOMPARE(got.at(i).payload, numbered(i < out ? i : kCount - int(got.size()) + i));
    }
    QCOMPARE(said.count(), 1);
    const QString message = said.at(0).at(0).toString();
    QVERIFY2(message.contains(QString::number(kCount - out - kMaxPending)), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestBridgeRows)
#include "tst_bridgerows.moc"
