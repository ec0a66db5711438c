// Inputs the fuzzers (fuzz/) once found troublesome, replayed through the same paths, with the
// same invariants, on every test run. One file per finding in data/fuzz-regressions/, named
// <target>-<what>.bin.
#include "core/wire/mailslotdatagramparser.h"
#include "core/wire/netbiosdatagram.h"
#include "core/wire/pcapreader.h"
#include "core/wire/smbmailslotwrite.h"
#include "core/wire/udpextractor.h"
#include "core/wire/wellknownslotdecoder.h"

#include <QBuffer>
#include <QDir>
#include <QTest>

using namespace mailslot::wire;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(MAILSLOT_TEST_SOURCE_DIR "/wire/data/fuzz-regressions"));
    const QStringList files = dir.entryList({QStringLiteral("*.bin")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    const QString target = QFileInfo(path).fileName().section(QLatin1Char('-'), 0, 0);
    if (target == QLatin1String("datagram")) {
        const ParsedDatagram parsed = MailslotDatagramParser::parse(bytes);
        QVERIFY(parsed.payload.size() <= bytes.size());
        // Decoded as far as it parses: what was read lies inside the datagram.
        QVERIFY(!parsed.payloadValid || bytes.contains(parsed.payload));
        QVERIFY(!parsed.slotValid || (parsed.smbValid && bytes.contains(parsed.slotName)));
        if (parsed.payloadValid)
            WellKnownSlotDecoder::decode(parsed.slotName, parsed.payload);
        const NetbiosDatagramDecodeResult first = NetbiosDatagram::decode(bytes);
        if (first.ok()) {
            const NetbiosDatagramDecodeResult again = NetbiosDatagram::decode(first.datagram.encode());
            QVERIFY(again.ok());
            QCOMPARE(again.datagram.userData(), first.datagram.userData());
            // Names compare without case: the encoder upper-cases them, as RFC 1001 senders do.
            QCOMPARE(again.datagram.destinationName().name(), first.datagram.destinationName().name().toUpper());
            QCOMPARE(again.datagram.destinationName().suffix(), first.datagram.destinationName().suffix());
        }
    } else if (target == QLatin1String("smb")) {
        const SmbMailslotWriteDecodeResult result = SmbMailslotWrite::decode(bytes);
        if (result.ok())
            QVERIFY(SmbMailslotWrite::decode(result.write.encode()).ok());
    } else if (target == QLatin1String("pcap")) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        PcapReader reader(&buffer);
        CaptureFrame frame;
        int frames = 0;
        if (reader.open()) {
            while (reader.readNext(frame) && ++frames < 100000) {
                const UdpExtractor::Result udp = UdpExtractor::extract(frame.linkType, frame.data, frame.originalLength);
                QVERIFY(!udp.ok() || frame.data.contains(udp.datagram.payload));
                QVERIFY(udp.datagram.malformed != MalformedReason::CaptureTruncated
                        || frame.originalLength > frame.data.size());
            }
        }
        QVERIFY(frames < 100000);
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown target prefix in %1").arg(path)));
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
