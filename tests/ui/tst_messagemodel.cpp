#include "ui/stream/messagemodel.h"
#include "uitesthelpers.h"

#include <QAbstractEventDispatcher>
#include <QAbstractItemModelTester>

#include <algorithm>
#include <optional>

class TestMessageModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }

    void growingNeverMovesRows();
    void appendAndFlush_data();
    void appendAndFlush();
    void oneInsertPerFlush();
    void captureRowsCountedApart();
    void overflowRemovesBeforeInserting();
    void clear();
    void pauseQueuesAndCounts();
    void pausedQueueIsBoundedByCapacity();
    void shrinkCapacity();
    void displayStrings();
    void flushTimerDeliversWithoutExplicitFlush();
    void datagramsKeepTheirDatagram();
    void flushKeepsToItsBudget_data();
    void flushKeepsToItsBudget();
    void resumeKeepsToTheBudget();
    void snapshotKeepsItsRows_data();
    void snapshotKeepsItsRows();

private:
    QTemporaryDir m_dir;
};

void TestMessageModel::appendAndFlush_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QList<int>>("batches");
    QTest::addColumn<int>("rows");

    QTest::newRow("one batch") << 1000 << QList<int>{10} << 10;
    QTest::newRow("several batches") << 1000 << QList<int>{10, 20, 30} << 60;
    QTest::newRow("exactly full") << 100 << QList<int>{60, 40} << 100;
    QTest::newRow("overflow by one") << 100 << QList<int>{100, 1} << 100;
    QTest::newRow("batch larger than capacity") << 100 << QList<int>{250} << 100;
    QTest::newRow("wraps many times") << 100 << QList<int>{70, 70, 70, 70, 70} << 100;
}

void TestMessageModel::appendAndFlush()
{
    QFETCH(int, capacity);
    QFETCH(QList<int>, batches);
    QFETCH(int, rows);

    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(capacity);
    StreamRowList all;
    for (int count : batches) {
        const StreamRowList batch = uitest::messages(count);
        all += batch;
        model.append(batch);
        model.flush();
    }
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.totalMessages(), quint64(all.size()));
    QCOMPARE(model.totalMessages() - model.totalEvicted(), quint64(rows));
    // The newest messages, oldest first.
    // The newest messages, oldest first, with the numbers the hub gave them.
    for (int row = 0; row < rows; ++row) {
        const qsizetype i = all.size() - rows + row;
        QCOMPARE(model.row(row).payload, all[i].payload);
        QCOMPARE(model.row(row).sequence, all[i].sequence); // the hub's number, kept
    }
    QCOMPARE(model.index(rows - 1, MessageModel::SequenceColumn).data().toString(), QString::number(all.last().sequence));
}

void TestMessageModel::oneInsertPerFlush()
{
    MessageModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(uitest::messages(5));
    model.append(uitest::messages(7));
    model.append(uitest::messages(9));
    QCOMPARE(model.rowCount(), 0); // queued, not shown yet
    model.flush();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 20);
    QCOMPARE(model.rowCount(), 21);
}

void TestMessageModel::overflowRemovesBeforeInserting()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(100);
    model.append(uitest::messages(90));
    model.flush();

    QStringList order;
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [&](const QModelIndex &, int first, int last) { order << QStringLiteral("remove %1-%2").arg(first).arg(last); });
    connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [&](const QModelIndex &, int first, int last) { order << QStringLiteral("insert %1-%2").arg(first).arg(last); });
    model.append(uitest::messages(30));
    model.flush();
    QCOMPARE(order, (QStringList{QStringLiteral("remove 0-19"), QStringLiteral("insert 70-99")}));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.totalEvicted(), quint64(20));
}

void TestMessageModel::clear()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(uitest::messages(50));
    model.flush();
    model.append(uitest::messages(5)); // queued
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.flush();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalMessages(), quint64(55)); // counters go on
    model.append(uitest::messages(3));
    model.flush();
    QCOMPARE(model.rowCount(), 3);
}

