// What a stream row holds, as the stream of millions of rows needs it: a local row holds no
// datagram and no extras; a network or capture row holds its datagram in the row itself (no
// allocation besides the datagram's bytes, which its copies and its payload share); the rarely set
// fields (a row's host, sender and provenance; a datagram's delivery, comments and IPv6 addresses)
// are held only when set, and survive copies, each copy changing its own.
#include "capturefixture.h"
#include "core/capture/capturedecoder.h"
#include "core/stream/observeddatagram.h"
#include "core/stream/rowprovenance.h"
#include "core/stream/rowsender.h"
#include "core/stream/streamrow.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

namespace {

// Whether p lies within the row object itself (not in an allocation of its own).
bool insideRow(const StreamRow &row, const void *p)
{
    const auto *begin = reinterpret_cast<const char *>(&row);
    const auto *at = static_cast<const char *>(p);
    return at >= begin && at < begin + sizeof(StreamRow);
}

RowProvenance provenance(const QString &host, qint64 pid)
{
    RowProvenance p;
    p.host = host;
    p.writerPid = pid;
    p.savedSequence = 7;
    return p;
}

} // namespace

class TestRowStorage : public QObject
{
    Q_OBJECT

private slots:
    void sizes()
    {
        qInfo("sizeof(StreamRow) = %zu, sizeof(ObservedDatagram) = %zu", sizeof(StreamRow), sizeof(ObservedDatagram));
        // The datagram's typed fields in the row, the rare fields behind one pointer each.
        QVERIFY2(sizeof(ObservedDatagram) <= 56, QByteArray::number(qulonglong(sizeof(ObservedDatagram))));
        QVERIFY2(sizeof(StreamRow) <= 136, QByteArray::number(qulonglong(sizeof(StreamRow))));
    }

