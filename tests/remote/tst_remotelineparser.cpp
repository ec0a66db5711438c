// RemoteLineParser: the stream format's reading end. Bytes in pieces of any size, the header,
// local messages and datagrams back into rows (as RowJson wrote them), bad lines counted.
#include "core/formats/rowjson.h"
#include "core/remote/remotelineparser.h"
#include "core/remote/streamformat.h"
#include "tests/wire/testhelpers.h"

#include <QRandomGenerator>
#include <QTest>

namespace {
StreamRow localRow(const QByteArray &payload, const QString &slot = QStringLiteral("\\\\.\\mailslot\\demo"))
{
    StreamRow row;
    row.timeNs = 1'700'000'000'123'000'000;
    row.slot = slot;
    row.payload = payload;
    return row;
}

StreamRow datagramRow(const QByteArray &payload)
{
    const QByteArray udp = testhelpers::mailslotDatagram(QByteArrayLiteral("\\MAILSLOT\\MESSNGR"), payload);
    ObservedDatagram d = ObservedDatagram::fromUdp(udp, 1'700'000'000'456'000'000, 0x0a000001, 138, 0x0a0000ff, 138);
    d.delivered = true;
    d.setDeliveredTo(QStringLiteral("\\\\.\\mailslot\\messngr"));
    return StreamRow::fromDatagram(d, RowOrigin::Network);
}

QByteArray header()
{
    StreamFormat::Header h;
    h.host = QStringLiteral("far");
    h.mailslot = QStringLiteral("1.2.3");
    h.command = {QStringLiteral("bridge"), QStringLiteral("--json")};
    return StreamFormat::headerLine(h) + '\n';
}

QByteArray stream(const StreamRowList &rows)
{
    QByteArray bytes = header();
    for (const StreamRow &row : rows)
        bytes += RowJson::line(row) + '\n';
    return bytes;
}
} // namespace

class TestRemoteLineParser : public QObject
{
    Q_OBJECT

private slots:
    void headerIsRead();
    void rowsSurviveAnySplit_data();
    void rowsSurviveAnySplit();
    void datagramRoundTrip();
    void badLinesAreCounted_data();
    void badLinesAreCounted();
    void badFirstLineCountsOnce();
    void newerVersionIsRefused();
    void missingHeaderIsReported();
    void lastLineWithoutNewline();
    void overlongLineIsDropped();
    void garbageNeverCrashes();
};

void TestRemoteLineParser::headerIsRead()
{
    RemoteLineParser parser(QStringLiteral("far"));
    QVERIFY(parser.feed(header()).isEmpty());
    QVERIFY(parser.header().has_value());
    QCOMPARE(parser.header()->host, QStringLiteral("far"));
    QCOMPARE(parser.header()->mailslot, QStringLiteral("1.2.3"));
    QCOMPARE(parser.header()->command, QStringList({QStringLiteral("bridge"), QStringLiteral("--json")}));
    QCOMPARE(parser.badLines(), 0u);
}

void TestRemoteLineParser::rowsSurviveAnySplit_data()
{
    QTest::addColumn<int>("piece");
    for (int piece : {1, 2, 3, 7, 64, 4096})
        QTest::addRow("pieces of %d", piece) << piece;
}

void TestRemoteLineParser::rowsSurviveAnySplit()
{
    QFETCH(int, piece);
    // Newlines, NULs and bytes over 0x7f in the payloads: the format carries them as hex.
    const StreamRowList sent{localRow(QByteArray("one\n\0two\r\n\xff", 10)), localRow({}),
                             localRow(QByteArray(3000, 'x'), QStringLiteral("\\\\.\\mailslot\\a\\b"))};
    const QByteArray bytes = stream(sent);
    RemoteLineParser parser(QStringLiteral("far"));
    StreamRowList rows;
    for (qsizetype i = 0; i < bytes.size(); i += piece)
        rows += parser.feed(QByteArrayView(bytes).sliced(i, std::min<qsizetype>(piece, bytes.size() - i)));
    QCOMPARE(rows.size(), sent.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].payload, sent[i].payload);
        QCOMPARE(rows[i].slot, sent[i].slot);
        QCOMPARE(rows[i].timeNs, sent[i].timeNs);
        QCOMPARE(rows[i].host(), QStringLiteral("far"));
        QVERIFY(!rows[i].datagram);
    }
    QCOMPARE(parser.badLines(), 0u);
}

void TestRemoteLineParser::datagramRoundTrip()
{
    const StreamRow sent = datagramRow(QByteArray("hello\0world", 11));
    RemoteLineParser parser(QStringLiteral("far"));
    const StreamRowList rows = parser.feed(stream({sent}));
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows[0].datagram);
    // Everything the JSON says, said again: the same line, with the host it came from.
    StreamRow tagged = sent;
    tagged.setHost(QStringLiteral("far"));
    QCOMPARE(RowJson::line(rows[0]), RowJson::line(tagged));
    QCOMPARE(rows[0].payload, sent.payload);
    QCOMPARE(rows[0].slot, sent.slot);
    QCOMPARE(rows[0].host(), QStringLiteral("far"));
    QCOMPARE(rows[0].datagram->parsed().sourceName.toDisplayString(), QStringLiteral("SENDER<00>"));
    QVERIFY(rows[0].datagram->parsed().isMailslotWrite());
}

