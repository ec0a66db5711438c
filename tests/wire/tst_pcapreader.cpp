#include "core/wire/pcapreader.h"
#include "testhelpers.h"
#include "core/wire/udpextractor.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace mailslot::wire;
using namespace testhelpers;

namespace {
QList<CaptureFrame> readAll(const QByteArray &bytes, QString *error = nullptr, qint64 *errorOffset = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    PcapReader reader(&buffer);
    QList<CaptureFrame> frames;
    CaptureFrame f;
    while (reader.readNext(f))
        frames.append(f);
    if (error)
        *error = reader.errorString();
    if (errorOffset)
        *errorOffset = reader.errorOffset();
    return frames;
}
} // namespace

class TestPcapReader : public QObject
{
    Q_OBJECT
private slots:
    void realCaptures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<qint64>("firstNs");
        QTest::addColumn<qint64>("lastNs");
        QTest::newRow("pcapng") << QStringLiteral("nmbd-browse.pcapng") << int(PcapReader::Format::Pcapng)
                                << Q_INT64_C(1795305756438811051) << Q_INT64_C(1795305868539450378);
        QTest::newRow("pcap") << QStringLiteral("nmbd-browse-sll.pcap") << int(PcapReader::Format::Pcap)
                              << Q_INT64_C(1795305756438811000) << Q_INT64_C(1795305868539450000);
    }
    void realCaptures()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(qint64, firstNs);
        QFETCH(qint64, lastNs);
        QFile f(sharedCaptures() + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("shared captures folder missing");
        PcapReader reader(&f);
        QList<CaptureFrame> frames;
        CaptureFrame frame;
        while (reader.readNext(frame))
            frames.append(frame);
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(reader.atEnd());
        QCOMPARE(int(reader.format()), format);
        QCOMPARE(frames.size(), 23);
        QCOMPARE(frames.first().timestampNs, firstNs);
        QCOMPARE(frames.last().timestampNs, lastNs);
        QCOMPARE(frames.first().timestampUtc(), QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1795305756438), Qt::UTC));
        int udp138 = 0;
        for (const CaptureFrame &fr : std::as_const(frames)) {
            QCOMPARE(fr.linkType, 113u);
            QCOMPARE(fr.originalLength, quint32(fr.data.size()));
            const UdpExtractor::Result r = UdpExtractor::extract(fr.linkType, fr.data);
            QVERIFY(r.ok());
            QCOMPARE(r.datagram.sourceIp, 0x0A630001u);
            if (r.datagram.destinationPort == 138 && r.datagram.sourcePort == 138)
                ++udp138;
        }
        QCOMPARE(udp138, 23);
        QCOMPARE(frames.at(5).index, 5);
    }
    void classicVariants_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::addColumn<bool>("nano");
        QTest::newRow("leMicro") << false << false;
        QTest::newRow("beMicro") << true << false;
        QTest::newRow("leNano") << false << true;
        QTest::newRow("beNano") << true << true;
    }
    void classicVariants()
    {
        QFETCH(bool, bigEndian);
        QFETCH(bool, nano);
        const QByteArray bytes = classicPcap(bigEndian, nano, 101,
                                             {{1000, 123456, "first"}, {1001, 999, QByteArray()}, {1002, 5, "third!"}});
        QString error;
        const auto frames = readAll(bytes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames[0].data, QByteArray("first"));
        QCOMPARE(frames[0].linkType, 101u);
        QCOMPARE(frames[0].timestampNs, Q_INT64_C(1000) * 1000000000 + (nano ? 123456 : 123456000));
        QCOMPARE(frames[0].fileOffset, 24);
        QCOMPARE(frames[1].data.size(), 0);
        QCOMPARE(frames[2].data, QByteArray("third!"));
        QCOMPARE(frames[2].fileOffset, 24 + 16 + 5 + 16);
    }
    void pcapngVariants_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::addColumn<int>("tsresol");
        QTest::addColumn<quint64>("ticks");
        QTest::addColumn<qint64>("ns");
        QTest::newRow("leDefaultMicro") << false << -1 << quint64(1500000) << Q_INT64_C(1500000000);
        QTest::newRow("beDefaultMicro") << true << -1 << quint64(1500000) << Q_INT64_C(1500000000);
        QTest::newRow("leNano") << false << 9 << quint64(1795305756438811051ULL) << Q_INT64_C(1795305756438811051);
        QTest::newRow("beMilli") << true << 3 << quint64(2500) << Q_INT64_C(2500000000);
        QTest::newRow("pow2_10") << false << (0x80 | 10) << quint64(1024 * 3 + 512) << Q_INT64_C(3500000000);
    }
    void pcapngVariants()
    {
        QFETCH(bool, bigEndian);
        QFETCH(int, tsresol);
        QFETCH(quint64, ticks);
        QFETCH(qint64, ns);
        const QByteArray bytes = pcapngShb(bigEndian) + pcapngIdb(bigEndian, 1, tsresol)
            + pcapngBlock(bigEndian, 0x0BAD, "skipme!!") // unknown block: skipped
            + pcapngIdb(bigEndian, 276, 9) + pcapngEpb(bigEndian, 0, ticks, "abcde")
            + pcapngEpb(bigEndian, 1, 42, "xyz") + pcapngSpb(bigEndian, "simple");
        QString error;
        const auto frames = readAll(bytes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames[0].data, QByteArray("abcde"));
        QCOMPARE(frames[0].linkType, 1u);
        QCOMPARE(frames[0].timestampNs, ns);
        QCOMPARE(frames[1].linkType, 276u);
        QCOMPARE(frames[1].interfaceId, 1u);
        QCOMPARE(frames[1].timestampNs, 42);
        QCOMPARE(frames[2].data, QByteArray("simple"));
        QVERIFY(!frames[2].hasTimestamp);
        QCOMPARE(frames[2].linkType, 1u);
    }
    void twoSectionsDifferentByteOrder()
    {
        const QByteArray bytes = pcapngShb(false) + pcapngIdb(false, 1, 9) + pcapngEpb(false, 0, 5, "one")
            + pcapngShb(true) + pcapngIdb(true, 113, 6) + pcapngEpb(true, 0, 7, "two");
        QString error;
        const auto frames = readAll(bytes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames[1].linkType, 113u);
        QCOMPARE(frames[1].timestampNs, 7000);
    }
    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("frames");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("contains");
        const QByteArray pcap = classicPcap(false, false, 1, {{1, 2, "0123456789"}, {3, 4, "abc"}});
        QTest::newRow("empty") << QByteArray() << 0 << qint64(0) << QStringLiteral("not a capture");
        QTest::newRow("text") << QByteArray("hello world, this is text") << 0 << qint64(0)
                              << QStringLiteral("Not a capture");
        QTest::newRow("pcapHeaderCut") << pcap.left(10) << 0 << qint64(10) << QStringLiteral("Truncated");
        QTest::newRow("recordHeaderCut") << pcap.left(24 + 8) << 0 << qint64(24) << QStringLiteral("Truncated");
        QTest::newRow("recordDataCut") << pcap.left(24 + 16 + 4) << 0 << qint64(44) << QStringLiteral("Truncated");
        QTest::newRow("secondRecordCut") << pcap.left(pcap.size() - 1) << 1 << qint64(pcap.size() - 1)
                                         << QStringLiteral("Truncated");
        QByteArray hugeRecord = pcap;
        hugeRecord[24 + 8 + 3] = char(0x7F);
        QTest::newRow("hugeRecord") << hugeRecord << 0 << qint64(24) << QStringLiteral("corrupt");
        const QByteArray ng = pcapngShb(false) + pcapngIdb(false, 1) + pcapngEpb(false, 0, 1, "payload");
        QTest::newRow("ngShbCut") << ng.left(6) << 0 << qint64(6) << QStringLiteral("Truncated");
        QTest::newRow("ngBadBom") << ng.left(8) + QByteArray("abcd") + ng.mid(12) << 0 << qint64(8)
                                  << QStringLiteral("Not a capture");
        QTest::newRow("ngBlockCut") << ng.left(ng.size() - 3) << 0 << qint64(ng.size() - 3)
                                    << QStringLiteral("Truncated");
        QByteArray badTrailer = ng;
        badTrailer[badTrailer.size() - 4] = 1;
        QTest::newRow("ngBadTrailer") << badTrailer << 0 << qint64(52) << QStringLiteral("trailing length");
        QByteArray badLength = ng;
        badLength[52 + 4] = 13;
        QTest::newRow("ngOddLength") << badLength << 0 << qint64(52) << QStringLiteral("Bad pcapng block length");
        const QByteArray noIface = pcapngShb(false) + pcapngEpb(false, 0, 1, "x");
        QTest::newRow("ngNoInterface") << noIface << 0 << qint64(28) << QStringLiteral("unknown interface");
        QByteArray capLen = ng;
        capLen[52 + 8 + 12] = char(0x40);
        QTest::newRow("ngCapturedTooLong") << capLen << 0 << qint64(52) << QStringLiteral("exceeds");
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, frames);
        QFETCH(qint64, offset);
        QFETCH(QString, contains);
        QString error;
        qint64 errorOffset = -1;
        const auto got = readAll(bytes, &error, &errorOffset);
        QCOMPARE(got.size(), frames);
        QVERIFY2(error.contains(contains, Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(errorOffset, offset);
    }
    void everyTruncationOfRealFileFailsCleanly()
    {
        QFile f(sharedCaptures() + QStringLiteral("/nmbd-browse.pcapng"));
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("shared captures folder missing");
        const QByteArray all = f.readAll();
        for (qsizetype cut = 0; cut < all.size(); cut += 7) {
            QString error;
            const auto frames = readAll(all.left(cut), &error);
            QVERIFY(frames.size() <= 23);
            // a cut on a block boundary is a clean end, anything else an error with an offset
            if (error.isEmpty())
                QVERIFY(cut >= 4);
        }
    }
};

QTEST_GUILESS_MAIN(TestPcapReader)
#include "tst_pcapreader.moc"
