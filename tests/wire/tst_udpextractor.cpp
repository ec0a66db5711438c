// Every frame whose UDP ports can be read is a datagram (as Wireshark shows UDP ports), its
// framing flaw in `malformed`; frames without readable ports are not. The cases were checked
// against tshark 4.0 (-o ip.defragment:FALSE -o ipv6.defragment:FALSE -Y udp.port==138).
#include "core/wire/pcapngwriter.h"
#include "core/wire/udpextractor.h"
#include "framebuilders.h"

#include <QTest>

using namespace mailslot::wire;
using namespace framebuilders;

namespace {
const QByteArray kPayload = "mailslot bytes";
const QByteArray kIp = PcapngWriter::buildIpv4Udp(0x0A000001, 138, 0x0A0000FF, 138, kPayload, 7);
const QByteArray kUdp = kIp.mid(20);
} // namespace

class TestUdpExtractor : public QObject
{
    Q_OBJECT
private slots:
    void frames_data()
    {
        QTest::addColumn<quint32>("linkType");
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("malformed"); // key; "" when well-formed
        QTest::addColumn<QByteArray>("payload");
        const QString ok = QStringLiteral("ok");
        QTest::newRow("ethernet") << 1u << ethernet(kIp) << ok << QString() << kPayload;
        QTest::newRow("ethernetPadded") << 1u << ethernet(kIp) + QByteArray(20, '\0') << ok << QString() << kPayload;
        QTest::newRow("vlan") << 1u << ethernet(kIp, hex("81000064")) << ok << QString() << kPayload;
        QTest::newRow("qinq") << 1u << ethernet(kIp, hex("88a8000a81000064")) << ok << QString() << kPayload;
        QTest::newRow("vlan9100") << 1u << ethernet(kIp, hex("9100000a")) << ok << QString() << kPayload;
        QTest::newRow("llcSnap") << 1u << ethernet(hex("aaaa030000000800") + kIp, {}, quint16(kIp.size() + 8)) << ok
                                 << QString() << kPayload;
        QTest::newRow("llcNotSnap") << 1u << ethernet(hex("424203") + kIp, {}, quint16(kIp.size() + 3))
                                    << QStringLiteral("notIp") << QString() << QByteArray();
        QTest::newRow("arp") << 1u << ethernet(kIp, {}, 0x0806) << QStringLiteral("notIp") << QString() << QByteArray();
        QTest::newRow("ethernetIpv6") << 1u << ethernet(ipv6(17, kUdp), {}, 0x86DD) << ok << QString() << kPayload;
        QTest::newRow("sll") << 113u << sll(kIp) << ok << QString() << kPayload;
        QTest::newRow("sllIpv6") << 113u << sll(ipv6(17, kUdp), 0x86DD) << ok << QString() << kPayload;
        QTest::newRow("sll2") << 276u << sll2(kIp) << ok << QString() << kPayload;
        QTest::newRow("sll2Ipv6") << 276u << sll2(ipv6(17, kUdp), 0x86DD) << ok << QString() << kPayload;
        QTest::newRow("raw101") << 101u << kIp << ok << QString() << kPayload;
        QTest::newRow("raw101Ipv6") << 101u << ipv6(17, kUdp) << ok << QString() << kPayload;
        QTest::newRow("raw228") << 228u << kIp << ok << QString() << kPayload;
        QTest::newRow("raw228Ipv6") << 228u << ipv6(17, kUdp) << ok << QString() << kPayload; // as Wireshark
        QTest::newRow("raw229") << 229u << ipv6(17, kUdp) << ok << QString() << kPayload;
        QTest::newRow("raw229Ipv4") << 229u << kIp << QStringLiteral("notIp") << QString() << QByteArray();
        QTest::newRow("rawVersion5") << 101u << patched(kIp, 0, hex("55")) << QStringLiteral("notIp") << QString()
                                     << QByteArray();
        QTest::newRow("nullLe") << 0u << hex("02000000") + kIp << ok << QString() << kPayload;
        QTest::newRow("nullBe") << 0u << hex("00000002") + kIp << ok << QString() << kPayload;
        QTest::newRow("nullInet6Darwin") << 0u << hex("1e000000") + ipv6(17, kUdp) << ok << QString() << kPayload;
        QTest::newRow("nullInet6Bsd") << 0u << hex("18000000") + ipv6(17, kUdp) << ok << QString() << kPayload;
        QTest::newRow("nullOther") << 0u << hex("07000000") + kIp << QStringLiteral("notIp") << QString() << QByteArray();
        QTest::newRow("loop108") << 108u << hex("00000002") + kIp << ok << QString() << kPayload;
        QTest::newRow("loop108HostOrder") << 108u << hex("02000000") + kIp << QStringLiteral("notIp") << QString()
                                          << QByteArray();
        QTest::newRow("unsupported") << 105u << kIp << QStringLiteral("unsupportedLinkType") << QString() << QByteArray();
    }
    void frames()
    {
        QFETCH(quint32, linkType);
        QFETCH(QByteArray, frame);
        QFETCH(QString, status);
        QFETCH(QString, malformed);
        QFETCH(QByteArray, payload);
        const UdpExtractor::Result r = UdpExtractor::extract(linkType, frame);
        QCOMPARE(UdpExtractor::statusKey(r.status), status);
        if (!r.ok())
            return;
        QCOMPARE(malformedReasonKey(r.datagram.malformed), malformed);
        QCOMPARE(r.datagram.payload, payload);
        QCOMPARE(r.datagram.sourcePort, 138);
        QCOMPARE(r.datagram.destinationPort, 138);
        if (r.datagram.isIpv6()) {
            const auto bytes = [](const std::array<quint8, 16> &a) { return QByteArray(reinterpret_cast<const char *>(a.data()), 16); };
            QCOMPARE(bytes(r.datagram.sourceIpv6), QByteArray(15, '\0') + '\x01');
            QCOMPARE(bytes(r.datagram.destinationIpv6), QByteArray(15, '\0') + '\x02');
            QCOMPARE(r.datagram.sourceIp, 0u);
        } else {
            QCOMPARE(r.datagram.sourceIp, 0x0A000001u);
            QCOMPARE(r.datagram.destinationIp, 0x0A0000FFu);
        }
        QCOMPARE(r.datagram.ttl, 64);
    }

