// NetworkSender: the size rule, addressing, datagram layout, NetBIOS name queries; the registry's
// network path. Everything goes to 127.0.0.1 only.
#include "core/wire/mailslotdatagramparser.h"
#include "core/slots/mailslotregistry.h"
#include "core/netio/netbiosnamequery.h"
#include "core/netio/networksender.h"
#include "core/platform/win32error.h"
#include "tests/netio/loopbackoptions.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace mailslot::wire;
using namespace mailslot::platform;

using testnet::loopbackOptions;

class TestNetworkSender : public QObject
{
    Q_OBJECT

private slots:
    void sizeRule_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("limit");
        // [MS-MAIL] <2>: 432 - ROUND_UP_TO_DWORD(len(name after \mailslot\)).
        QTest::newRow("1 char") << R"(\\*\mailslot\a)" << 428;
        QTest::newRow("4 chars") << R"(\\*\mailslot\abcd)" << 428;
        QTest::newRow("5 chars") << R"(\\*\mailslot\abcde)" << 424;
        QTest::newRow("BROWSE") << R"(\\WG\mailslot\BROWSE)" << 424;
        QTest::newRow("8 chars") << R"(\\host\mailslot\abcdefgh)" << 424;
        QTest::newRow("9 chars") << R"(\\*\mailslot\abcdefghi)" << 420;
        QTest::newRow("12 chars path") << R"(\\*\mailslot\net\netlogon)" << 420;
        QTest::newRow("13 chars") << R"(\\*\mailslot\abcdefghijklm)" << 416;
        QTest::newRow("16 chars") << R"(\\*\mailslot\abcdefghijklmnop)" << 416;
        QTest::newRow("17 chars") << R"(\\*\mailslot\abcdefghijklmnopq)" << 412;
    }
    void sizeRule()
    {
        QFETCH(QString, target);
        QFETCH(int, limit);
        const MailslotName name = MailslotName::parse(target);
        QVERIFY(name.isValid());
        QCOMPARE(NetworkSender::maxPayloadSize(name.wireName().toLatin1()), limit);
        QVERIFY(!NetworkSender::checkSize(name, limit));
        const MailslotError over = NetworkSender::checkSize(name, limit + 1);
        QCOMPARE(over.code(), quint32(kErrorBadNetpath));
        QCOMPARE(over.limit(), quint64(limit));
        QCOMPARE(over.size(), quint64(limit + 1));
        QVERIFY2(over.message().contains(QString::number(limit)), qPrintable(over.message()));

        // The sender refuses before anything goes out, and sends exactly the limit.
        QUdpSocket receiver;
        QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
        NetworkSender sender(loopbackOptions(receiver.localPort()));
        NetworkSender::Report report;
        QCOMPARE(sender.send(name, QByteArray(limit + 1, 'x'), 1, &report).code(), quint32(kErrorBadNetpath));
        QCOMPARE(report.datagramsSent, quint64(0));
        QVERIFY(!sender.send(name, QByteArray(limit, 'x'), 1, &report));
        QCOMPARE(report.datagramsSent, quint64(1));
        QVERIFY(receiver.hasPendingDatagrams() || receiver.waitForReadyRead(5000));
        const ParsedDatagram parsed = MailslotDatagramParser::parse(receiver.receiveDatagram().data());
        QVERIFY(parsed.isMailslotWrite());
        QCOMPARE(parsed.payload.size(), limit);
    }

    void addressing_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("domainFlag");
        QTest::addColumn<int>("msgType");
        QTest::addColumn<QString>("destination");
        QTest::newRow("star") << R"(\\*\mailslot\x)" << false << 0x11 << "WG<00>";
        QTest::newRow("our workgroup") << R"(\\wg\mailslot\x)" << false << 0x11 << "WG<00>";
        QTest::newRow("other domain flagged") << R"(\\corp\mailslot\x)" << true << 0x11 << "CORP<00>";
        QTest::newRow("host") << R"(\\peer\mailslot\x)" << false << 0x10 << "PEER<00>";
        QTest::newRow("long host cut") << R"(\\abcdefghijklmnopqrst\mailslot\x)" << false << 0x10
                                       << "ABCDEFGHIJKLMNO<00>";
    }
    void addressing()
    {
        QFETCH(QString, target);
        QFETCH(bool, domainFlag);
        QFETCH(int, msgType);
        QFETCH(QString, destination);
        NetworkSender::Options o = loopbackOptions(9);
        o.domain = domainFlag;
        const NetworkSender sender(o);
        const MailslotName name = MailslotName::parse(target);
        QCOMPARE(int(sender.messageType(name)), msgType);
        QCOMPARE(sender.destinationName(name).toDisplayString(), destination);
    }

    void datagramOnTheWire_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("wireSlot");
        QTest::newRow("text") << R"(\\*\mailslot\Demo\Slot)" << QByteArray("hello") << QByteArray(R"(\MAILSLOT\Demo\Slot)");
        QTest::newRow("empty") << R"(\\*\MailSlot\x)" << QByteArray() << QByteArray(R"(\MAILSLOT\x)");
        QTest::newRow("binary") << R"(\\host\mailslot\messngr)" << QByteArray("A\0B\0hi\xff", 7)
                                << QByteArray(R"(\MAILSLOT\messngr)");
    }
    void datagramOnTheWire()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, wireSlot);
        QUdpSocket receiver;
        QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
        NetworkSender::Options o = loopbackOptions(receiver.localPort());
        o.priority = 3;
        NetworkSender sender(o);
        NetworkSender::Report report;
        QVERIFY(!sender.send(MailslotName::parse(target), payload, 2, &report));
        QCOMPARE(report.datagramsSent, quint64(2));
        QCOMPARE(report.destinations.size(), 1);
        QCOMPARE(report.destinations[0].sourceAddress, QHostAddress(QHostAddress::LocalHost));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(receiver.hasPendingDatagrams() || receiver.waitForReadyRead(5000));
            const QNetworkDatagram dg = receiver.receiveDatagram();
            const ParsedDatagram p = MailslotDatagramParser::parse(dg.data());
            QVERIFY2(p.isMailslotWrite(), qPrintable(malformedReasonKey(p.malformed)));
            QCOMPARE(p.slotName, wireSlot);
            QCOMPARE(p.payload, payload);
            QCOMPARE(p.sourceName.toDisplayString(), QStringLiteral("SENDER<00>"));
            QCOMPARE(p.sourceIp, quint32(0x7F000001));
            QCOMPARE(p.sourcePort, quint16(dg.senderPort()));
            QCOMPARE(p.sourcePort, report.sourcePort);
            QCOMPARE(p.flags, quint8(0x0A)); // FIRST, M-node
            QCOMPARE(p.mailslotClass, quint16(2));
            QCOMPARE(p.priority, quint16(3));
            QCOMPARE(p.dataOffset % 4, 0);
            QCOMPARE(p.msgType, report.msgType);
        }
    }

    void preparedOnceSentInParts()
    {
        // prepare() resolves once; each sendPrepared() adds to the report, from the same socket.
        QUdpSocket receiver;
        QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
        NetworkSender sender(loopbackOptions(receiver.localPort()));
        const MailslotName name = MailslotName::parse(QStringLiteral(R"(\\*\mailslot\parts)"));
        NetworkSender::Report report;
        report.datagramsSent = 99; // reset by prepare()
        QVERIFY(!sender.prepare(name, 5, &report));
        QCOMPARE(report.datagramsSent, quint64(0));
        QCOMPARE(report.destinations.size(), 1);
        QCOMPARE(int(report.msgType), 0x11);
        QVERIFY(!sender.sendPrepared(name, "first", 2, &report));
        const quint16 sourcePort = report.sourcePort;
        QVERIFY(!sender.sendPrepared(name, "again", 1, &report));
        QCOMPARE(report.datagramsSent, quint64(3));
        QCOMPARE(report.sourcePort, sourcePort);
        const QList<QByteArray> expected{"first", "first", "again"};
        for (const QByteArray &payload : expected) {
            QVERIFY(receiver.hasPendingDatagrams() || receiver.waitForReadyRead(5000));
            const QNetworkDatagram dg = receiver.receiveDatagram();
            QCOMPARE(MailslotDatagramParser::parse(dg.data()).payload, payload);
            QCOMPARE(quint16(dg.senderPort()), sourcePort);
        }
        // The size rule holds for every part; prepare() refuses what send() refuses.
        QCOMPARE(sender.sendPrepared(name, QByteArray(429, 'x'), 1, &report).code(), quint32(kErrorBadNetpath));
        QCOMPARE(report.datagramsSent, quint64(3));
        QCOMPARE(sender.prepare(MailslotName::parse(QStringLiteral("x")), 1, &report).code(), quint32(kErrorInvalidParameter));
    }

    void localTargetRefused()
    {
        NetworkSender sender(loopbackOptions(9));
        QCOMPARE(sender.send(MailslotName::parse(QStringLiteral("x")), "a").code(), quint32(kErrorInvalidParameter));
    }

    void badToAddress()
    {
        NetworkSender::Options o = loopbackOptions(9);
        o.to = QStringLiteral("no-such-host.invalid");
        const MailslotError e = NetworkSender(o).send(MailslotName::parse(QStringLiteral(R"(\\*\mailslot\x)")), "a");
        QCOMPARE(e.code(), quint32(kErrorBadNetpath));
        QVERIFY(e.message().contains(QStringLiteral("no-such-host.invalid")));
    }

    void unknownInterface()
    {
        NetworkSender::Options o = loopbackOptions(9);
        o.to.clear();
        o.interfaces = {QStringLiteral("nosuchif0")};
        const MailslotError e = NetworkSender(o).send(MailslotName::parse(QStringLiteral(R"(\\*\mailslot\x)")), "a");
        QCOMPARE(e.code(), quint32(kErrorBadNetpath));
        QVERIFY(e.message().contains(QStringLiteral("nosuchif0")));
    }

    void registryNetworkPath()
    {
        MailslotRegistry registry;
        // Off by default: nothing is sent, the size rule still holds.
        QCOMPARE(registry.send(QStringLiteral(R"(\\*\mailslot\x)"), "a").code(), quint32(kErrorBadNetpath));
        const MailslotError big = registry.send(QStringLiteral(R"(\\*\mailslot\abcde)"), QByteArray(425, 'x'));
        QCOMPARE(big.code(), quint32(kErrorBadNetpath));
        QCOMPARE(big.limit(), quint64(424));

        QUdpSocket receiver;
        QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
        registry.enableNetwork(loopbackOptions(receiver.localPort()));
        QVERIFY(registry.isNetworkEnabled());
        QVERIFY(!registry.send(QStringLiteral(R"(\\*\mailslot\reg)"), "via registry"));
        QVERIFY(receiver.hasPendingDatagrams() || receiver.waitForReadyRead(5000));
        QCOMPARE(MailslotDatagramParser::parse(receiver.receiveDatagram().data()).payload, QByteArray("via registry"));
    }

    void nameQueryRequest()
    {
        const QByteArray q = NetbiosNameQuery::buildRequest(0x1234, NetbiosName("PEER", 0x00));
        QCOMPARE(q.size(), 12 + 34 + 4);
        QCOMPARE(q.left(12).toHex(), QByteArray("123401100001000000000000"));
        QCOMPARE(q.mid(12, 34), NetbiosName("PEER", 0x00).encode());
        QCOMPARE(q.right(4).toHex(), QByteArray("00200001"));
    }

    void nameQueryResponse_data()
    {
        QTest::addColumn<QByteArray>("packet");
        QTest::addColumn<quint16>("id");
        QTest::addColumn<QString>("address");
        const QByteArray name = NetbiosName("PEER", 0x00).encode();
        const QByteArray answer = name + QByteArray::fromHex("00200001000493e00006" "6000" "0ad50001");
        QTest::newRow("positive") << QByteArray::fromHex("1234850000000001" "00000000") + answer << quint16(0x1234)
                                  << "10.213.0.1";
        QTest::newRow("other id") << QByteArray::fromHex("1235850000000001" "00000000") + answer << quint16(0x1234)
                                  << "";
        QTest::newRow("negative (rcode 3)") << QByteArray::fromHex("1234850300000001" "00000000") + answer
                                            << quint16(0x1234) << "";
        QTest::newRow("request, not response") << QByteArray::fromHex("1234050000000001" "00000000") + answer
                                               << quint16(0x1234) << "";
        QTest::newRow("truncated") << (QByteArray::fromHex("1234850000000001" "00000000") + answer).chopped(3)
                                   << quint16(0x1234) << "";
    }
    void nameQueryResponse()
    {
        QFETCH(QByteArray, packet);
        QFETCH(quint16, id);
        QFETCH(QString, address);
        const QList<quint32> found = NetbiosNameQuery::parseResponse(packet, id);
        QCOMPARE(found.isEmpty() ? QString() : QHostAddress(found.first()).toString(), address);
    }

    // A fake name server on 127.0.0.1 answers the query; resolve() returns its answer.
    void nameQueryRoundTrip()
    {
        const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        QVERIFY(fd >= 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        socklen_t len = sizeof addr;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
        const quint16 port = ntohs(addr.sin_port);
        timeval tv{5, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        std::thread server([fd] {
            char buf[600];
            sockaddr_in from{};
            socklen_t fromLen = sizeof from;
            const ssize_t n = ::recvfrom(fd, buf, sizeof buf, 0, reinterpret_cast<sockaddr *>(&from), &fromLen);
            if (n < 50)
                return;
            QByteArray reply(buf, 2);
            reply += QByteArray::fromHex("8500000000010000" "0000");
            reply += QByteArray(buf + 12, 34);
            reply += QByteArray::fromHex("00200001000493e00006" "6000" "0ad50002");
            ::sendto(fd, reply.constData(), size_t(reply.size()), 0, reinterpret_cast<sockaddr *>(&from), fromLen);
        });
        const QHostAddress found =
            NetbiosNameQuery::resolve(NetbiosName("PEER", 0x00), {QHostAddress(QHostAddress::LocalHost)}, 3000, port);
        server.join();
        ::close(fd);
        QCOMPARE(found.toString(), QStringLiteral("10.213.0.2"));
    }
};

QTEST_GUILESS_MAIN(TestNetworkSender)
#include "tst_networksender.moc"
