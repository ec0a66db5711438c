#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <algorithm>

namespace {
StreamRowList oddEven(int count)
{
    StreamRowList rows;
    for (int i = 0; i < count; ++i)
        rows.append(uitest::message(i % 2 ? QStringLiteral("\\\\.\\mailslot\\odd") : QStringLiteral("\\\\.\\mailslot\\even"), "x"));
    return rows;
}
} // namespace

class TestMessageFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filter_data();
    void filter();
    void invalidRegularExpression();
    void hidesWithoutDropping();
    void followsInsertsAndEvictions();
    void filtersOnlyTheNewRows_data();
    void filtersOnlyTheNewRows();
    void newFilterInSlices_data();
    void newFilterInSlices();
    void evictionsTestNothing();
    void shownSourceRows_data();
    void shownSourceRows();

private:
    void fill(MessageModel *model);
    QTemporaryDir m_dir;
};

void TestMessageFilterProxy::initTestCase()
{
    uitest::isolate(m_dir);
}

void TestMessageFilterProxy::fill(MessageModel *model)
{
    model->append({
        uitest::message(QStringLiteral("\\\\.\\mailslot\\alpha"), "hello world"),
        uitest::message(QStringLiteral("\\\\.\\mailslot\\alpha"), "Temperature 21C"),
        uitest::message(QStringLiteral("\\\\.\\mailslot\\beta"), "HELLO again"),
        uitest::datagramRow(uitest::mailslotDatagram("\\MAILSLOT\\NET\\BROWSE", "announce"), 0xC0000209),
        uitest::message(QStringLiteral("\\\\.\\mailslot\\beta"), "line1\nline2"),
    });
    model->flush();
}

void TestMessageFilterProxy::filter_data()
{
    QTest::addColumn<QString>("slot");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<int>("rows");

    QTest::newRow("none") << QString() << QString() << QString() << false << 5;
    QTest::newRow("slot") << QStringLiteral("alpha") << QString() << QString() << false << 2;
    QTest::newRow("slot case-insensitive") << QStringLiteral("BETA") << QString() << QString() << false << 2;
    QTest::newRow("source ip") << QString() << QStringLiteral("192.0.2") << QString() << false << 1;
    QTest::newRow("source local") << QString() << MessageModel::tr("local", "message source: this computer") << QString() << false << 4;
    QTest::newRow("text") << QString() << QString() << QStringLiteral("hello") << false << 2;
    QTest::newRow("text and slot") << QStringLiteral("beta") << QString() << QStringLiteral("hello") << false << 1;
    QTest::newRow("regex") << QString() << QString() << QStringLiteral("^temp.*\\d+C$") << true << 1;
    QTest::newRow("regex alternatives") << QString() << QString() << QStringLiteral("world|again") << true << 2;
    QTest::newRow("text is not a regex unless asked") << QString() << QString() << QStringLiteral("world|again") << false << 0;
    QTest::newRow("escaped newline as shown") << QString() << QString() << QStringLiteral("line1\\nline2") << false << 1;
}

void TestMessageFilterProxy::filter()
{
    QFETCH(QString, slot);
    QFETCH(QString, source);
    QFETCH(QString, text);
    QFETCH(bool, regex);
    QFETCH(int, rows);

    MessageModel model;
    MessageFilterProxy proxy;
    proxy.setMessageModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(&model);
    proxy.setFilter(slot, source, text, regex);
    QCOMPARE(proxy.rowCount(), rows);
    QVERIFY(proxy.filterError().isEmpty());
}

void TestMessageFilterProxy::invalidRegularExpression()
{
    MessageModel model;
    MessageFilterProxy proxy;
    proxy.setMessageModel(&model);
    fill(&model);
    proxy.setFilter({}, {}, QStringLiteral("(unclosed"), true);
    QVERIFY(!proxy.filterError().isEmpty());
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilter({}, {}, QStringLiteral("(unclosed"), false);
    QVERIFY(proxy.filterError().isEmpty());
}

void TestMessageFilterProxy::hidesWithoutDropping()
{
    MessageModel model;
    MessageFilterProxy proxy;
    proxy.setMessageModel(&model);
    fill(&model);
    proxy.setFilter(QStringLiteral("nothing matches this"), {}, {}, false);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(model.rowCount(), 5);
    proxy.clearFilter();
    QCOMPARE(proxy.rowCount(), 5);
}

void TestMessageFilterProxy::followsInsertsAndEvictions()
{
    MessageModel model;
    model.setCapacity(100);
    MessageFilterProxy proxy;
    proxy.setMessageModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilter(QStringLiteral("odd"), {}, {}, false);
    for (int round = 0; round < 5; ++round) {
        model.append(oddEven(60));
        model.flush();
    }
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(proxy.rowCount(), 50);
}

namespace {
// Counts the rows the filter tests.
class CountingProxy : public MessageFilterProxy
{
public:
    mutable int tested = 0;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        ++tested;
        return MessageFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
    }
};
} // namespace

void TestMessageFilterProxy::filtersOnlyTheNewRows_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("incoming");

    QTest::newRow("ring filling") << 10000 << 10;
    QTest::newRow("full ring: rows evicted") << 1000 << 10;
    QTest::newRow("a budget's worth") << 1000 << 500;
}