void TestMessageModel::pauseQueuesAndCounts()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy newWhilePaused(&model, &MessageModel::newWhilePausedChanged);
    model.append(uitest::messages(4));
    model.flush();
    model.setPaused(true);
    model.append(uitest::messages(6));
    model.flush();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.newWhilePaused(), quint64(6));
    QCOMPARE(model.totalMessages(), quint64(10));
    // The count is reported by the flush timer, without user action.
    QTRY_VERIFY(!newWhilePaused.isEmpty() && newWhilePaused.last().at(0).toULongLong() == 6);
    model.setPaused(false);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.newWhilePaused(), quint64(0));
}

void TestMessageModel::pausedQueueIsBoundedByCapacity()
{
    MessageModel model;
    model.setCapacity(100);
    model.setPaused(true);
    for (int i = 0; i < 10; ++i)
        model.append(uitest::messages(50));
    QCOMPARE(model.newWhilePaused(), quint64(500));
    model.setPaused(false);
    QCOMPARE(model.rowCount(), 100);
}

void TestMessageModel::shrinkCapacity()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(200);
    const StreamRowList all = uitest::messages(250);
    model.append(all);
    model.flush();
    QCOMPARE(model.rowCount(), 200);
    model.setCapacity(120);
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(model.row(0).payload, all[130].payload);
    QCOMPARE(model.row(0).sequence, all[130].sequence);
    QCOMPARE(model.row(119).payload, all[249].payload);
    QCOMPARE(model.row(119).sequence, all[249].sequence);
    model.append(uitest::messages(10));
    model.flush();
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(model.row(0).payload, all[140].payload);
    QCOMPARE(model.row(0).sequence, all[140].sequence);
}

void TestMessageModel::captureRowsCountedApart()
{
    // Rows read from a capture file are shown but are not received traffic.
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(uitest::messages(3));
    ObservedDatagramList datagrams;
    datagrams.append(ObservedDatagram::fromUdp(uitest::mailslotDatagram("\\MAILSLOT\\x", "net"), 0, 0x0A000001, 138, 0, 138));
    model.append(uitest::datagramRows(datagrams, RowOrigin::Network));
    datagrams.append(datagrams.first());
    model.append(uitest::datagramRows(datagrams, RowOrigin::Capture));
    model.flush();
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.totalMessages(), quint64(4));
    QCOMPARE(model.totalNetwork(), quint64(1));
    QCOMPARE(model.totalCaptured(), quint64(2));
    QCOMPARE(model.totalBytes(), quint64(3 * 9 + 3)); // "message N" and "net"
}

void TestMessageModel::displayStrings()
{
    MessageModel model;
    StreamRow m = uitest::message(QStringLiteral("\\\\.\\mailslot\\x"), QByteArray("<b>hi</b>\n\x01"));
    m.timeNs = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 123), Qt::LocalTime).toMSecsSinceEpoch() * 1000000;
    const QByteArray udp = uitest::mailslotDatagram("\\MAILSLOT\\BROWSE", "x", "HOST");
    const StreamRow remote = uitest::datagramRow(udp, 0xC0000207, 138);
    model.append({m, remote});
    model.flush();
    QCOMPARE(model.index(0, MessageModel::TimeColumn).data().toString(), QStringLiteral("2024-05-06 07:08:09.123"));
    QCOMPARE(model.index(0, MessageModel::PreviewColumn).data().toString(), QStringLiteral("<b>hi</b>\\n\\x01"));
    QCOMPARE(model.index(0, MessageModel::SourceColumn).data().toString(), MessageModel::tr("local", "message source: this computer"));
    // Port 138 is the rule and is left out; another port is shown.
    QCOMPARE(model.index(1, MessageModel::SourceColumn).data().toString(), QStringLiteral("192.0.2.7 HOST<00>"));
    model.append({uitest::datagramRow(udp, 0xC0000207, 50138)});
    model.flush();
    QCOMPARE(model.index(2, MessageModel::SourceColumn).data().toString(), QStringLiteral("192.0.2.7:50138 HOST<00>"));
    // Tooltips are escaped so the payload never renders as rich text.
    QVERIFY(model.index(0, MessageModel::PreviewColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("&lt;b&gt;")));
    QCOMPARE(model.headerData(MessageModel::SlotColumn, Qt::Horizontal).toString(), MessageModel::tr("Slot"));
}

