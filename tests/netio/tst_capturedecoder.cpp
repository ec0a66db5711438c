// CaptureDecoder: the sequential reader, the step-by-step reader and the parallel listing writer
// agree, in file order, whatever the number of workers or the step; every UDP datagram of the port
// is listed, a flawed one as malformed (as tshark shows it); stopping and errors.
#include "capturefixture.h"
#include "core/capture/capturedecoder.h"
#include "core/platform/win32error.h"
#include "core/stream/observeddatagram.h"
#include "tests/wire/framebuilders.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mailslot::wire;
using namespace framebuilders;

namespace {
// The IP packets behind the frames of flawedFramesAreListed() and tshark's comparison: IPv4 and
// IPv6, well-formed and flawed, on port 138 or not.
QList<QByteArray> ipPackets()
{
    const QByteArray payload = capturefixture::datagram(1);
    const QByteArray ip = PcapngWriter::buildIpv4Udp(0x0A000001, 138, 0x0A0000FF, 138, payload, 7);
    const QByteArray u = udp(138, 138, payload);
    return {
        ip,
        patched(ip, 6, hex("2000")),             // first fragment
        patched(ip, 6, hex("0010")),             // a later fragment: no UDP header
        patched(ip, 0, hex("44")),               // IHL 4
        patched(ip, 2, hex("000a")),             // total length below the header
        patched(ip, 2, hex("0000")),             // total length 0 (segmentation offload)
        patched(ip, 24, hex("0004")),            // UDP length below its header
        patched(ip, 24, hex("ffff")),            // UDP length beyond the IP payload
        patched(patched(ip, 2, be16(quint16(ip.size() + 100))), 24, be16(quint16(ip.size() + 80))), // beyond the frame
        patched(ip, 9, hex("06")),               // TCP
        PcapngWriter::buildIpv4Udp(0x0A000001, 5353, 0x0A0000FF, 5353, payload, 8),
        PcapngWriter::buildIpv4Udp(0x0A000001, 138, 0x0A0000FF, 50000, payload, 9),
        PcapngWriter::buildIpv4Udp(0x0A000001, 50000, 0x0A0000FF, 138, payload, 10),
        ipv6(17, u),
        ipv6(0, hex("1100000000000000") + u),    // hop-by-hop options
        ipv6(44, hex("1100000100000001") + u),   // first fragment
        ipv6(44, hex("1100032000000001") + u),   // a later fragment
        ipv6(17, u, 0),                          // payload length 0
        ipv6(58, u),                             // ICMPv6
    };
}

// A packet in a frame of the link type.
QByteArray frameOf(quint32 linkType, const QByteArray &packet)
{
    const bool v6 = (quint8(packet[0]) >> 4) == 6;
    switch (linkType) {
    case 1: return ethernet(packet, v6 ? hex("81000064") : QByteArray(), v6 ? 0x86DD : 0x0800);
    case 113: return sll(packet, v6 ? 0x86DD : 0x0800);
    case 276: return sll2(packet, v6 ? 0x86DD : 0x0800);
    case 0: return (v6 ? hex("1e000000") : hex("02000000")) + packet;
    case 108: return (v6 ? hex("00000018") : hex("00000002")) + packet;
    default: return packet; // 101, 228, 229
    }
}
} // namespace

class TestCaptureDecoder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString capture(int count)
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.pcapng").arg(count));
        if (!QFile::exists(path))
            capturefixture::write(path, count);
        return path;
    }
    // The JSON lines decodeFile() gives, one after the other.
    static QByteArray sequentialListing(const QString &path, CaptureDecoder::Stats *stats = nullptr)
    {
        CaptureDecoder decoder;
        QByteArray listing;
        decoder.decodeFile(path, [&](const ObservedDatagram &d) {
            listing += d.toJsonLine() + '\n';
            return true;
        });
        if (stats)
            *stats = decoder.stats();
        return listing;
    }