void TestRemoteLineParser::badLinesAreCounted_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
    QTest::newRow("neither") << QByteArray("{\"a\":1}") << QStringLiteral("neither a message");
    QTest::newRow("bad hex") << QByteArray(R"({"slot":"\\\\.\\mailslot\\x","time":"2024-01-01T00:00:00.000Z","size":1,"hex":"zz","source":"local"})")
                             << QStringLiteral("\"hex\"");
    QTest::newRow("size") << QByteArray(R"({"slot":"\\\\.\\mailslot\\x","time":"2024-01-01T00:00:00.000Z","size":2,"hex":"41","source":"local"})")
                          << QStringLiteral("\"size\"");
    QTest::newRow("time") << QByteArray(R"({"slot":"\\\\.\\mailslot\\x","time":"yesterday","size":1,"hex":"41","source":"local"})")
                          << QStringLiteral("\"time\"");
    QTest::newRow("far future") << QByteArray(R"({"slot":"\\\\.\\mailslot\\x","time":"2623-01-01T00:00:00.000Z","size":1,"hex":"41","source":"local"})")
                                << QStringLiteral("out of range");
    QTest::newRow("header again") << header().trimmed() << QStringLiteral("header line in the middle");
}

void TestRemoteLineParser::badLinesAreCounted()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, problem);
    RemoteLineParser parser;
    const QByteArray good = RowJson::line(localRow("ok")) + '\n';
    const StreamRowList rows = parser.feed(header() + good + line + '\n' + good);
    QCOMPARE(rows.size(), 2); // the rows around it are kept
    QCOMPARE(parser.badLines(), 1u);
    QVERIFY2(parser.lastProblem().startsWith(QStringLiteral("line 3: ")), qPrintable(parser.lastProblem()));
    QVERIFY2(parser.lastProblem().contains(problem), qPrintable(parser.lastProblem()));
}

void TestRemoteLineParser::badFirstLineCountsOnce()
{
    // No header, and the line is no row either: one bad line, not two (found by fuzz_remotelineparser).
    RemoteLineParser parser;
    QVERIFY(parser.feed("$").isEmpty());
    QVERIFY(parser.finish().isEmpty());
    QCOMPARE(parser.lines(), 1u);
    QCOMPARE(parser.badLines(), 1u);
    QVERIFY2(parser.lastProblem().contains(QStringLiteral("not JSON")), qPrintable(parser.lastProblem()));
}

void TestRemoteLineParser::newerVersionIsRefused()
{
    RemoteLineParser parser;
    parser.feed(QByteArrayLiteral("{\"format\":\"mailslot-stream\",\"version\":99}\n"));
    QVERIFY(!parser.header());
    QCOMPARE(parser.badLines(), 1u);
    QVERIFY2(parser.lastProblem().contains(QStringLiteral("version 99")), qPrintable(parser.lastProblem()));
}

void TestRemoteLineParser::missingHeaderIsReported()
{
    RemoteLineParser parser;
    const StreamRowList rows = parser.feed(RowJson::line(localRow("x")) + '\n');
    QCOMPARE(rows.size(), 1); // read all the same
    QCOMPARE(parser.badLines(), 1u);
    QVERIFY(parser.lastProblem().contains(QStringLiteral("no mailslot-stream header")));
}

void TestRemoteLineParser::lastLineWithoutNewline()
{
    RemoteLineParser parser;
    QByteArray bytes = stream({localRow("last")});
    bytes.chop(1);
    QVERIFY(parser.feed(bytes).isEmpty()); // waits for its end
    const StreamRowList rows = parser.finish();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].payload, QByteArray("last"));
}

void TestRemoteLineParser::overlongLineIsDropped()
{
    RemoteLineParser parser;
    parser.feed(header());
    const QByteArray chunk(1024 * 1024, 'a');
    for (qsizetype sent = 0; sent <= RemoteLineParser::kMaxLineBytes; sent += chunk.size())
        QVERIFY(parser.feed(chunk).isEmpty());
    const StreamRowList rows = parser.feed(QByteArray("tail\n") + RowJson::line(localRow("after")) + '\n');
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].payload, QByteArray("after"));
    QCOMPARE(parser.badLines(), 1u);
}

void TestRemoteLineParser::garbageNeverCrashes()
{
    QRandomGenerator random(15);
    RemoteLineParser parser;
    const QByteArray valid = stream({localRow("x"), datagramRow("y")});
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes = valid;
        for (int flips = 0; flips < 4; ++flips)
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        parser.feed(bytes);
    }
    parser.finish();
    QVERIFY(parser.lines() > 0);
}

QTEST_GUILESS_MAIN(TestRemoteLineParser)
#include "tst_remotelineparser.moc"