void TestMessageModel::flushTimerDeliversWithoutExplicitFlush()
{
    MessageModel model;
    QSignalSpy flushed(&model, &MessageModel::flushed);
    model.append(uitest::messages(3));
    QVERIFY(flushed.wait(2000));
    QCOMPARE(model.rowCount(), 3);
}

void TestMessageModel::datagramsKeepTheirDatagram()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(MessageModel::kMinCapacity);
    ObservedDatagramList datagrams;
    for (int i = 0; i < 150; ++i) {
        const QByteArray udp = uitest::mailslotDatagram("\\MAILSLOT\\BROWSE", uitest::hostAnnouncement("PEER" + QByteArray::number(i), "c"));
        datagrams.append(ObservedDatagram::fromUdp(udp, qint64(i) * 1000000, 0x0A000001, 138, 0, 138));
    }
    model.append(uitest::messages(5));
    model.append(uitest::datagramRows(datagrams));
    model.flush();
    QCOMPARE(model.rowCount(), MessageModel::kMinCapacity);
    QCOMPARE(model.totalNetwork(), quint64(150));
    QCOMPARE(model.totalMessages(), quint64(155));
    // The ring kept the last 100 datagrams, each with its own datagram.
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto d = model.row(row).datagram;
        QVERIFY(d);
        QCOMPARE(model.row(row).payload, d->parsed().payload);
        QCOMPARE(model.index(row, MessageModel::DecodedColumn).data().toString(),
                 QStringLiteral("Host announcement: PEER%1 (c)").arg(row + 50));
    }
    model.append(uitest::messages(1));
    model.flush();
    QVERIFY(!model.row(model.rowCount() - 1).datagram);
    QVERIFY(model.index(model.rowCount() - 1, MessageModel::DecodedColumn).data().toString().isEmpty());
    QCOMPARE(model.headerData(MessageModel::DecodedColumn, Qt::Horizontal).toString(), MessageModel::tr("Decoded"));
}

void TestMessageModel::flushKeepsToItsBudget_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("tester"); // QAbstractItemModelTester checks every row at every signal: small cases

    QTest::newRow("one row") << 100000 << 1 << true;
    QTest::newRow("a few budgets' worth, tested model") << 100000 << 3000 << true;
    QTest::newRow("more than the capacity, tested model") << 1000 << 20000 << true;
    QTest::newRow("a burst") << 100000 << 50000 << false;
    QTest::newRow("ten times the largest budget") << 100000 << MessageModel::kMaxFlushRows * 10 << false;
}

void TestMessageModel::flushKeepsToItsBudget()
{
    // Not timed: counts the rows each flush inserts and the rows inserted in each turn of the event
    // loop (a turn starts when the event dispatcher wakes up), against the budget the model had
    // before that flush.
    QFETCH(int, capacity);
    QFETCH(int, rows);
    QFETCH(bool, tester);
    MessageModel model;
    std::optional<QAbstractItemModelTester> modelTester;
    if (tester)
        modelTester.emplace(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(capacity);
    int budget = 0;
    int inTurn = 0;
    int worstTurn = 0;
    int turnsWithRows = 0;
    QStringList overBudget;
    connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::awake, &model, [&] { inTurn = 0; });
    connect(&model, &MessageModel::aboutToFlush, &model, [&] { budget = model.flushBudgetRows(); });
    connect(&model, &QAbstractItemModel::rowsInserted, &model, [&](const QModelIndex &, int first, int last) {
        const int inserted = last - first + 1;
        if (inserted > budget)
            overBudget << QStringLiteral("%1 rows for a budget of %2").arg(inserted).arg(budget);
        turnsWithRows += inTurn == 0 ? 1 : 0;
        inTurn += inserted;
        worstTurn = std::max(worstTurn, inTurn);
    });
    QSignalSpy flushed(&model, &MessageModel::flushed);
    model.append(uitest::messages(rows));
    const int expected = std::min(rows, capacity);
    while (model.rowCount() < expected || model.pendingRows() > 0)
        QVERIFY(flushed.wait(60000));

    QVERIFY2(overBudget.isEmpty(), qPrintable(overBudget.join(QStringLiteral("; "))));
    QVERIFY2(worstTurn <= MessageModel::kMaxFlushRows, qPrintable(QString::number(worstTurn)));
    QCOMPARE(model.rowCount(), expected);
    // A burst larger than a budget takes several turns; the ring misses nothing but what the
    // capacity pushed out, and those rows never reached the view.
    QVERIFY(turnsWithRows >= (expected + MessageModel::kMaxFlushRows - 1) / MessageModel::kMaxFlushRows);
    QCOMPARE(model.totalNotDrawn(), quint64(rows - expected));
    QCOMPARE(model.totalShown(), quint64(expected));
    QCOMPARE(model.row(expected - 1).payload, QByteArray("message ") + QByteArray::number(rows - 1));
    QCOMPARE(model.row(0).payload, QByteArray("message ") + QByteArray::number(rows - expected));
}

