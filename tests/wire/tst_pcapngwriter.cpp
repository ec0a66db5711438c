#include "core/wire/mailslotdatagramparser.h"
#include "core/wire/messengerdecoder.h"
#include "core/wire/pcapngwriter.h"
#include "core/wire/pcapreader.h"
#include "testhelpers.h"
#include "core/wire/udpextractor.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mailslot::wire;
using namespace testhelpers;

namespace {
struct Sample
{
    quint8 msgType;
    NetbiosName source;
    NetbiosName destination;
    QByteArray slot;
    QByteArray payload;
    bool pad;
};

QByteArray hostAnnouncement()
{
    QByteArray p = hex("0100") + hex("60ea0000") + QByteArray("PEERAPP\0\0\0\0\0\0\0\0\0", 16) + hex("0601")
        + hex("03100140") + hex("0f0155aa") + QByteArray("from test", 10);
    return p;
}

QList<Sample> samples()
{
    return {
        {0x11, NetbiosName("PEERAPP", 0x00), NetbiosName("TESTGRP", 0x1D), "\\MAILSLOT\\BROWSE", hostAnnouncement(), true},
        {0x10, NetbiosName("ALICE", 0x00), NetbiosName("BOB", 0x03), "\\mailslot\\MESSNGR",
         MessengerDecoder::encode(u"ALICE", u"BOB", u"hi there"), true},
        {0x12, NetbiosName("SENDER", 0x00), NetbiosName("WORKGROUP", 0x00), "\\MAILSLOT\\test1\\sample_mailslot",
         QByteArray(36, char(0xCA)), false},
        {0x11, NetbiosName("SENDER", 0x00), NetbiosName::msBrowse(), "\\MAILSLOT\\x", QByteArray("odd"), true},
    };
}

QByteArray datagram(const Sample &s, quint16 id)
{
    SmbMailslotWrite w(s.slot, s.payload);
    w.setPadToFourBytes(s.pad);
    NetbiosDatagram d;
    d.setMsgType(s.msgType);
    d.setFlags(0x0E);
    d.setDgmId(id);
    d.setSourceIp(0x0A630002);
    d.setSourceName(s.source);
    d.setDestinationName(s.destination);
    d.setUserData(w.encode());
    return d.encode();
}

QByteArray writeSamples(PcapngWriter::LinkType linkType)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PcapngWriter writer(&buffer, linkType);
    quint16 id = 0x100;
    qint64 ts = Q_INT64_C(1700000000123456789);
    for (const Sample &s : samples()) {
        if (!writer.writeUdp(0x0A630002, 138, s.msgType == 0x10 ? 0x0A630001 : 0x0A6300FF, 138, datagram(s, id++), ts))
            return {};
        ts += 1000;
    }
    return buffer.data();
}
} // namespace

