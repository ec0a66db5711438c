// LocalTimeText gives the text QDateTime gives for a message's local time, converting to local
// time once per second: across a daylight-saving change, before 1970, and as the second changes
// back and forth between calls.
#include "ui/stream/localtimetext.h"

#include <QDateTime>
#include <QTest>

#ifndef Q_OS_WIN
#include <ctime>
#endif

namespace {

constexpr qint64 kNsPerMs = 1000000;

QDateTime qtTime(qint64 timeNs)
{
    return QDateTime::fromMSecsSinceEpoch(timeNs / kNsPerMs, Qt::UTC).toLocalTime(); // as StreamRow::time()
}

} // namespace

class TestLocalTimeText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void asQDateTime_data();
    void asQDateTime();
};

void TestLocalTimeText::initTestCase()
{
    // A zone with daylight-saving time, whatever the machine's (Windows keeps its own: the texts
    // are compared in that one).
#ifndef Q_OS_WIN
    qputenv("TZ", "Europe/Rome");
    tzset();
    QCOMPARE(QDateTime(QDate(2026, 7, 1), QTime(12, 0)).offsetFromUtc(), 2 * 3600);
#endif
}

void TestLocalTimeText::asQDateTime_data()
{
    QTest::addColumn<QList<qint64>>("times"); // ns since the epoch, asked for in this order
    const qint64 change = QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch() * kNsPerMs;
    const qint64 second = 1000 * kNsPerMs;
    QTest::newRow("one second's rows") << QList<qint64>{change - 3 * second + 1, change - 3 * second + 123456789,
                                                        change - 3 * second + 999999999};
    QTest::newRow("across the clocks going forward")
        << QList<qint64>{change - kNsPerMs, change, change + kNsPerMs, change - 1, change + second};
    const qint64 back = QDateTime(QDate(2026, 10, 25), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch() * kNsPerMs;
    QTest::newRow("across the clocks going back") << QList<qint64>{back - kNsPerMs, back, back + 3600 * second - 1, back};
    QTest::newRow("before 1970") << QList<qint64>{-1, -kNsPerMs, -kNsPerMs - 1, -second, -second - kNsPerMs,
                                                  -86400 * second * 365 + 5 * kNsPerMs};
    QTest::newRow("the epoch") << QList<qint64>{0, 999999, 1000000, 999999999};
    QTest::newRow("back and forth") << QList<qint64>{change + 7 * second, change - 7 * second, change + 7 * second + 1};
}

void TestLocalTimeText::asQDateTime()
{
    QFETCH(QList<qint64>, times);
    LocalTimeText text;
    for (const qint64 timeNs : times) {
        QCOMPARE(text.dateAndTime(timeNs), qtTime(timeNs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
        QCOMPARE(text.timeOfDay(timeNs), qtTime(timeNs).toString(QStringLiteral("HH:mm:ss.zzz")));
    }
}

QTEST_MAIN(TestLocalTimeText)
#include "tst_localtimetext.moc"