void TestMessageModel::resumeKeepsToTheBudget()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPaused(true);
    const int budget = model.flushBudgetRows();
    model.append(uitest::messages(budget * 3));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setPaused(false);
    QCOMPARE(model.rowCount(), budget); // a budget's worth at once, the rest at the next turns
    QCOMPARE(inserted.count(), 1);
    QSignalSpy flushed(&model, &MessageModel::flushed);
    while (model.pendingRows() > 0)
        QVERIFY(flushed.wait(60000));
    QCOMPARE(model.rowCount(), budget * 3);
}

void TestMessageModel::growingNeverMovesRows()
{
    // The ring grows towards its capacity without moving the rows already there (a vector's
    // reallocation moved the whole ring in one turn of the event loop: about a second at 8 M rows).
    MessageModel model;
    model.setCapacity(200000);
    model.append({uitest::message(QStringLiteral("\\\\.\\mailslot\\first"), "first")});
    model.flush();
    const StreamRow *first = &model.row(0);
    for (int round = 0; round < 20; ++round) {
        StreamRowList batch;
        for (int i = 0; i < 5000; ++i)
            batch.append(uitest::message(QStringLiteral("\\\\.\\mailslot\\more"), "x"));
        model.append(batch);
        model.flush();
    }
    QCOMPARE(model.rowCount(), 100001);
    QCOMPARE(&model.row(0), first);
    QCOMPARE(model.row(0).payload, QByteArray("first"));
}

void TestMessageModel::snapshotKeepsItsRows_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("rowsAfter");
    QTest::newRow("flushes past the capacity") << QStringLiteral("flush") << 10000;
    QTest::newRow("clear") << QStringLiteral("clear") << 0;
    QTest::newRow("lower capacity") << QStringLiteral("capacity") << MessageModel::kMinCapacity;
    QTest::newRow("queued rows are not in it") << QStringLiteral("queue") << 6000;
}

void TestMessageModel::snapshotKeepsItsRows()
{
    // An export's snapshot: the table's rows when it was taken, whatever the model does next.
    QFETCH(QString, change);
    QFETCH(int, rowsAfter);
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(10000);
    const StreamRowList rows = uitest::messages(6000);
    model.append(rows);
    model.flush();
    const RowRing::Snapshot snapshot = model.snapshot();
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    if (change == QLatin1String("flush")) {
        model.append(uitest::messages(15000));
        model.flush();
        QCOMPARE(removed.count(), 1); // one removal per flush, as before
    } else if (change == QLatin1String("clear")) {
        model.clear();
    } else if (change == QLatin1String("capacity")) {
        model.setCapacity(MessageModel::kMinCapacity);
    } else {
        model.append(uitest::messages(5));
    }
    QCOMPARE(model.rowCount(), rowsAfter);
    QCOMPARE(snapshot.count(), qsizetype(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(snapshot.at(i).sequence, rows[i].sequence);
        QCOMPARE(snapshot.at(i).payload, rows[i].payload);
    }
}

QTEST_MAIN(TestMessageModel)
#include "tst_messagemodel.moc"