void TestMessageFilterProxy::filtersOnlyTheNewRows()
{
    // A flush tests the rows it inserts, never the whole ring again (evictions test nothing).
    QFETCH(int, capacity);
    QFETCH(int, incoming);
    MessageModel model;
    model.setCapacity(capacity);
    CountingProxy proxy;
    proxy.setMessageModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilter(QStringLiteral("odd"), {}, {}, false);
    model.append(oddEven(std::min(capacity, 1000)));
    model.flush();
    for (int round = 0; round < 3; ++round) {
        proxy.tested = 0;
        model.append(oddEven(incoming));
        model.flush();
        QCOMPARE(proxy.tested, incoming);
    }
    QCOMPARE(proxy.rowCount(), model.rowCount() / 2);
}


void TestMessageFilterProxy::newFilterInSlices_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("arrivingMeanwhile");
    QTest::addColumn<int>("capacity");

    QTest::newRow("a quiet ring") << 2000 << 0 << 10000;
    QTest::newRow("rows arrive during the scan") << 2000 << 300 << 10000;
    QTest::newRow("rows arrive and evict during the scan") << 2000 << 700 << 2000;
}

void TestMessageFilterProxy::newFilterInSlices()
{
    // A new filter on a ring bigger than a slice: one slice at once, the rest at the next turns,
    // with rows arriving (and the oldest evicted) meanwhile; the end result is the whole filter.
    QFETCH(int, rows);
    QFETCH(int, arrivingMeanwhile);
    QFETCH(int, capacity);
    MessageModel model;
    model.setCapacity(capacity);
    MessageFilterProxy proxy;
    proxy.setSliceNs(0); // one step of rows a turn
    proxy.setMessageModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(oddEven(rows));
    model.flush();
    QSignalSpy finished(&proxy, &MessageFilterProxy::refilterFinished);
    QSignalSpy progress(&proxy, &MessageFilterProxy::refilterProgress);
    proxy.setFilter(QStringLiteral("odd"), {}, {}, false);
    QVERIFY(proxy.isRefiltering());
    QVERIFY(proxy.rowCount() < rows / 2);
    QCOMPARE(progress.size(), 1);
    QVERIFY(progress.first().at(0).toLongLong() < progress.first().at(1).toLongLong());
    model.append(oddEven(arrivingMeanwhile));
    model.flush();
    QVERIFY(finished.wait(30000)); // a generous bound: under Wine on a busy machine each turn is slow
    QVERIFY(!proxy.isRefiltering());
    QVERIFY(progress.size() > 2);
    QCOMPARE(proxy.rowCount(), model.rowCount() / 2);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.index(r, MessageModel::SlotColumn).data().toString(), QStringLiteral("\\\\.\\mailslot\\odd"));
}

void TestMessageFilterProxy::evictionsTestNothing()
{
    // Rows the capacity pushes out leave the proxy without any row being tested again, and the
    // shown rows keep mapping to their own rows of the model.
    MessageModel model;
    model.setCapacity(300);
    CountingProxy proxy;
    proxy.setMessageModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilter(QStringLiteral("odd"), {}, {}, false);
    model.append(oddEven(300));
    model.flush();
    proxy.tested = 0;
    model.setCapacity(100); // evicts 200 at the front
    QCOMPARE(proxy.tested, 0);
    QCOMPARE(proxy.rowCount(), 50);
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QModelIndex source = proxy.mapToSource(proxy.index(r, 0));
        QCOMPARE(source.row(), 2 * r + 1);
        QCOMPARE(proxy.mapFromSource(source).row(), r);
    }
    QVERIFY(!proxy.mapFromSource(model.index(0, 0)).isValid()); // an even row: hidden
}

void TestMessageFilterProxy::shownSourceRows_data()
{
    QTest::addColumn<QString>("slotFilter");
    QTest::addColumn<int>("appended");
    QTest::newRow("no filter, nothing evicted") << QString() << 60;
    QTest::newRow("no filter, rows evicted") << QString() << 250;
    QTest::newRow("filter, nothing evicted") << QStringLiteral("\\b") << 60;
    QTest::newRow("filter, rows evicted") << QStringLiteral("\\b") << 250;
}

void TestMessageFilterProxy::shownSourceRows()
{
    // An export's selection: the model rows the filter shows, the same as mapToSource's.
    QFETCH(QString, slotFilter);
    QFETCH(int, appended);
    MessageModel model;
    model.setCapacity(MessageModel::kMinCapacity);
    MessageFilterProxy proxy;
    proxy.setMessageModel(&model);
    proxy.setFilter(slotFilter, {}, {}, false);
    for (int i = 0; i < appended; ++i)
        model.append({uitest::message(i % 3 ? QStringLiteral("\\\\.\\mailslot\\a") : QStringLiteral("\\\\.\\mailslot\\b"), "x")});
    model.flush();
    QList<qsizetype> expected;
    for (int row = 0; row < proxy.rowCount(); ++row)
        expected.append(proxy.mapToSource(proxy.index(row, 0)).row());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(proxy.shownSourceRows(), expected);
}

QTEST_MAIN(TestMessageFilterProxy)
#include "tst_messagefilterproxy.moc"
