#include "core/wire/pcapngwriter.h"
#include "testhelpers.h"
#include "core/wire/udpextractor.h"

#include <QTest>

using namespace mailslot::wire;
using testhelpers::hex;

namespace {
const QByteArray kIp = PcapngWriter::buildIpv4Udp(0x0A000001, 138, 0x0A0000FF, 138, "mailslot bytes", 7);

QByteArray ethernet(const QByteArray &ip, const QByteArray &tags = {}, quint16 type = 0x0800)
{
    QByteArray f = hex("ffffffffffff020000000001") + tags;
    f.append(char(type >> 8));
    f.append(char(type & 0xFF));
    return f + ip;
}
QByteArray sll(const QByteArray &ip, quint16 type = 0x0800)
{
    QByteArray f = hex("0001000100060200000000010000");
    f.append(char(type >> 8));
    f.append(char(type & 0xFF));
    return f + ip;
}
QByteArray sll2(const QByteArray &ip, quint16 type = 0x0800)
{
    QByteArray f;
    f.append(char(type >> 8));
    f.append(char(type & 0xFF));
    return f + hex("000000000003000106020000000001000000") + ip;
}
} // namespace

class TestUdpExtractor : public QObject
{
    Q_OBJECT
private slots:
    void linkTypes_data()
    {
        QTest::addColumn<quint32>("linkType");
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("status");
        QTest::newRow("ethernet") << 1u << ethernet(kIp) << int(UdpExtractor::Status::Ok);
        QTest::newRow("ethernetPadded") << 1u << ethernet(kIp) + QByteArray(20, '\0') << int(UdpExtractor::Status::Ok);
        QTest::newRow("vlan") << 1u << ethernet(kIp, hex("81000064")) << int(UdpExtractor::Status::Ok);
        QTest::newRow("qinq") << 1u << ethernet(kIp, hex("88a8000a81000064")) << int(UdpExtractor::Status::Ok);
        QTest::newRow("arp") << 1u << ethernet(kIp, {}, 0x0806) << int(UdpExtractor::Status::NotIpv4);
        QTest::newRow("sll") << 113u << sll(kIp) << int(UdpExtractor::Status::Ok);
        QTest::newRow("sllIpv6") << 113u << sll(kIp, 0x86DD) << int(UdpExtractor::Status::NotIpv4);
        QTest::newRow("sll2") << 276u << sll2(kIp) << int(UdpExtractor::Status::Ok);
        QTest::newRow("raw101") << 101u << kIp << int(UdpExtractor::Status::Ok);
        QTest::newRow("raw228") << 228u << kIp << int(UdpExtractor::Status::Ok);
        QTest::newRow("rawIpv6") << 101u << hex("60000000") + QByteArray(40, '\0') << int(UdpExtractor::Status::NotIpv4);
        QTest::newRow("nullLe") << 0u << hex("02000000") + kIp << int(UdpExtractor::Status::Ok);
        QTest::newRow("nullBe") << 0u << hex("00000002") + kIp << int(UdpExtractor::Status::Ok);
        QTest::newRow("nullInet6") << 0u << hex("1e000000") + kIp << int(UdpExtractor::Status::NotIpv4);
        QTest::newRow("unsupported") << 105u << kIp << int(UdpExtractor::Status::UnsupportedLinkType);
        QByteArray tcp = kIp;
        tcp[9] = 6;
        QTest::newRow("tcp") << 101u << tcp << int(UdpExtractor::Status::NotUdp);
        QByteArray frag = kIp;
        frag[6] = 0x00;
        frag[7] = 0x10;
        QTest::newRow("nonFirstFragment") << 101u << frag << int(UdpExtractor::Status::NonFirstFragment);
        frag[6] = 0x20;
        frag[7] = 0x00;
        QTest::newRow("firstFragment") << 101u << frag << int(UdpExtractor::Status::Fragmented);
        QByteArray ihl = kIp;
        ihl[0] = 0x44;
        QTest::newRow("ihl4") << 101u << ihl << int(UdpExtractor::Status::BadHeader);
        QByteArray totalShort = kIp;
        totalShort[2] = 0;
        totalShort[3] = 10;
        QTest::newRow("totalLengthBelowHeader") << 101u << totalShort << int(UdpExtractor::Status::BadHeader);
        QByteArray udpLen = kIp;
        udpLen[24] = 0;
        udpLen[25] = 4;
        QTest::newRow("udpLength4") << 101u << udpLen << int(UdpExtractor::Status::BadHeader);
        udpLen[24] = 0x10;
        QTest::newRow("udpLengthBeyond") << 101u << udpLen << int(UdpExtractor::Status::Truncated);
        QByteArray options = kIp;
        options[0] = 0x46; // 24-byte header: UDP header shifts, total length still covers it
        options.insert(20, hex("01010101"));
        options[3] = char(quint8(options[3]) + 4);
        QTest::newRow("ipOptions") << 101u << options << int(UdpExtractor::Status::Ok);
    }
    void linkTypes()
    {
        QFETCH(quint32, linkType);
        QFETCH(QByteArray, frame);
        QFETCH(int, status);
        const UdpExtractor::Result r = UdpExtractor::extract(linkType, frame);
        QCOMPARE(int(r.status), status);
        if (r.ok()) {
            QCOMPARE(r.datagram.payload, QByteArray("mailslot bytes"));
            QCOMPARE(r.datagram.sourceIp, 0x0A000001u);
            QCOMPARE(r.datagram.destinationIp, 0x0A0000FFu);
            QCOMPARE(r.datagram.sourcePort, 138);
            QCOMPARE(r.datagram.destinationPort, 138);
            QCOMPARE(r.datagram.ttl, 64);
        }
    }
    void truncatedEverywhere_data()
    {
        QTest::addColumn<quint32>("linkType");
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("ethernet") << 1u << ethernet(kIp, hex("81000064"));
        QTest::newRow("sll") << 113u << sll(kIp);
        QTest::newRow("sll2") << 276u << sll2(kIp);
        QTest::newRow("null") << 0u << hex("02000000") + kIp;
        QTest::newRow("raw") << 101u << kIp;
    }
    void truncatedEverywhere()
    {
        QFETCH(quint32, linkType);
        QFETCH(QByteArray, frame);
        for (qsizetype cut = 0; cut < frame.size(); ++cut) {
            const UdpExtractor::Result r = UdpExtractor::extract(linkType, frame.left(cut));
            QCOMPARE(UdpExtractor::statusKey(r.status), QStringLiteral("truncated"));
        }
        QVERIFY(UdpExtractor::extract(linkType, frame).ok());
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