class TestPcapngWriter : public QObject
{
    Q_OBJECT
private slots:
    void checksum()
    {
        // RFC 1071 example
        QCOMPARE(PcapngWriter::internetChecksum(hex("0001f203f4f5f6f7")), quint16(~0xddf2 & 0xFFFF));
        const QByteArray ip = PcapngWriter::buildIpv4Udp(0xC0A80001, 138, 0xC0A800FF, 138, "abc", 1);
        QCOMPARE(PcapngWriter::internetChecksum(ip.left(20)), 0); // header checksum verifies
        const QByteArray udp = ip.mid(20);
        const quint32 pseudo = 0xC0A8 + 0x0001 + 0xC0A8 + 0x00FF + 17 + quint32(udp.size());
        QCOMPARE(PcapngWriter::internetChecksum(udp, pseudo), 0);
        QVERIFY(PcapngWriter::buildIpv4Udp(1, 2, 3, 4, QByteArray(65508, 'x')).isEmpty());
    }
    void readBack_data()
    {
        QTest::addColumn<int>("linkType");
        QTest::newRow("raw") << int(PcapngWriter::RawIpv4);
        QTest::newRow("ethernet") << int(PcapngWriter::Ethernet);
    }
    void readBack()
    {
        QFETCH(int, linkType);
        const QByteArray file = writeSamples(PcapngWriter::LinkType(linkType));
        QVERIFY(!file.isEmpty());
        QBuffer buffer;
        buffer.setData(file);
        buffer.open(QIODevice::ReadOnly);
        PcapReader reader(&buffer);
        CaptureFrame frame;
        int n = 0;
        const auto all = samples();
        while (reader.readNext(frame)) {
            QCOMPARE(frame.linkType, quint32(linkType));
            QCOMPARE(frame.timestampNs, Q_INT64_C(1700000000123456789) + 1000 * n);
            const UdpExtractor::Result udp = UdpExtractor::extract(frame.linkType, frame.data);
            QVERIFY(udp.ok());
            const ParsedDatagram p = MailslotDatagramParser::parse(udp.datagram.payload);
            QVERIFY(p.isMailslotWrite());
            QCOMPARE(p.payload, all[n].payload);
            QCOMPARE(p.dgmId, 0x100 + n);
            ++n;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(n, all.size());
    }
    void writeFailsOnClosedDevice()
    {
        QBuffer closed;
        PcapngWriter writer(&closed);
        QVERIFY(!writer.writeHeader());
        QVERIFY(!writer.errorString().isEmpty());
    }
    void tsharkPeer_data()
    {
        QTest::addColumn<int>("linkType");
        QTest::newRow("raw") << int(PcapngWriter::RawIpv4);
        QTest::newRow("ethernet") << int(PcapngWriter::Ethernet);
    }
    void tsharkPeer()
    {
        QFETCH(int, linkType);
        const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
        if (tshark.isEmpty())
            QSKIP("tshark is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ours.pcapng"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(writeSamples(PcapngWriter::LinkType(linkType)));
        }
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(tshark, {QStringLiteral("-r"), path, QStringLiteral("-o"), QStringLiteral("udp.check_checksum:TRUE"),
                         QStringLiteral("-o"), QStringLiteral("ip.check_checksum:TRUE"), QStringLiteral("-T"),
                         QStringLiteral("fields"), QStringLiteral("-E"), QStringLiteral("separator=|"),
                         QStringLiteral("-e"), QStringLiteral("nbdgm.type"), QStringLiteral("-e"),
                         QStringLiteral("nbdgm.source_name"), QStringLiteral("-e"), QStringLiteral("nbdgm.destination_name"),
                         QStringLiteral("-e"), QStringLiteral("mailslot.name"), QStringLiteral("-e"),
                         QStringLiteral("smb.trans_name"), QStringLiteral("-e"), QStringLiteral("data.data"),
                         QStringLiteral("-e"), QStringLiteral("browser.command"), QStringLiteral("-e"),
                         QStringLiteral("browser.server"), QStringLiteral("-e"), QStringLiteral("smb.data_offset"),
                         QStringLiteral("-e"), QStringLiteral("nbdgm.dgram_len"), QStringLiteral("-e"),
                         QStringLiteral("ip.checksum.status"), QStringLiteral("-e"), QStringLiteral("udp.checksum.status")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        const QList<QByteArrayList> expected = {
            {"17", "PEERAPP<00>", "TESTGRP<1d>", "\\MAILSLOT\\BROWSE", "\\MAILSLOT\\BROWSE", "", "0x01", "PEERAPP", "88"},
            {"16", "ALICE<00>", "BOB<03>", "\\MAILSLOT\\MESSNGR", "\\MAILSLOT\\MESSNGR",
             MessengerDecoder::encode(u"ALICE", u"BOB", u"hi there").toHex(), "", "", "88"},
            {"18", "SENDER<00>", "WORKGROUP<00>", "\\MAILSLOT\\test1\\sample_mailslot",
             "\\MAILSLOT\\test1\\sample_mailslot", QByteArray(36, char(0xCA)).toHex(), "", "", "101"},
            {"17", "SENDER<00>", "<01><02>__MSBROWSE__<02><01>", "\\MAILSLOT\\x", "\\MAILSLOT\\x", "6f6464", "", "",
             "84"},
        };
        const auto all = samples();
        for (int i = 0; i < 4; ++i) {
            const QByteArrayList cols = lines[i].split('|');
            QCOMPARE(cols.size(), 12);
            for (int c = 0; c < expected[i].size(); ++c)
                QCOMPARE(cols[c], expected[i][c]);
            QCOMPARE(cols[9].toInt(), int(datagram(all[i], 0).size() - 14));
            QCOMPARE(cols[10], QByteArray("1")); // checksum good
            QCOMPARE(cols[11], QByteArray("1"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPcapngWriter)
#include "tst_pcapngwriter.moc"