    void localRowHoldsNothingMore_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("a message") << QByteArray("hello");
        QTest::newRow("an empty message") << QByteArray();
    }
    void localRowHoldsNothingMore()
    {
        QFETCH(QByteArray, payload);
        StreamRow row;
        row.slot = QStringLiteral("\\\\.\\mailslot\\demo");
        row.payload = payload;
        QVERIFY(!row.datagram);
        QVERIFY(!row.isNetwork());
        QCOMPARE(row.datagram.get(), nullptr);
        QVERIFY(!row.hasExtras());
        QVERIFY(!row.sender());
        QCOMPARE(row.provenance(), nullptr);
        QCOMPARE(row.host(), QString());
        QCOMPARE(row.seenOn(), QString());
        QCOMPARE(row.writerPid(), qint64(0));
        // Setting nothing holds nothing.
        row.setHost({});
        row.setSender({});
        row.setProvenance(std::nullopt);
        QVERIFY(!row.hasExtras());
    }

    // Every datagram of the team's captures and of a capture of the test fixture's datagrams
    // (browse announcements, messages, malformed), read as File > Open Capture reads them.
    void datagramRowsHoldTheirDatagram_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("nmbd-browse.pcapng") << QStringLiteral(MAILSLOT_TEST_SHARED_DIR "/captures/nmbd-browse.pcapng");
        QTest::newRow("nmbd-browse-sll.pcap") << QStringLiteral(MAILSLOT_TEST_SHARED_DIR "/captures/nmbd-browse-sll.pcap");
        QTest::newRow("fixture") << QString();
    }
    void datagramRowsHoldTheirDatagram()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        if (path.isEmpty()) {
            QVERIFY(dir.isValid());
            path = dir.filePath(QStringLiteral("fixture.pcapng"));
            QVERIFY(capturefixture::write(path, 30));
        } else if (!QFileInfo::exists(path)) {
            QSKIP("the team's captures are not here");
        }
        CaptureDecoder decoder(138, mailslot::wire::OemCodePage::Cp437);
        ObservedDatagramList datagrams;
        QVERIFY2(decoder.decodeFile(path, [&](const ObservedDatagram &d) { datagrams.append(d); return true; }),
                 qPrintable(decoder.errorString()));
        QVERIFY(!datagrams.isEmpty());
        const StreamRowList rows = StreamRow::fromDatagrams(datagrams, RowOrigin::Capture);
        QCOMPARE(rows.size(), datagrams.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QByteArray where = "datagram " + QByteArray::number(i);
            const StreamRow &row = rows.at(i);
            QVERIFY2(row.datagram && row.isNetwork(), where);
            QVERIFY2(insideRow(row, row.datagram.get()), where); // no allocation of its own
            QVERIFY2(!row.hasExtras(), where);
            QVERIFY2(!datagrams.at(i).hasRareFields() && !row.datagram->hasRareFields(), where); // IPv4, no comments
            QCOMPARE(row.datagram->toJsonLine(), datagrams.at(i).toJsonLine());
            QCOMPARE(row.payload, datagrams.at(i).shownBytes());
            // A copy shares the datagram's bytes (and the payload's), and holds its own typed fields.
            const StreamRow copy = row;
            QVERIFY2(copy.datagram->raw.constData() == row.datagram->raw.constData(), where);
            QVERIFY2(copy.payload.constData() == row.payload.constData(), where);
            QVERIFY2(insideRow(copy, copy.datagram.get()), where);
            QCOMPARE(copy.datagram->toJsonLine(), row.datagram->toJsonLine());
        }
    }

    // A row's host, sender and provenance: held once set, through copies; a copy changed keeps
    // the original as it was; all cleared, nothing is held.
    void extrasThroughCopies_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<qint64>("senderPid");
        QTest::addColumn<QString>("savedHost");
        QTest::addColumn<qint64>("savedPid");
        QTest::addColumn<QString>("seenOn");
        QTest::addColumn<qint64>("writerPid");
        QTest::newRow("remote row") << QStringLiteral("far") << qint64(0) << QString() << qint64(-1) << QStringLiteral("far") << qint64(0);
        QTest::newRow("tapped row") << QString() << qint64(4242) << QString() << qint64(-1) << QString() << qint64(4242);
        QTest::newRow("reopened row") << QString() << qint64(0) << QStringLiteral("pc-2") << qint64(321) << QStringLiteral("pc-2") << qint64(321);
        QTest::newRow("all three") << QStringLiteral("far") << qint64(5) << QStringLiteral("pc-2") << qint64(321) << QStringLiteral("far") << qint64(5);
    }
    void extrasThroughCopies()
    {
        QFETCH(QString, host);
        QFETCH(qint64, senderPid);
        QFETCH(QString, savedHost);
        QFETCH(qint64, savedPid);
        QFETCH(QString, seenOn);
        QFETCH(qint64, writerPid);
        StreamRow row = StreamRow::fromDatagram(ObservedDatagram::fromUdp(capturefixture::datagram(1), 1, 0x0A000001, 138, 0, 138),
                                                RowOrigin::Remote);
        row.setHost(host);
        if (senderPid)
            row.setSender(RowSender::make(senderPid, nullptr));
        if (savedPid >= 0)
            row.setProvenance(provenance(savedHost, savedPid));
        QVERIFY(row.hasExtras());
        const StreamRow copy = row;
        for (const StreamRow *r : {&std::as_const(row), &copy}) {
            QCOMPARE(r->host(), host);
            QCOMPARE(r->sender() ? r->sender()->pid : 0, senderPid);
            QCOMPARE(bool(r->provenance()), savedPid >= 0);
            if (r->provenance())
                QCOMPARE(*r->provenance(), provenance(savedHost, savedPid));
            QCOMPARE(r->seenOn(), seenOn);
            QCOMPARE(r->writerPid(), writerPid);
            QVERIFY(r->datagram);
        }
        // The copy changed (and emptied): the original keeps its own.
        StreamRow changed = copy;
        changed.setHost({});
        changed.setSender({});
        changed.setProvenance(std::nullopt);
        QVERIFY(!changed.hasExtras());
        QCOMPARE(changed.seenOn(), QString());
        QCOMPARE(changed.writerPid(), qint64(0));
        QCOMPARE(row.host(), host);
        QCOMPARE(row.writerPid(), writerPid);
        QCOMPARE(row.seenOn(), seenOn);
        // Rows sharing another's: the same values.
        StreamRow sharing;
        sharing.shareExtrasOf(row);
        QCOMPARE(sharing.seenOn(), seenOn);
        QCOMPARE(sharing.writerPid(), writerPid);
    }

    // A datagram's delivery slot, comments and IPv6 addresses: held only when set, through copies.
    void rareDatagramFields()
    {
        ObservedDatagram d = ObservedDatagram::fromUdp(capturefixture::datagram(1), 1, 0x0A000001, 138, 0x0A0000FF, 138);
        QVERIFY(!d.hasRareFields());
        d.setDeliveredTo({});
        d.setComments({});
        d.setIpv6({}, {});
        QVERIFY(!d.hasRareFields());
        QCOMPARE(d.sourceAddress(), QStringLiteral("10.0.0.1"));
        QCOMPARE(d.destinationAddress(), QStringLiteral("10.0.0.255"));

        const QByteArray source = QByteArray(15, '\0') + '\x01';
        const QByteArray destination = QByteArray::fromHex("ff020000000000000000000000000001");
        ObservedDatagram rare = d;
        rare.delivered = true;
        rare.setDeliveredTo(QStringLiteral("\\\\.\\mailslot\\test\\text"));
        rare.setComments({QByteArray("first"), QByteArray("second")});
        rare.setIpv6(source, destination);
        QVERIFY(rare.hasRareFields());
        QVERIFY(!d.hasRareFields()); // the original, unchanged
        const StreamRow row = StreamRow::fromDatagram(rare, RowOrigin::Network);
        const StreamRow copy = row;
        for (const StreamRow *r : {&std::as_const(row), &copy}) {
            QCOMPARE(r->datagram->deliveredTo(), QStringLiteral("\\\\.\\mailslot\\test\\text"));
            QCOMPARE(r->slot, QStringLiteral("\\\\.\\mailslot\\test\\text"));
            QCOMPARE(r->datagram->comments(), QList<QByteArray>({"first", "second"}));
            QCOMPARE(r->datagram->sourceIpv6(), source);
            QCOMPARE(r->datagram->destinationIpv6(), destination);
            QCOMPARE(r->datagram->sourceAddress(), QStringLiteral("::1"));
            QCOMPARE(r->datagram->destinationAddress(), QStringLiteral("ff02::1"));
            QCOMPARE(r->datagram->toJsonLine(), rare.toJsonLine());
        }
        // An IPv6 destination only (the source IPv4 stays).
        ObservedDatagram half = d;
        half.setIpv6({}, destination);
        QVERIFY(!half.isIpv6Source());
        QCOMPARE(half.sourceAddress(), QStringLiteral("10.0.0.1"));
        QCOMPARE(half.destinationAddress(), QStringLiteral("ff02::1"));
        // Everything cleared: nothing held.
        rare.setDeliveredTo({});
        rare.setComments({});
        rare.setIpv6({}, {});
        QVERIFY(!rare.hasRareFields());
        QVERIFY(row.datagram->hasRareFields()); // the row's copy keeps its own
    }
};

QTEST_GUILESS_MAIN(TestRowStorage)
#include "tst_rowstorage.moc"
