#include "core/wire/browsedecoder.h"
#include "core/wire/mailslotdatagramparser.h"
#include "core/wire/pcapreader.h"
#include "testhelpers.h"
#include "core/wire/udpextractor.h"
#include "core/wire/wellknownslotdecoder.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace mailslot::wire;
using namespace testhelpers;

namespace {
struct Expected
{
    const char *source;
    const char *destination;
    const char *slot;
    int command;
    const char *server;
};
// tshark -r nmbd-browse.pcapng -Y mailslot -T fields -e nbdgm.source_name -e nbdgm.destination_name
//   -e mailslot.name -e browser.command -e browser.server   (identical for nmbd-browse-sll.pcap)
const Expected kTshark[23] = {
    {"NMBDPEER<00>", "TESTGRP<1d>", "\\MAILSLOT\\BROWSE", 0x01, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1d>", "\\MAILSLOT\\BROWSE", 0x01, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1d>", "\\MAILSLOT\\BROWSE", 0x01, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x08, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x08, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x08, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x08, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x08, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x08, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x08, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x08, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x08, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x08, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x02, ""},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x02, ""},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x0f, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x0f, "NMBDPEER"},
    {"NMBDPEER<00>", "<01><02>__MSBROWSE__<02><01>", "\\MAILSLOT\\BROWSE", 0x0c, "TESTGRP"},
    {"NMBDPEER<00>", "<01><02>__MSBROWSE__<02><01>", "\\MAILSLOT\\BROWSE", 0x0c, "TESTGRP"},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x0f, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1e>", "\\MAILSLOT\\BROWSE", 0x0f, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1d>", "\\MAILSLOT\\BROWSE", 0x01, "NMBDPEER"},
    {"NMBDPEER<00>", "TESTGRP<1d>", "\\MAILSLOT\\BROWSE", 0x01, "NMBDPEER"},
};
} // namespace