private slots:
    void parallelListingIsTheSequentialOne_data()
    {
        QTest::addColumn<int>("datagrams");
        QTest::addColumn<int>("workers");
        QTest::newRow("one datagram, 1 worker") << 1 << 1;
        QTest::newRow("one batch, 3 workers") << 1000 << 3;
        QTest::newRow("many batches, 1 worker") << 5000 << 1;
        QTest::newRow("many batches, 2 workers") << 5000 << 2;
        QTest::newRow("many batches, 8 workers") << 5000 << 8;
        QTest::newRow("default workers") << 3001 << 0;
    }
    void parallelListingIsTheSequentialOne()
    {
        QFETCH(int, datagrams);
        QFETCH(int, workers);
        const QString path = capture(datagrams);
        CaptureDecoder::Stats expectedStats;
        const QByteArray expected = sequentialListing(path, &expectedStats);
        QCOMPARE(expectedStats.datagrams, qint64(datagrams));

        CaptureDecoder decoder;
        QByteArray listing;
        int chunks = 0;
        const bool ok = decoder.formatFile(
            path,
            [](const ObservedDatagram &d, JsonLineWriter &out) {
                d.writeJson(out);
                out.newline();
            },
            [&](QByteArrayView chunk) {
                listing += chunk;
                ++chunks;
                return true;
            },
            workers);
        QVERIFY2(ok, qPrintable(decoder.errorString()));
        QCOMPARE(listing, expected);
        QCOMPARE(decoder.stats().datagrams, expectedStats.datagrams);
        QCOMPARE(decoder.stats().frames, expectedStats.frames);
        QCOMPARE(decoder.stats().otherFrames, expectedStats.otherFrames);
        QVERIFY(chunks <= (datagrams + 1023) / 1024); // whole batches, never one write per datagram
    }

    void writeFailureStopsReading()
    {
        const QString path = capture(20000);
        CaptureDecoder decoder;
        int chunks = 0;
        const bool ok = decoder.formatFile(
            path, [](const ObservedDatagram &d, JsonLineWriter &out) { out.number(std::uint64_t(d.parsed().dgmId)); },
            [&](QByteArrayView) { return ++chunks < 2; }, 2);
        QVERIFY(ok); // the file itself was fine
        QCOMPARE(chunks, 2);
        QVERIFY(decoder.stats().datagrams < 20000); // read ahead a few batches at most
    }

    void decodingCanBeSkipped()
    {
        const QString path = capture(3);
        CaptureDecoder decoder;
        decoder.setDecoding(false);
        QList<bool> decoded;
        QVERIFY(decoder.decodeFile(path, [&](const ObservedDatagram &d) {
            decoded.append(d.decoded().has_value());
            return true;
        }));
        QCOMPARE(decoded, QList<bool>({false, false, false}));
        decoder.setDecoding(true);
        decoded.clear();
        QVERIFY(decoder.decodeFile(path, [&](const ObservedDatagram &d) {
            decoded.append(d.decoded().has_value());
            return true;
        }));
        QCOMPARE(decoded, QList<bool>({true, false, false})); // the browse frame only
    }

    void brokenFileIsReportedAfterWhatCouldBeRead()
    {
        // The capture cut in the middle of a block: the datagrams before it are listed, then
        // the error names the file and the offset.
        QFile whole(capture(100));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString cut = m_dir.filePath(QStringLiteral("cut.pcapng"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() - 10));
        out.close();
        CaptureDecoder decoder;
        QByteArray listing;
        QVERIFY(!decoder.formatFile(
            cut, [](const ObservedDatagram &, JsonLineWriter &out) { out.raw("x"); },
            [&](QByteArrayView chunk) {
                listing += chunk;
                return true;
            }));
        QCOMPARE(listing, QByteArray(99, 'x'));
        QVERIFY2(decoder.errorString().contains(cut), qPrintable(decoder.errorString()));
        QVERIFY2(decoder.errorString().contains(QStringLiteral("offset")), qPrintable(decoder.errorString()));
        QCOMPARE(decoder.errorCode(), quint32(mailslot::platform::kErrorInvalidData));
    }

    void readInSteps_data()
    {
        QTest::addColumn<int>("step");
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("1000") << 1000;
    }
    void readInSteps()
    {
        QFETCH(int, step);
        const QString path = capture(2500);
        CaptureDecoder::Stats all;
        const QByteArray expected = sequentialListing(path, &all);
        CaptureDecoder decoder;
        const auto collect = [](QByteArray *listing, int *count) {
            return [listing, count](const ObservedDatagram &d) {
                *listing += d.toJsonLine() + '\n';
                ++*count;
                return true;
            };
        };
        QByteArray listing;
        int count = 0;
        QVERIFY(!decoder.readSome(step, collect(&listing, &count))); // not open
        QVERIFY2(decoder.open(path), qPrintable(decoder.errorString()));
        QCOMPARE(decoder.stats().fileSize, QFileInfo(path).size());
        QVERIFY(!decoder.atEnd());
        int calls = 0;
        qint64 progress = 0;
        for (bool more = true; more;) {
            count = 0;
            more = decoder.readSome(step, collect(&listing, &count));
            ++calls;
            QVERIFY(count <= step);
            if (more)
                QCOMPARE(count, step); // fewer only at the end
            QVERIFY(decoder.stats().bytesRead >= progress);
            progress = decoder.stats().bytesRead;
        }
        QCOMPARE(calls, 2500 / step + 1);
        QVERIFY(decoder.atEnd());
        QVERIFY(!decoder.hasError());
        QCOMPARE(listing, expected);
        QCOMPARE(decoder.stats().datagrams, all.datagrams);
        QCOMPARE(decoder.stats().frames, all.frames);
        QCOMPARE(decoder.stats().otherFrames, all.otherFrames);
        QCOMPARE(decoder.stats().bytesRead, decoder.stats().fileSize);
        decoder.close();
        QVERIFY(!decoder.readSome(step, collect(&listing, &count)));
    }

    void stepEndsWhenTheSinkSaysSo()
    {
        const QString path = capture(10);
        CaptureDecoder decoder;
        QVERIFY(decoder.open(path));
        QList<qint64> ms; // datagram i is stamped i ms after the first
        const auto take = [&ms](const ObservedDatagram &d) {
            ms.append(d.timestampNs / 1000000 - qint64(1795312171) * 1000);
            return ms.size() != 3;
        };
        QVERIFY(decoder.readSome(100, take));
        QCOMPARE(ms, QList<qint64>({0, 1, 2}));
        QVERIFY(!decoder.readSome(100, take));
        QCOMPARE(ms, QList<qint64>({0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    }

    void stepsStopAtABrokenFile()
    {
        QFile whole(capture(100));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QString cut = m_dir.filePath(QStringLiteral("cutsteps.pcapng"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(whole.readAll().chopped(10));
        out.close();
        CaptureDecoder decoder;
        QVERIFY(decoder.open(cut));
        int count = 0;
        while (decoder.readSome(7, [&](const ObservedDatagram &) { return ++count > 0; })) {
        }
        QCOMPARE(count, 99);
        QVERIFY(decoder.hasError());
        QVERIFY(decoder.atEnd());
        QVERIFY2(decoder.errorString().contains(cut), qPrintable(decoder.errorString()));
        QVERIFY(!decoder.open(m_dir.filePath(QStringLiteral("missing.pcap"))));
        QVERIFY(decoder.errorString().contains(QStringLiteral("missing.pcap")));
    }

    // Every UDP datagram with port 138 at either end is listed, in file order; one whose IP/UDP
    // framing is odd is malformed with that reason and shows what could be read of it.
    void flawedFramesAreListed()
    {
        QList<Record> records;
        for (const QByteArray &packet : ipPackets())
            records.append({frameOf(1, packet)});
        const QByteArray whole = frameOf(1, ipPackets().constFirst());
        records.append({whole.left(100), quint32(whole.size())}); // cut by the capture's snap length
        const QString path = m_dir.filePath(QStringLiteral("flawed.pcap"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pcap(1, records));
        file.close();
        QStringList seen;
        CaptureDecoder decoder;
        QVERIFY(decoder.decodeFile(path, [&](const ObservedDatagram &d) {
            const QJsonObject j = d.toJson();
            seen.append(QStringLiteral("%1 %2 %3 %4")
                            .arg(j.value("srcIp").toString(), j.value("malformed").toString(QStringLiteral("-")),
                                 j.value("slot").toString(QStringLiteral("-")))
                            .arg(j.value("size").toInt()));
            return true;
        }));
        const QString slot = QStringLiteral("\\MAILSLOT\\test\\text");
        const QStringList expected{
            QStringLiteral("10.0.0.1 - %1 12").arg(slot),
            QStringLiteral("10.0.0.1 ipFragment %1 12").arg(slot),
            QStringLiteral("10.0.0.1 - %1 12").arg(slot), // IP total length 0: as long as the frame
            QStringLiteral("10.0.0.1 badUdpLength %1 12").arg(slot),
            QStringLiteral("10.0.0.1 badUdpLength %1 12").arg(slot),
            QStringLiteral("10.0.0.1 badIpLength %1 12").arg(slot),
            QStringLiteral("10.0.0.1 - %1 12").arg(slot), // port 138 at one end only
            QStringLiteral("10.0.0.1 - %1 12").arg(slot),
            QStringLiteral("::1 - %1 12").arg(slot),
            QStringLiteral("::1 - %1 12").arg(slot),
            QStringLiteral("::1 ipFragment %1 12").arg(slot),
            QStringLiteral("10.0.0.1 captureTruncated - 58"),
        };
        QCOMPARE(seen, expected);
        QCOMPARE(decoder.stats().datagrams, expected.size());
        QCOMPARE(decoder.stats().otherFrames, records.size() - expected.size());
    }

    // The frames tshark shows as UDP with port 138 (IP reassembly off: the first fragment of a
    // datagram is shown, not the reassembled datagram) are exactly the ones listed.
    void listsWhatTsharkShows_data()
    {
        QTest::addColumn<quint32>("linkType");
        for (const quint32 linkType : {1u, 113u, 276u, 101u, 228u, 229u, 0u, 108u})
            QTest::addRow("link%u", linkType) << linkType;
    }
    void listsWhatTsharkShows()
    {
        QFETCH(quint32, linkType);
        const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
        if (tshark.isEmpty())
            QSKIP("tshark is not installed");
        QList<Record> records;
        for (const QByteArray &packet : ipPackets()) {
            const QByteArray frame = frameOf(linkType, packet);
            records.append({frame});
            records.append({frame.left(70), quint32(frame.size())}); // cut by the snap length
        }
        const QString path = m_dir.filePath(QStringLiteral("link%1.pcap").arg(linkType));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pcap(linkType, records));
        file.close();
        QProcess process;
        process.start(tshark, {QStringLiteral("-o"), QStringLiteral("ip.defragment:FALSE"), QStringLiteral("-o"),
                               QStringLiteral("ipv6.defragment:FALSE"), QStringLiteral("-r"), path,
                               QStringLiteral("-Y"), QStringLiteral("udp.port==138"), QStringLiteral("-T"),
                               QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("frame.number")});
        QVERIFY(process.waitForFinished(60000));
        QList<qint64> shown;
        for (const QByteArray &line : process.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                shown.append(line.trimmed().toLongLong() - 1);
        QVERIFY2(!shown.isEmpty(), process.readAllStandardError().constData());
        QList<qint64> listed; // frame i is stamped i ms after the first
        CaptureDecoder decoder;
        QVERIFY(decoder.decodeFile(path, [&](const ObservedDatagram &d) {
            listed.append(d.timestampNs / 1000000 - qint64(1735689600) * 1000);
            return true;
        }));
        QCOMPARE(listed, shown);
    }

    void missingFileIsReported()
    {
        CaptureDecoder decoder;
        const QString path = m_dir.filePath(QStringLiteral("missing.pcapng"));
        QVERIFY(!decoder.formatFile(path, [](const ObservedDatagram &, JsonLineWriter &) {}, [](QByteArrayView) { return true; }));
        QVERIFY2(decoder.errorString().contains(path), qPrintable(decoder.errorString()));
        QCOMPARE(decoder.errorCode(), quint32(mailslot::platform::kErrorFileNotFound));
    }
};

QTEST_GUILESS_MAIN(TestCaptureDecoder)
#include "tst_capturedecoder.moc"
