#include "ui/common/refreshthrottle.h"

#include <QSignalSpy>
#include <QTest>

// Not timed: what is checked is how many refreshes ran for how many requests, never how long
// anything took.
class TestRefreshThrottle : public QObject
{
    Q_OBJECT

private slots:
    void firstRequestRunsAtOnce();
    void burstRunsTwice_data();
    void burstRunsTwice();
    void flushPendingRunsTheDueRefresh();
};

void TestRefreshThrottle::firstRequestRunsAtOnce()
{
    int runs = 0;
    RefreshThrottle throttle(RefreshThrottle::kReadableIntervalMs, [&runs] { ++runs; }, nullptr);
    throttle.request();
    QCOMPARE(runs, 1);
    QVERIFY(!throttle.isPending());
}

void TestRefreshThrottle::burstRunsTwice_data()
{
    QTest::addColumn<int>("requests");
    QTest::newRow("two") << 2;
    QTest::newRow("a thousand") << 1000;
}

void TestRefreshThrottle::burstRunsTwice()
{
    // However many requests come within the interval: one refresh at once, one at its end (the
    // last state is shown).
    QFETCH(int, requests);
    int runs = 0;
    // An hour: the requests below always come within the interval, however slow the machine.
    RefreshThrottle throttle(3600 * 1000, [&runs] { ++runs; }, nullptr);
    for (int i = 0; i < requests; ++i)
        throttle.request();
    QCOMPARE(runs, 1);
    QVERIFY(throttle.isPending());
    throttle.flushPending();
    QCOMPARE(runs, 2);
    QVERIFY(!throttle.isPending());
}

void TestRefreshThrottle::flushPendingRunsTheDueRefresh()
{
    int runs = 0;
    RefreshThrottle throttle(1, [&runs] { ++runs; }, nullptr);
    throttle.flushPending(); // nothing due: nothing runs
    QCOMPARE(runs, 0);
    throttle.request();
    throttle.request();
    QCOMPARE(runs, 1);
    // The due refresh runs when its interval ends, by the event loop.
    QTRY_COMPARE(runs, 2);
}

QTEST_MAIN(TestRefreshThrottle)
#include "tst_refreshthrottle.moc"