    // IPv4, IPv6 and UDP framing: what is listed, with which flaw, and which bytes (on each link
    // type that carries the packet as it is).
    void ipFraming_data()
    {
        QTest::addColumn<QByteArray>("packet");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("malformed");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QList<quint32>>("linkTypes");
        const QString ok = QStringLiteral("ok");
        const QList<quint32> v4{101, 228};
        const QList<quint32> v6{101, 229};
        QTest::newRow("ipv4 tcp") << patched(kIp, 9, hex("06")) << QStringLiteral("notUdp") << QString() << QByteArray() << v4;
        QTest::newRow("ipv4 nonFirstFragment") << patched(kIp, 6, hex("0010")) << QStringLiteral("nonFirstFragment")
                                          << QString() << QByteArray() << v4;
        // The first fragment carries the UDP header: its ports are shown (the rest is elsewhere).
        const QByteArray firstFragment = patched(patched(kIp, 6, hex("2000")), 2, hex("0020"));
        QTest::newRow("ipv4 firstFragment") << firstFragment << ok << QStringLiteral("ipFragment") << kPayload.left(4) << v4;
        QTest::newRow("ipv4 ihl4") << patched(kIp, 0, hex("44")) << QStringLiteral("badHeader") << QString() << QByteArray() << v4;
        QTest::newRow("ipv4 totalLengthBelowHeader") << patched(kIp, 2, hex("000a")) << QStringLiteral("badHeader") << QString()
                                                << QByteArray() << v4;
        // Total length 0: a segmentation offload left it to the hardware.
        QTest::newRow("ipv4 totalLength0") << patched(kIp, 2, hex("0000")) << ok << QString() << kPayload << v4;
        QTest::newRow("ipv4 udpLength4") << patched(kIp, 24, hex("0004")) << ok << QStringLiteral("badUdpLength") << kPayload << v4;
        QTest::newRow("ipv4 udpLength0") << patched(kIp, 24, hex("0000")) << ok << QStringLiteral("badUdpLength") << kPayload << v4;
        QTest::newRow("ipv4 udpLengthBeyond") << patched(kIp, 24, hex("1000")) << ok << QStringLiteral("badUdpLength")
                                         << kPayload << v4;
        QTest::newRow("ipv4 udpLengthShort") << patched(kIp, 24, hex("0014")) << ok << QString() << kPayload.left(12) << v4;
        // The IP and UDP lengths agree and run past the frame (not cut by the capture).
        QTest::newRow("ipv4 lengthsBeyondFrame") << patched(patched(kIp, 2, hex("0100")), 24, hex("00ec")) << ok
                                            << QStringLiteral("badIpLength") << kPayload << v4;
        // Only the IP length runs past the frame: the UDP datagram is whole.
        QTest::newRow("ipv4 totalLengthBeyondFrame") << patched(kIp, 2, hex("0100")) << ok << QString() << kPayload << v4;
        QByteArray options = kIp;
        options[0] = 0x46; // 24-byte header: UDP header shifts, total length still covers it
        options.insert(20, hex("01010101"));
        options[3] = char(quint8(options[3]) + 4);
        QTest::newRow("ipv4 ipOptions") << options << ok << QString() << kPayload << v4;
        QTest::newRow("ipv6 udp") << ipv6(17, kUdp) << ok << QString() << kPayload << v6;
        QTest::newRow("ipv6 hopByHop") << ipv6(0, hex("1100000000000000") + kUdp) << ok << QString() << kPayload << v6;
        QTest::newRow("ipv6 destinationOptions")
            << ipv6(60, hex("1101") + QByteArray(14, '\0') + kUdp) << ok << QString() << kPayload << v6;
        QTest::newRow("ipv6 routing") << ipv6(43, hex("1100000000000000") + kUdp) << ok << QString() << kPayload << v6;
        QTest::newRow("ipv6 authentication") << ipv6(51, hex("1101") + QByteArray(10, '\0') + kUdp) << ok << QString()
                                        << kPayload << v6;
        QTest::newRow("ipv6 atomicFragment") << ipv6(44, hex("1100000000000001") + kUdp) << ok << QString() << kPayload << v6;
        QTest::newRow("ipv6 firstFragment") << ipv6(44, hex("1100000100000001") + kUdp) << ok << QStringLiteral("ipFragment")
                                       << kPayload << v6;
        QTest::newRow("ipv6 nonFirstFragment") << ipv6(44, hex("1100032000000001") + kUdp)
                                          << QStringLiteral("nonFirstFragment") << QString() << QByteArray() << v6;
        QTest::newRow("ipv6 icmpv6") << ipv6(58, kUdp) << QStringLiteral("notUdp") << QString() << QByteArray() << v6;
        QTest::newRow("ipv6 noNextHeader") << ipv6(59, kUdp) << QStringLiteral("notUdp") << QString() << QByteArray() << v6;
        // 0 is a jumbogram or an offload: Wireshark reads no payload.
        QTest::newRow("ipv6 payloadLength0") << ipv6(17, kUdp, 0) << QStringLiteral("truncated") << QString() << QByteArray() << v6;
        QTest::newRow("ipv6 payloadLengthBeyondFrame") << ipv6(17, patched(kUdp, 4, hex("00c8")), 200) << ok
                                                  << QStringLiteral("badIpLength") << kPayload << v6;
        QTest::newRow("ipv6 extensionBeyondPayload") << ipv6(0, hex("1100000000000000") + kUdp, 4)
                                                << QStringLiteral("badHeader") << QString() << QByteArray() << v6;
        QTest::newRow("ipv6 udpLengthBeyond") << ipv6(17, patched(kUdp, 4, hex("0100"))) << ok
                                         << QStringLiteral("badUdpLength") << kPayload << v6;
    }
    void ipFraming()
    {
        QFETCH(QByteArray, packet);
        QFETCH(QString, status);
        QFETCH(QString, malformed);
        QFETCH(QByteArray, payload);
        QFETCH(QList<quint32>, linkTypes);
        for (const quint32 linkType : linkTypes) {
            const UdpExtractor::Result r = UdpExtractor::extract(linkType, packet);
            QCOMPARE(UdpExtractor::statusKey(r.status), status);
            QCOMPARE(malformedReasonKey(r.datagram.malformed), malformed);
            QCOMPARE(r.datagram.payload, payload);
        }
    }

