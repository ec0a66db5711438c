// ObservedDatagram keeps a datagram's bytes and parses and decodes them when asked: what it gives
// equals what the codec gives when run on the bytes at once (the team's captures, the test
// fixture's datagrams and malformed inputs), and a stream row keeps no parsed or decoded copy.
#include "capturefixture.h"
#include "core/capture/capturedecoder.h"
#include "core/stream/observeddatagram.h"
#include "core/stream/streamrow.h"
#include "core/wire/mailslotdatagramparser.h"
#include "core/wire/messengerdecoder.h"
#include "core/wire/wellknownslotdecoder.h"
#include "core/wire/udpextractor.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

using namespace mailslot::wire;

namespace {

// The parsed form and the decoded payload, worked out at once from the bytes, as JSON text.
QByteArray eager(const QByteArray &raw, MalformedReason flaw, OemCodePage codePage)
{
    ParsedDatagram p = MailslotDatagramParser::parse(raw);
    if (flaw != MalformedReason::None)
        p.malformed = flaw;
    std::optional<DecodedPayload> decoded;
    if (p.payloadValid)
        decoded = WellKnownSlotDecoder::decode(p.slotName, p.payload, codePage);
    QJsonObject o = p.toJson();
    o.insert(QStringLiteral("decoded"), decoded ? QJsonValue(decoded->toJson()) : QJsonValue());
    o.insert(QStringLiteral("payload"), QString::fromLatin1((p.payloadValid ? p.payload : raw).toHex()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The same through the datagram's accessors (parsed() and decoded() apart, then expanded()).
QByteArray lazy(const ObservedDatagram &d)
{
    const ParsedDatagram p = d.parsed();
    const std::optional<DecodedPayload> decoded = d.decoded();
    const ObservedDatagram::Expanded e = d.expanded();
    if (e.parsed.toJson() != p.toJson() || e.decoded.has_value() != decoded.has_value()
        || (decoded && e.decoded->toJson() != decoded->toJson()))
        return "expanded() differs from parsed() and decoded()";
    QJsonObject o = p.toJson();
    o.insert(QStringLiteral("decoded"), decoded ? QJsonValue(decoded->toJson()) : QJsonValue());
    o.insert(QStringLiteral("payload"), QString::fromLatin1(d.shownBytes().toHex()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray messenger(OemCodePage codePage)
{
    return NetworkSender::buildDatagram(NetbiosDatagram::DirectUnique, 7, 0x0A000001, 138, NetbiosName("A", 0x03),
                                        NetbiosName("B", 0x03), "\\MAILSLOT\\MESSNGR",
                                        MessengerDecoder::encode(u"A", u"B", u"caf\u00e9 \u00e0 \u00f1", codePage));
}

} // namespace

class TestLazyDatagram : public QObject
{
    Q_OBJECT

private slots:
    // Every datagram of the team's captures (read as `mailslot decode` and File > Open Capture do).
    void captures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("nmbd-browse.pcapng") << QStringLiteral(MAILSLOT_TEST_SHARED_DIR "/captures/nmbd-browse.pcapng");
        QTest::newRow("nmbd-browse-sll.pcap") << QStringLiteral(MAILSLOT_TEST_SHARED_DIR "/captures/nmbd-browse-sll.pcap");
    }
    void captures()
    {
        QFETCH(QString, path);
        if (!QFileInfo::exists(path))
            QSKIP("the team's captures are not here");
        CaptureDecoder decoder(138, OemCodePage::Cp437);
        int count = 0;
        int decodedCount = 0;
        QVERIFY2(decoder.decodeFile(path,
                                    [&](const ObservedDatagram &d) {
                                        ++count;
                                        decodedCount += d.decoded().has_value();
                                        const QByteArray expected = eager(d.raw, d.frameFlaw(), OemCodePage::Cp437);
                                        if (lazy(d) != expected)
                                            qWarning("datagram %d: %s\n  expected %s", count, lazy(d).constData(),
                                                     expected.constData());
                                        return lazy(d) == expected;
                                    }),
                 qPrintable(decoder.errorString()));
        QCOMPARE(qint64(count), decoder.stats().datagrams);
        QVERIFY(count > 0);
        QVERIFY(decodedCount > 0); // browse announcements among them
    }

    // Well-formed, decoded or not, and malformed at each layer; a frame's own flaw; code pages.
    void inputs_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("flaw");
        QTest::addColumn<int>("codePage");
        QTest::addColumn<bool>("decodes");
        const int none = int(MalformedReason::None);
        const int cp437 = int(OemCodePage::Cp437);
        QTest::newRow("browse announcement") << capturefixture::datagram(0) << none << cp437 << true;
        QTest::newRow("text message") << capturefixture::datagram(1) << none << cp437 << false;
        QTest::newRow("truncated header") << capturefixture::datagram(2) << none << cp437 << false;
        QTest::newRow("empty") << QByteArray() << none << cp437 << false;
        QTest::newRow("messenger, cp437") << messenger(OemCodePage::Cp437) << none << cp437 << true;
        QTest::newRow("messenger, cp850") << messenger(OemCodePage::Cp850) << none << int(OemCodePage::Cp850) << true;
        QByteArray badName = capturefixture::datagram(0);
        badName[15] = 'e';
        QTest::newRow("bad name, payload decoded") << badName << none << cp437 << true;
        QByteArray badOffset = capturefixture::datagram(1);
        badOffset[82 + 57] = char(0xF0);
        QTest::newRow("bad data offset") << badOffset << none << cp437 << false;
        QTest::newRow("cut in the SMB header") << capturefixture::datagram(1).first(100) << none << cp437 << false;
        QTest::newRow("browse, first IP fragment")
            << capturefixture::datagram(0) << int(MalformedReason::IpFragment) << cp437 << true;
        QTest::newRow("cut by the capture")
            << capturefixture::datagram(0).first(120) << int(MalformedReason::CaptureTruncated) << cp437 << false;
    }
    void inputs()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, flaw);
        QFETCH(int, codePage);
        QFETCH(bool, decodes);
        UdpDatagram udp;
        udp.payload = raw;
        udp.sourceIp = 0x0A000001;
        udp.destinationIp = 0x0A0000FF;
        udp.sourcePort = udp.destinationPort = 138;
        udp.malformed = MalformedReason(flaw);
        const ObservedDatagram d = CaptureDecoder::observe(udp, 0, OemCodePage(codePage), true);
        QCOMPARE(lazy(d), eager(raw, MalformedReason(flaw), OemCodePage(codePage)));
        QCOMPARE(d.decoded().has_value(), decodes);
        if (flaw != int(MalformedReason::None))
            QCOMPARE(d.parsed().malformed, MalformedReason(flaw));
        // Not decoding (a listing that shows no decoded field) still parses.
        const ObservedDatagram plain = CaptureDecoder::observe(udp, 0, OemCodePage(codePage), false);
        QVERIFY(!plain.decoded().has_value());
        QCOMPARE(plain.parsed().toJson(), d.parsed().toJson());
        // Whether it is a mailslot write: parsed when asked, or as noted when its row was built
        // (and no longer trusted once the frame's flaw changes).
        const bool wellFormed = d.parsed().isMailslotWrite();
        QCOMPARE(d.isMailslotWrite(), wellFormed);
        const StreamRow row = StreamRow::fromDatagram(d, RowOrigin::Capture);
        QCOMPARE(row.datagram->isMailslotWrite(), wellFormed);
        ObservedDatagram flawed = *row.datagram;
        flawed.setFrameFlaw(MalformedReason::CaptureTruncated);
        QVERIFY(!flawed.isMailslotWrite());
    }

    // A stream row holds the datagram's bytes once (its message shares them) and nothing parsed or
    // decoded: the datagram is its bytes and a few typed fields.
    void rowKeepsOnlyTheBytes_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("sharesRaw");
        QTest::newRow("browse announcement") << capturefixture::datagram(0) << true;
        QTest::newRow("text message") << capturefixture::datagram(1) << true;
        QTest::newRow("malformed: the whole payload shown") << capturefixture::datagram(2) << true;
        // DGM_LENGTH shorter than what was received: the message is not the datagram's tail.
        QTest::newRow("bytes after the datagram") << capturefixture::datagram(1) + QByteArray("tail") << false;
    }
    void rowKeepsOnlyTheBytes()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, sharesRaw);
        const ObservedDatagram d = ObservedDatagram::fromUdp(raw, 0, 0x0A000001, 138, 0, 138);
        const StreamRow row = StreamRow::fromDatagram(d, RowOrigin::Capture);
        QCOMPARE(row.payload, d.shownBytes());
        const char *begin = row.datagram->raw.constData();
        const bool inRaw = row.payload.constData() >= begin && row.payload.constData() < begin + row.datagram->raw.size();
        QCOMPARE(inRaw, sharesRaw);
        if (inRaw) // and still a whole, '\0'-terminated byte array of its own
            QCOMPARE(row.payload.constData()[row.payload.size()], '\0');
        // No member holds a parsed header, names or decoded fields: raw and the rare fields
        // (deliveredTo, comments, the IPv6 addresses; null when none) are the only allocations,
        // the rest is a few bytes of typed fields (see tst_rowstorage).
        static_assert(sizeof(ObservedDatagram) <= sizeof(QByteArray) + 32);
        static_assert(sizeof(StreamRow) <= 136);
    }

    // A batch's rows of one slot share one copy of its name.
    void rowsShareSlotNames()
    {
        ObservedDatagramList datagrams;
        for (int i = 0; i < 6; ++i)
            datagrams.append(ObservedDatagram::fromUdp(capturefixture::datagram(i % 2), 0, 0x0A000001, 138, 0, 138));
        const StreamRowList rows = StreamRow::fromDatagrams(datagrams, RowOrigin::Capture);
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows[0].slot, QStringLiteral("\\\\.\\mailslot\\browse"));
        QCOMPARE(rows[1].slot, QStringLiteral("\\\\.\\mailslot\\test\\text"));
        for (int i = 2; i < 6; ++i) {
            QCOMPARE(rows[i].slot, rows[i % 2].slot);
            QCOMPARE(rows[i].slot.constData(), rows[i % 2].slot.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestLazyDatagram)
#include "tst_lazydatagram.moc"