class TestMailslotDatagramParser : public QObject
{
    Q_OBJECT
private slots:
    void wellFormed()
    {
        const QByteArray bytes = mailslotDatagram("\\MAILSLOT\\Test\\Slot", "hello world");
        const ParsedDatagram p = MailslotDatagramParser::parse(bytes);
        QVERIFY(p.isMailslotWrite());
        QVERIFY(p.headerValid);
        QVERIFY(p.smbValid);
        QCOMPARE(p.msgType, 0x11);
        QCOMPARE(p.dgmId, 0x4242);
        QCOMPARE(p.sourceIp, 0x0A000001u);
        QCOMPARE(p.sourcePort, 138);
        QCOMPARE(p.dgmLength, bytes.size() - 14);
        QCOMPARE(p.sourceName.toDisplayString(), QStringLiteral("SENDER<00>"));
        QCOMPARE(p.destinationName.toDisplayString(), QStringLiteral("WORKGROUP<1d>"));
        QCOMPARE(p.slotName, QByteArray("\\MAILSLOT\\Test\\Slot"));
        QCOMPARE(p.payload, QByteArray("hello world"));
        QCOMPARE(p.opcode, 1);
        QCOMPARE(p.mailslotClass, 2);
        QCOMPARE(p.dataCount, 11);
        const QJsonObject j = p.toJson();
        QCOMPARE(j.value(QStringLiteral("sourceIp")).toString(), QStringLiteral("10.0.0.1"));
        QCOMPARE(j.value(QStringLiteral("slot")).toString(), QStringLiteral("\\MAILSLOT\\Test\\Slot"));
        QCOMPARE(j.value(QStringLiteral("destinationName")).toString(), QStringLiteral("WORKGROUP<1d>"));
        QVERIFY(j.value(QStringLiteral("malformed")).isNull());
        QCOMPARE(j.value(QStringLiteral("payloadHex")).toString(), QStringLiteral("68656c6c6f20776f726c64"));
    }
    void truncatedEverywhere_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<MalformedReason>("reason");
        const QByteArray good = mailslotDatagram("\\MAILSLOT\\BROWSE", "0123456789");
        // 14 header + 68 names + 98 SMB (name ends at 82+86, DataOffset 82+88)
        QCOMPARE(good.size(), 180);
        for (int cut = 0; cut < good.size(); ++cut) {
            QTest::addRow("asReceived%d", cut)
                << good.left(cut) << (cut < 14 ? MalformedReason::Truncated : MalformedReason::BadLength);
            if (cut < 14)
                continue;
            // same cut with DGM_LENGTH made consistent: the SMB layer must still notice
            QByteArray fixed = good.left(cut);
            const int length = cut - 14;
            fixed[10] = char(length >> 8);
            fixed[11] = char(length & 0xFF);
            MalformedReason reason;
            const int smb = cut - 82;
            if (cut < 82)
                reason = MalformedReason::BadLength;
            else if (smb < 4 || (smb >= 33 && smb < 69) || (smb > 4 && smb < 33))
                reason = MalformedReason::Truncated;
            else if (smb == 4)
                reason = MalformedReason::Truncated;
            else if (smb < 86)
                reason = MalformedReason::NameNotTerminated;
            else if (smb < 88)
                reason = MalformedReason::BadOffset;
            else
                reason = MalformedReason::BadDataCount;
            QTest::addRow("fixedLength%d", cut) << fixed << reason;
        }
    }
    void truncatedEverywhere()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(MalformedReason, reason);
        const ParsedDatagram p = MailslotDatagramParser::parse(bytes);
        QCOMPARE(p.malformed, reason);
        QVERIFY(!p.isMailslotWrite());
        // What is there of the payload (it starts at 82 + 88) is read, as far as it goes.
        const QByteArray good = mailslotDatagram("\\MAILSLOT\\BROWSE", "0123456789");
        QCOMPARE(p.payloadValid, bytes.size() >= 170);
        QCOMPARE(p.payload, bytes.size() >= 170 ? good.mid(170, bytes.size() - 170) : QByteArray());
        QCOMPARE(p.toJson().value(QStringLiteral("malformed")).toString(), malformedReasonKey(reason));
    }
    void rejectedLayers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<MalformedReason>("reason");
        const QByteArray good = mailslotDatagram("\\MAILSLOT\\X", "data");
        auto patched = [&good](int offset, const QByteArray &b) {
            QByteArray out = good;
            out.replace(offset, b.size(), b);
            return out;
        };
        QTest::newRow("fragment") << patched(1, hex("0b")) << MalformedReason::Fragment;
        QTest::newRow("offset") << patched(12, hex("0010")) << MalformedReason::Fragment;
        QTest::newRow("lyingLength") << patched(10, hex("0200")) << MalformedReason::BadLength;
        QTest::newRow("wordCount") << patched(82 + 32, hex("0e")) << MalformedReason::WrongWordCount;
        QTest::newRow("setupCount") << patched(82 + 59, hex("04")) << MalformedReason::WrongSetupCount;
        QTest::newRow("dataOffsetPastEnd") << patched(82 + 57, hex("f000")) << MalformedReason::BadOffset;
        QTest::newRow("dataCountTooLarge") << patched(82 + 55, hex("0500")) << MalformedReason::BadDataCount;
        QTest::newRow("pipe") << patched(82 + 69, QByteArray("\\PIPE\\")) << MalformedReason::NotMailslot;
        QTest::newRow("notSmb") << patched(82, hex("00")) << MalformedReason::BadProtocol;
        QTest::newRow("badType") << patched(0, hex("20")) << MalformedReason::BadMessageType;
        QTest::newRow("empty") << QByteArray() << MalformedReason::Truncated;
    }
    void rejectedLayers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(MalformedReason, reason);
        QCOMPARE(MailslotDatagramParser::parse(bytes).malformed, reason);
    }
    // A flawed datagram is flagged with its first flaw and decoded as far as it parses: every
    // field that can still be read is there (as Wireshark shows them).
    void partiallyDecoded_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<MalformedReason>("reason");
        QTest::addColumn<QString>("source");      // "" when not readable
        QTest::addColumn<QString>("destination"); // "" when not readable
        QTest::addColumn<QString>("slot");        // "-" when not readable
        QTest::addColumn<bool>("words");          // class, priority, offsets
        QTest::addColumn<QByteArray>("payload");  // "-" when not readable
        const QByteArray good = mailslotDatagram("\\MAILSLOT\\X", "data");
        const int smb = 82;
        const QString src = QStringLiteral("SENDER<00>");
        const QString dst = QStringLiteral("WORKGROUP<1d>");
        const QString slot = QStringLiteral("\\MAILSLOT\\X");
        const QByteArray none = "-";
        auto patched = [](QByteArray b, int offset, const QByteArray &with) {
            b.replace(offset, with.size(), with);
            return b;
        };
        auto withLength = [](QByteArray b, int length) {
            b[10] = char(length >> 8);
            b[11] = char(length & 0xFF);
            return b;
        };
        QTest::newRow("badMessageType") << patched(good, 0, hex("20")) << MalformedReason::BadMessageType << QString()
                                        << QString() << "-" << false << none;
        QTest::newRow("fragmentMore") << patched(good, 1, hex("0b")) << MalformedReason::Fragment << src << dst << slot
                                      << true << QByteArray("data");
        QTest::newRow("fragmentOffset") << patched(good, 12, hex("0010")) << MalformedReason::Fragment << src << dst
                                        << slot << true << QByteArray("data");
        QTest::newRow("lengthBeyondReceived") << withLength(good, 0x200) << MalformedReason::BadLength << src << dst
                                              << slot << true << QByteArray("data");
        QTest::newRow("lengthCoversSourceOnly") << withLength(good, 34) << MalformedReason::BadLength << src << dst
                                                << slot << true << QByteArray("data");
        QTest::newRow("lowerCaseSource") << patched(good, 15, "e") << MalformedReason::BadName << QString() << dst << slot
                                         << true << QByteArray("data");
        QTest::newRow("letterZInDestination") << patched(good, 49, "Z") << MalformedReason::BadName << src << QString()
                                              << slot << true << QByteArray("data");
        QByteArray pointer = good;
        pointer.replace(47, 1, hex("c00c")); // a compression pointer ends the source name
        QTest::newRow("compressionPointer") << withLength(pointer, good.size() - 13) << MalformedReason::BadName
                                            << QString() << dst << slot << true << QByteArray("data");
        QByteArray dotted = good;
        dotted.replace(47, 1, QByteArray("\x03" "a.b" "\x00", 5)); // a dot inside a scope label
        QTest::newRow("dotInScopeLabel") << withLength(dotted, good.size() - 10) << MalformedReason::BadName
                                         << QStringLiteral("SENDER<00>.a.b") << dst << slot << true << QByteArray("data");
        QTest::newRow("badProtocol") << patched(good, smb, hex("00")) << MalformedReason::BadProtocol << src << dst << "-"
                                     << false << none;
        QTest::newRow("wrongWordCount") << patched(good, smb + 32, hex("10")) << MalformedReason::WrongWordCount << src
                                        << dst << slot << true << QByteArray("data");
        QTest::newRow("wrongSetupCount") << patched(good, smb + 59, hex("04")) << MalformedReason::WrongSetupCount << src
                                         << dst << slot << true << QByteArray("data");
        QTest::newRow("badOpcode") << patched(good, smb + 61, hex("0200")) << MalformedReason::BadOpcode << src << dst
                                   << slot << true << QByteArray("data");
        QTest::newRow("notMailslot") << patched(good, smb + 69, "\\PIPE\\") << MalformedReason::NotMailslot << src << dst
                                     << QStringLiteral("\\PIPE\\LOT\\X") << true << QByteArray("data");
        QTest::newRow("nameNotTerminated") << good.left(smb + 75) << MalformedReason::BadLength << src << dst << "-"
                                           << true << none;
        QTest::newRow("dataOffsetPastEnd") << patched(good, smb + 57, hex("f000")) << MalformedReason::BadOffset << src
                                           << dst << slot << true << none;
        QTest::newRow("dataOffsetInName") << patched(good, smb + 57, hex("4b00")) << MalformedReason::BadOffset << src
                                          << dst << slot << true << QByteArray("LOT\\");
        QTest::newRow("dataCountTooLarge") << patched(good, smb + 55, hex("0900")) << MalformedReason::BadDataCount << src
                                           << dst << slot << true << QByteArray("data");
        QTest::newRow("headerOnly") << good.left(10) << MalformedReason::Truncated << QString() << QString() << "-"
                                    << false << none;
    }
    void partiallyDecoded()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(MalformedReason, reason);
        QFETCH(QString, source);
        QFETCH(QString, destination);
        QFETCH(QString, slot);
        QFETCH(bool, words);
        QFETCH(QByteArray, payload);
        const ParsedDatagram p = MailslotDatagramParser::parse(bytes);
        QCOMPARE(p.malformed, reason);
        QVERIFY(!p.isMailslotWrite());
        QVERIFY(p.headerValid);
        QCOMPARE(p.dgmId, 0x4242);
        QCOMPARE(p.sourceIp, 0x0A000001u);
        QCOMPARE(p.sourceName.isNull() ? QString() : p.sourceName.toDisplayString(), source);
        QCOMPARE(p.destinationName.isNull() ? QString() : p.destinationName.toDisplayString(), destination);
        QCOMPARE(p.slotValid ? QString::fromLatin1(p.slotName) : QStringLiteral("-"), slot);
        QCOMPARE(p.smbValid, words);
        if (words)
            QCOMPARE(p.mailslotClass, 2);
        QCOMPARE(p.payloadValid ? p.payload : QByteArray("-"), payload);
        const QJsonObject j = p.toJson();
        QCOMPARE(j.value(QStringLiteral("malformed")).toString(), malformedReasonKey(reason));
        QCOMPARE(j.contains(QStringLiteral("slot")), p.slotValid);
        QCOMPARE(j.contains(QStringLiteral("class")), words);
        QCOMPARE(j.contains(QStringLiteral("payloadHex")), p.payloadValid);
    }
    void errorAndQueryPackets()
    {
        NetbiosDatagram e;
        e.setMsgType(NetbiosDatagram::Error);
        e.setErrorCode(0x84);
        e.setSourceIp(0x01020304);
        ParsedDatagram p = MailslotDatagramParser::parse(e.encode());
        QCOMPARE(p.malformed, MalformedReason::NotDataDatagram);
        QVERIFY(p.headerValid);
        QCOMPARE(p.errorCode, std::optional<quint8>(0x84));
        QCOMPARE(p.toJson().value(QStringLiteral("errorCode")).toInt(), 0x84);
        NetbiosDatagram q;
        q.setMsgType(NetbiosDatagram::QueryRequest);
        q.setDestinationName(NetbiosName("TARGET", 0x03));
        p = MailslotDatagramParser::parse(q.encode());
        QCOMPARE(p.malformed, MalformedReason::NotDataDatagram);
        QCOMPARE(p.msgType, 0x14);
        QCOMPARE(p.destinationName.toDisplayString(), QStringLiteral("TARGET<03>"));
    }
    void randomGarbageNeverCrashes()
    {
        quint32 seed = 12345;
        const QByteArray good = mailslotDatagram("\\MAILSLOT\\BROWSE", QByteArray(40, 'A'));
        for (int i = 0; i < 20000; ++i) {
            QByteArray b = good;
            for (int k = 0; k < 4; ++k) {
                seed = seed * 1103515245 + 12345;
                b[int((seed >> 8) % b.size())] = char(seed >> 24);
            }
            seed = seed * 1103515245 + 12345;
            b.truncate(int((seed >> 8) % (b.size() + 1)));
            const ParsedDatagram p = MailslotDatagramParser::parse(b);
            if (p.isMailslotWrite())
                QVERIFY(p.payload.size() <= b.size());
            WellKnownSlotDecoder::decode(p.slotName, b.mid(82));
        }
    }
    void realCaptures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("pcapng") << QStringLiteral("nmbd-browse.pcapng");
        QTest::newRow("pcap") << QStringLiteral("nmbd-browse-sll.pcap");
    }
    void realCaptures()
    {
        QFETCH(QString, file);
        QFile f(sharedCaptures() + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("shared captures folder missing");
        PcapReader reader(&f);
        CaptureFrame frame;
        int n = 0;
        while (reader.readNext(frame)) {
            const UdpExtractor::Result udp = UdpExtractor::extract(frame.linkType, frame.data);
            QVERIFY(udp.ok());
            QCOMPARE(udp.datagram.destinationPort, 138);
            QVERIFY(n < 23);
            const Expected &e = kTshark[n];
            const ParsedDatagram p = MailslotDatagramParser::parse(udp.datagram.payload);
            QVERIFY2(p.isMailslotWrite(), qPrintable(malformedReasonKey(p.malformed)));
            QCOMPARE(p.msgType, 0x11);
            QCOMPARE(p.flags, 0x0a);
            QCOMPARE(p.sourceIp, 0x0A630001u);
            QCOMPARE(p.dataOffset, 86);
            QCOMPARE(p.priority, 1);
            QCOMPARE(p.mailslotClass, 2);
            QCOMPARE(p.trailingBytes, 0);
            QCOMPARE(p.sourceName.toDisplayString(), QString::fromLatin1(e.source));
            QCOMPARE(p.destinationName.toDisplayString(), QString::fromLatin1(e.destination));
            QCOMPARE(p.slotName, QByteArray(e.slot));
            const auto decoded = WellKnownSlotDecoder::decode(p.slotName, p.payload);
            QVERIFY(decoded.has_value());
            QVERIFY(!decoded->isTruncated());
            QCOMPARE(decoded->value(u"opcode").toInt(), e.command);
            QCOMPARE(decoded->kind(), QStringLiteral("browse.") + BrowseDecoder::opcodeName(quint8(e.command)));
            // nmbd's AnnouncementRequest is 02 01 00 "NMBDPEER" (no NUL): the response name at
            // offset 2 is empty, as tshark shows it.
            const auto key = e.command == 0x0c ? u"workgroup" : e.command == 0x02 ? u"responseName" : u"serverName";
            QVERIFY(decoded->contains(key));
            QCOMPARE(decoded->value(key).toString(), QString::fromLatin1(e.server));
            ++n;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(n, 23);
    }
};

QTEST_GUILESS_MAIN(TestMailslotDatagramParser)
#include "tst_mailslotdatagramparser.moc"