    // A frame cut anywhere: before the UDP ports it is no datagram; after them it is one,
    // flawed: cut by the capture when the frame was longer on the wire, else its IP length lies.
    void cutEverywhere_data()
    {
        QTest::addColumn<quint32>("linkType");
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("udpAt"); // offset of the UDP header in the frame
        QTest::newRow("ethernet") << 1u << ethernet(kIp, hex("81000064")) << 18 + 20;
        QTest::newRow("sll") << 113u << sll(kIp) << 16 + 20;
        QTest::newRow("sll2") << 276u << sll2(kIp) << 20 + 20;
        QTest::newRow("null") << 0u << hex("02000000") + kIp << 4 + 20;
        QTest::newRow("raw") << 101u << kIp << 20;
        QTest::newRow("rawIpv6") << 101u << ipv6(0, hex("1100000000000000") + kUdp) << 48;
    }
    void cutEverywhere()
    {
        QFETCH(quint32, linkType);
        QFETCH(QByteArray, frame);
        QFETCH(int, udpAt);
        for (int cut = 0; cut < frame.size(); ++cut) {
            const QByteArray part = frame.left(cut);
            const UdpExtractor::Result asIs = UdpExtractor::extract(linkType, part);
            const UdpExtractor::Result snapped = UdpExtractor::extract(linkType, part, quint32(frame.size()));
            if (cut < udpAt + 4) {
                QCOMPARE(UdpExtractor::statusKey(asIs.status), QStringLiteral("truncated"));
                QCOMPARE(UdpExtractor::statusKey(snapped.status), QStringLiteral("truncated"));
                continue;
            }
            QVERIFY2(asIs.ok() && snapped.ok(), qPrintable(QString::number(cut)));
            QCOMPARE(asIs.datagram.malformed, MalformedReason::BadIpLength);
            QCOMPARE(snapped.datagram.malformed, MalformedReason::CaptureTruncated);
            QCOMPARE(snapped.datagram.payload, kPayload.left(qMax(0, cut - udpAt - 8)));
        }
        const UdpExtractor::Result whole = UdpExtractor::extract(linkType, frame, quint32(frame.size()));
        QVERIFY(whole.ok());
        QCOMPARE(whole.datagram.malformed, MalformedReason::None);
    }
    void linkTypeNames_data()
    {
        QTest::addColumn<quint32>("linkType");
        QTest::addColumn<QString>("name");
        QTest::newRow("readable: Ethernet") << 1u << "Ethernet";
        QTest::newRow("readable: Linux cooked v2") << 276u << "Linux cooked v2";
        QTest::newRow("radiotap") << 127u << "IEEE 802.11 radiotap";
        QTest::newRow("802.11") << 105u << "IEEE 802.11";
        QTest::newRow("first user-defined") << 147u << "user-defined";
        QTest::newRow("last user-defined") << 162u << "user-defined";
        QTest::newRow("not known") << 4000u << QString();
    }
    void linkTypeNames()
    {
        QFETCH(quint32, linkType);
        QFETCH(QString, name);
        QCOMPARE(UdpExtractor::linkTypeName(linkType), name);
    }
};

QTEST_GUILESS_MAIN(TestUdpExtractor)
#include "tst_udpextractor.moc"
