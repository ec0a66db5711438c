// TokenBucket: a burst at once, then the rate; the caller's clock (no timing in the test).
#include "core/system/tokenbucket.h"

#include <QTest>

class TestTokenBucket : public QObject
{
    Q_OBJECT

private slots:
    void burstThenRate_data();
    void burstThenRate();
    void neverAboveBurst();
};

void TestTokenBucket::burstThenRate_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("burst");
    QTest::newRow("1000/s, 2000") << 1000.0 << 2000.0;
    QTest::newRow("10/s, 5") << 10.0 << 5.0;
    QTest::newRow("1/s, 1") << 1.0 << 1.0;
}

void TestTokenBucket::burstThenRate()
{
    QFETCH(double, rate);
    QFETCH(double, burst);
    TokenBucket bucket(rate, burst);
    int taken = 0;
    for (int i = 0; i < int(burst) * 3; ++i)
        taken += bucket.take(0) ? 1 : 0;
    QCOMPARE(taken, int(burst)); // all at one instant: the burst, no more
    // One second later: `rate` more (bounded by the burst).
    taken = 0;
    for (int i = 0; i < int(burst) * 3; ++i)
        taken += bucket.take(1'000'000'000) ? 1 : 0;
    QCOMPARE(taken, int(std::min(rate, burst)));
}

void TestTokenBucket::neverAboveBurst()
{
    TokenBucket bucket(100, 10);
    int taken = 0;
    for (int i = 0; i < 100; ++i)
        taken += bucket.take(3600'000'000'000) ? 1 : 0; // an hour idle fills it to the burst only
    QCOMPARE(taken, 10);
}

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
