// Samba's IDL-generated NDR code (python3-samba, run with /usr/bin/python3) as an independent peer.
#include "core/wire/mailslotdatagramparser.h"
#include "core/wire/netbiosdatagram.h"
#include "core/wire/netlogondecoder.h"
#include "core/wire/smbmailslotwrite.h"

#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTest>

using namespace mailslot::wire;

namespace {
const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kScript = QStringLiteral(MAILSLOT_TEST_SOURCE_DIR "/wire/data/samba_peer.py");

QByteArray runPeer(const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(kPython, QStringList{kScript} + args);
    if (!p.waitForFinished(30000)) {
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

QMap<QByteArray, QByteArray> keyValues(const QByteArray &text)
{
    QMap<QByteArray, QByteArray> out;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            out.insert(line.left(eq), line.mid(eq + 1));
    }
    return out;
}
} // namespace

class TestSambaPeer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(kPython))
            QSKIP("/usr/bin/python3 is missing");
        int rc = -1;
        runPeer({QStringLiteral("check")}, &rc);
        if (rc != 0)
            QSKIP("/usr/bin/python3 cannot import samba.dcerpc.nbt (python3-samba)");
    }
    void sambaParsesOurDatagram_data()
    {
        QTest::addColumn<quint8>("msgType");
        QTest::addColumn<QByteArray>("slot");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("pad");
        QTest::newRow("browsePadded") << quint8(0x11) << QByteArray("\\MAILSLOT\\BROWSE") << QByteArray("\x01\x00payload", 9)
                                      << true;
        QTest::newRow("browseSambaStyle") << quint8(0x11) << QByteArray("\\MAILSLOT\\BROWSE") << QByteArray("abc") << false;
        QTest::newRow("unique") << quint8(0x10) << QByteArray("\\MAILSLOT\\test1\\sample_mailslot")
                                << QByteArray(36, char(0xCA)) << true;
        QTest::newRow("broadcast") << quint8(0x12) << QByteArray("\\mailslot\\messngr") << QByteArray("A\0B\0text", 8)
                                   << true;
    }
    void sambaParsesOurDatagram()
    {
        QFETCH(quint8, msgType);
        QFETCH(QByteArray, slot);
        QFETCH(QByteArray, payload);
        QFETCH(bool, pad);
        SmbMailslotWrite w(slot, payload);
        w.setPadToFourBytes(pad);
        w.setTimeout(1000);
        w.setPriority(1);
        NetbiosDatagram d;
        d.setMsgType(msgType);
        d.setFlags(NetbiosDatagram::FirstFlag | (NetbiosDatagram::Nbdd << 2));
        d.setDgmId(0xA55A);
        d.setSourceIp(0xC0A8010A);
        d.setSourcePort(138);
        d.setSourceName(NetbiosName("OURHOST", 0x00));
        d.setDestinationName(NetbiosName("TESTGRP", 0x1D));
        d.setUserData(w.encode());
        const QByteArray bytes = d.encode();
        int rc = -1;
        const auto kv = keyValues(runPeer({QStringLiteral("parse"), QString::fromLatin1(bytes.toHex())}, &rc));
        QCOMPARE(rc, 0);
        QCOMPARE(kv.value("msg_type").toInt(), int(msgType));
        QCOMPARE(kv.value("flags").toInt(), 0x0E);
        QCOMPARE(kv.value("dgram_id").toInt(), 0xA55A);
        QCOMPARE(kv.value("src_addr"), QByteArray("192.168.1.10"));
        QCOMPARE(kv.value("src_port").toInt(), 138);
        QCOMPARE(kv.value("length").toInt(), bytes.size() - 14);
        QCOMPARE(kv.value("offset").toInt(), 0);
        QCOMPARE(kv.value("source_name"), QByteArray("OURHOST"));
        QCOMPARE(kv.value("source_type").toInt(), 0);
        QCOMPARE(kv.value("dest_name"), QByteArray("TESTGRP"));
        QCOMPARE(kv.value("dest_type").toInt(), 0x1D);
        QCOMPARE(kv.value("smb_command").toInt(), 0x25);
        QCOMPARE(kv.value("wct").toInt(), 17);
        QCOMPARE(kv.value("setup_count").toInt(), 3);
        QCOMPARE(kv.value("opcode").toInt(), 1);
        QCOMPARE(kv.value("priority").toInt(), 1);
        QCOMPARE(kv.value("class").toInt(), 2);
        QCOMPARE(kv.value("timeout").toInt(), 1000);
        QCOMPARE(kv.value("trans_flags").toInt(), 2);
        QCOMPARE(kv.value("total_data_count").toInt(), payload.size());
        QCOMPARE(kv.value("data_count").toInt(), payload.size());
        QCOMPARE(kv.value("mailslot_name"), SmbMailslotWrite::normalizeName(slot));
        const int nameEnd = 69 + int(SmbMailslotWrite::normalizeName(slot).size()) + 1;
        QCOMPARE(kv.value("data_offset").toInt(), pad ? (nameEnd + 3) / 4 * 4 : nameEnd);
        QCOMPARE(kv.value("data"), payload.toHex());
    }
    void weParseSambasDatagram()
    {
        int rc = -1;
        const QByteArray hex = runPeer({QStringLiteral("build")}, &rc).trimmed();
        QCOMPARE(rc, 0);
        const ParsedDatagram p = MailslotDatagramParser::parse(QByteArray::fromHex(hex));
        QVERIFY2(p.isMailslotWrite(), qPrintable(malformedReasonKey(p.malformed)));
        QCOMPARE(p.msgType, 0x11);
        QCOMPARE(p.flags, 0x0E);
        QCOMPARE(p.dgmId, 0x1234);
        QCOMPARE(p.sourceIp, 0x0A141E28u);
        QCOMPARE(p.sourcePort, 138);
        QCOMPARE(p.sourceName.toDisplayString(), QStringLiteral("PEERSRC<00>"));
        QCOMPARE(p.destinationName.toDisplayString(), QStringLiteral("PEERGRP<1d>"));
        QCOMPARE(p.slotName, QByteArray("\\MAILSLOT\\PEER\\TEST"));
        QCOMPARE(p.payload, QByteArray("hello"));
        QCOMPARE(p.timeout, 1000u);
        QCOMPARE(p.priority, 1);
        QCOMPARE(p.mailslotClass, 2);
        QCOMPARE(p.dataOffset, 70 + 19);
        QCOMPARE(p.trailingBytes, 0);
    }
    void weParseSambasNetlogon_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedKind");
        QTest::addColumn<QString>("mailslot");
        QTest::newRow("query") << "query" << "netlogon.primaryQuery" << "\\MAILSLOT\\NET\\GETDC123";
        QTest::newRow("samrequest") << "samrequest" << "netlogon.samLogonRequest" << "\\MAILSLOT\\NET\\GETDC456";
        QTest::newRow("samrequestsid") << "samrequestsid" << "netlogon.samLogonRequest" << "\\MAILSLOT\\NET\\GETDC456";
    }
    void weParseSambasNetlogon()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expectedKind);
        QFETCH(QString, mailslot);
        int rc = -1;
        const QByteArray hex = runPeer({QStringLiteral("netlogon"), kind}, &rc).trimmed();
        QCOMPARE(rc, 0);
        const DecodedPayload d = NetlogonDecoder::decode(QByteArray::fromHex(hex));
        QCOMPARE(d.kind(), expectedKind);
        QVERIFY(!d.isTruncated());
        QCOMPARE(d.value(u"computerName").toString(), QStringLiteral("CLIENT1"));
        QCOMPARE(d.value(u"mailslotName").toString(), mailslot);
        QCOMPARE(d.value(u"lm20Token").toString(), QStringLiteral("0xffff"));
    }
};

QTEST_GUILESS_MAIN(TestSambaPeer)
#include "tst_sambapeer.moc"
