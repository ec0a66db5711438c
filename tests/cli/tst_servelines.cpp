// ServeLines: serve's fast text lines are byte for byte ServeCommand::textLine's (the general
// form), for rows in sequence through one ServeLines (what it formats once is reused: the same
// second, size, slot and payload) and for each row alone.
#include "app/cli/servecommand.h"
#include "app/cli/servelines.h"

#include <QTest>


class TestServeLines : public QObject
{
    Q_OBJECT

private slots:
    void sameAsTextLine_data();
    void sameAsTextLine();
};

namespace {
StreamRow row(quint64 sequence, qint64 timeNs, const QString &slot, const QByteArray &payload)
{
    StreamRow r;
    r.sequence = sequence;
    r.timeNs = timeNs;
    r.slot = slot;
    r.payload = payload;
    return r;
}
} // namespace

void TestServeLines::sameAsTextLine_data()
{
    QTest::addColumn<QList<StreamRow>>("rows");
    const QString slot = QStringLiteral("\\\\.\\mailslot\\app\\orders");
    const qint64 t = 1765000000123456789LL; // 2025-12-06T05:46:40.123Z
    const QByteArray text("order 1041: 3 x widget");
    QTest::newRow("one message") << QList<StreamRow>{row(1, t, slot, text)};
    QTest::newRow("the same message again, same second")
        << QList<StreamRow>{row(1, t, slot, text), row(2, t + 1000000, slot, text), row(3, t + 876000000, slot, text)};
    QTest::newRow("across seconds and back")
        << QList<StreamRow>{row(7, t, slot, text), row(8, t + 877000000, slot, text), row(9, t + 5000000000LL, slot, text),
                            row(10, t - 2000000000LL, slot, text)};
    QTest::newRow("sizes 0, 1, 100, 1000 and back")
        << QList<StreamRow>{row(1, t, slot, {}), row(2, t, slot, "x"), row(3, t, slot, QByteArray(100, 'm')),
                            row(4, t, slot, QByteArray(1000, 'z')), row(5, t, slot, "x"), row(6, t, slot, {})};
    QTest::newRow("control characters, tab, newline, escape")
        << QList<StreamRow>{row(1, t, slot, "one\ntwo\r\x1b[1m\ttab"), row(2, t, slot, QByteArray("\0\x01\x7f", 3))};
    QTest::newRow("not UTF-8, then UTF-8")
        << QList<StreamRow>{row(1, t, slot, "\xff\xfe\x80 bad"), row(2, t, slot, "caf\xc3\xa9 \xe2\x82\xac")};
    QTest::newRow("payloads that differ by one byte")
        << QList<StreamRow>{row(1, t, slot, "abc"), row(2, t, slot, "abd"), row(3, t, slot, "abc")};
    QTest::newRow("slot changes")
        << QList<StreamRow>{row(1, t, slot, text), row(2, t, QStringLiteral("\\\\.\\mailslot\\caf\u00e9"), text),
                            row(3, t, slot, text)};
    QTest::newRow("before 1970, and the epoch")
        << QList<StreamRow>{row(1, -1500000000LL, slot, text), row(2, -999999LL, slot, text), row(3, 0, slot, text)};
    QTest::newRow("year 9999 and past it")
        << QList<StreamRow>{row(1, 253402300799999000LL, slot, text), row(2, 253402300800000000LL, slot, text)};
    QTest::newRow("a long payload (the preview is cut)") << QList<StreamRow>{row(1, t, slot, QByteArray(5000, 'q'))};
    QTest::newRow("large sequence numbers")
        << QList<StreamRow>{row(18446744073709551615ULL, t, slot, text), row(1000000, t, slot, text)};
}

void TestServeLines::sameAsTextLine()
{
    QFETCH(QList<StreamRow>, rows);
    ServeLines lines;
    mailslot::wire::JsonLineWriter together;
    QByteArray expected;
    for (const StreamRow &r : rows) {
        const QByteArray line = ServeCommand::textLine(r).toUtf8() + '\n';
        expected += line;
        ServeLines fresh;
        mailslot::wire::JsonLineWriter alone;
        fresh.append(r, alone);
        QCOMPARE(alone.view().toByteArray(), line);
        lines.append(r, together);
    }
    QCOMPARE(together.view().toByteArray(), expected);
}

QTEST_GUILESS_MAIN(TestServeLines)
#include "tst_servelines.moc"
