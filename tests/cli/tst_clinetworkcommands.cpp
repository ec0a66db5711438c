// The `mailslot` network commands end to end: send to other computers, bridge and decode.
#include "clirunner.h"

#include <QDateTime>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>

#include <signal.h>
#include <unistd.h>

namespace {

QByteArray le16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

// A classic pcap file of this link type with these frames.
QByteArray pcap(quint32 linkType, const QList<QByteArray> &frames)
{
    QByteArray file = le32(0xa1b2c3d4) + le16(2) + le16(4) + le32(0) + le32(0) + le32(65535) + le32(linkType);
    for (const QByteArray &frame : frames)
        file += le32(1700000000) + le32(0) + le32(quint32(frame.size())) + le32(quint32(frame.size())) + frame;
    return file;
}

// A pcapng file with one interface per link type; each frame is (interface, bytes).
QByteArray pcapng(const QList<quint32> &linkTypes, const QList<QPair<quint32, QByteArray>> &frames)
{
    auto block = [](quint32 type, const QByteArray &body) {
        QByteArray padded = body;
        padded.append(QByteArray((4 - body.size() % 4) % 4, '\0'));
        const quint32 length = quint32(12 + padded.size());
        return le32(type) + le32(length) + padded + le32(length);
    };
    QByteArray file = block(0x0A0D0D0A, le32(0x1A2B3C4D) + le16(1) + le16(0) + QByteArray(8, '\xff'));
    for (quint32 linkType : linkTypes)
        file += block(1, le16(quint16(linkType)) + le16(0) + le32(65535));
    for (const auto &[interfaceId, data] : frames)
        file += block(6, le32(interfaceId) + le32(0) + le32(0) + le32(quint32(data.size())) + le32(quint32(data.size())) + data);
    return file;
}

// An Ethernet frame: IPv4, UDP 138 to 138, this payload (checksums are not checked).
QByteArray udp138Frame(const QByteArray &payload)
{
    QByteArray ip = QByteArray::fromHex("450000000001000040110000" "0a630001" "0a6300ff");
    QByteArray udp = QByteArray::fromHex("008a008a00000000") + payload;
    qToBigEndian(quint16(udp.size()), udp.data() + 4);
    qToBigEndian(quint16(ip.size() + udp.size()), ip.data() + 2);
    return QByteArray::fromHex("ffffffffffff" "020000000001" "0800") + ip + udp;
}

// A UDP port nobody listens on now (the bridge shares it anyway).
quint16 freePort()
{
    QUdpSocket socket;
    return socket.bind(QHostAddress::LocalHost, 0) ? socket.localPort() : 41380;
}

} // namespace

class TestCliNetworkCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decodeCaptures_data();
    void decodeCaptures();
    void decodeBadFile_data();
    void decodeBadFile();
    void decodeLinkTypes_data();
    void decodeLinkTypes();
    void networkSendTooLarge_data();
    void networkSendTooLarge();
    void networkUsageErrors_data();
    void networkUsageErrors();
    void bridgeStartErrors_data();
    void bridgeStartErrors();
    void bridgeListeningLine_data();
    void bridgeListeningLine();
    void bridgeWithoutPrivilegeSaysHow();

private:
    QString writeFile(const QString &name, const QByteArray &content);

    CliRunner m_cli;
};

void TestCliNetworkCommands::initTestCase()
{
    QVERIFY2(m_cli.isValid(), qPrintable(m_cli.tool()));
}

QString TestCliNetworkCommands::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_cli.dir().filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return {};
    return path;
}

void TestCliNetworkCommands::decodeCaptures_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("pcapng") << QStringLiteral(MAILSLOT_TEST_SHARED_DIR "/captures/nmbd-browse.pcapng");
    QTest::newRow("pcap, Linux cooked") << QStringLiteral(MAILSLOT_TEST_SHARED_DIR "/captures/nmbd-browse-sll.pcap");
}

void TestCliNetworkCommands::decodeCaptures()
{
    QFETCH(QString, file);
    if (!QFile::exists(file))
        QSKIP("the shared captures are not there");
    const CliResult r = m_cli.run({"decode", file, "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QList<QJsonObject> lines = CliRunner::jsonLines(r.out);
    QCOMPARE(lines.size(), 23);
    QStringList kinds;
    for (const QJsonObject &o : lines) {
        for (const char *key : {"time", "srcIp", "srcPort", "msgType", "sourceName", "destinationName", "slot", "class",
                                "priority", "size", "hex", "text", "delivered", "malformed", "decoded"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value("srcIp").toString(), QStringLiteral("10.99.0.1"));
        QCOMPARE(o.value("srcPort").toInt(), 138);
        QCOMPARE(o.value("sourceName").toString(), QStringLiteral("NMBDPEER<00>"));
        QCOMPARE(o.value("slot").toString(), QStringLiteral(R"(\MAILSLOT\BROWSE)"));
        QCOMPARE(o.value("class").toInt(), 2);
        QCOMPARE(o.value("delivered").toBool(true), false);
        QVERIFY(o.value("malformed").isNull());
        QVERIFY(QDateTime::fromString(o.value("time").toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(o.value("size").toInt(), o.value("hex").toString().size() / 2);
        kinds.append(o.value("decoded").toObject().value("kind").toString());
    }
    QCOMPARE(lines[0].value("destinationName").toString(), QStringLiteral("TESTGRP<1d>"));
    QCOMPARE(lines[0].value("msgType").toInt(), 17);
    QCOMPARE(lines[0].value("decoded").toObject().value("serverName").toString(), QStringLiteral("NMBDPEER"));
    QCOMPARE(lines[0].value("decoded").toObject().value("comment").toString(), QStringLiteral("nmbd peer"));
    for (const char *kind : {"browse.hostAnnouncement", "browse.requestElection", "browse.announcementRequest",
                             "browse.localMasterAnnouncement", "browse.domainAnnouncement"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    // The text form: one line per datagram too.
    const CliResult text = m_cli.run({"decode", file});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count('\n'), 23);
    QVERIFY(text.out.contains("NMBDPEER<00> -> TESTGRP<1d>"));
    // Chosen fields, tab-separated, agree with the JSON listing line by line.
    const CliResult fields = m_cli.run({"decode", file, "--fields", "slot,hex,kind,srcPort"});
    QVERIFY2(fields.exitCode == 0, fields.err.constData());
    const QList<QByteArray> rows = fields.out.split('\n');
    QCOMPARE(rows.size(), 24); // the last one empty: every line ends with a newline
    QVERIFY(rows.last().isEmpty());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject &o = lines[i];
        const QByteArray expected = o.value("slot").toString().toUtf8() + '\t' + o.value("hex").toString().toUtf8() + '\t'
                                    + o.value("decoded").toObject().value("kind").toString().toUtf8() + "\t138";
        QCOMPARE(rows[i], expected);
    }
}

void TestCliNetworkCommands::decodeBadFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("mention");
    QTest::addColumn<QByteArray>("code"); // how the error line ends
    QTest::newRow("not a capture") << QByteArray("hello, world\n") << QByteArray("offset 0")
                                   << QByteArray("(ERROR_INVALID_DATA)");
    QTest::newRow("truncated pcap record") << QByteArray::fromHex("d4c3b2a1020004000000000000000000ffff000001000000"
                                                                  "0000000000000000ff00000000010000")
                                           << QByteArray("offset 24") << QByteArray("(ERROR_INVALID_DATA)");
    QTest::newRow("missing file") << QByteArray() << QByteArray("cannot open") << QByteArray("(ERROR_FILE_NOT_FOUND)");
}

void TestCliNetworkCommands::decodeBadFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, mention);
    QFETCH(QByteArray, code);
    const QString path = content.isEmpty() ? m_cli.dir().filePath(QStringLiteral("does-not-exist.pcapng"))
                                           : writeFile(QStringLiteral("bad-%1.pcap").arg(content.size()), content);
    QVERIFY(!path.isEmpty());
    const CliResult r = m_cli.run({"decode", path, "--json"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith("mailslot: " + path.toUtf8() + ": "), r.err.constData());
    QVERIFY2(r.err.contains(mention), r.err.constData());
    QVERIFY2(r.err.endsWith(code + '\n'), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(!r.err.contains("Segmentation"));
}

void TestCliNetworkCommands::decodeLinkTypes_data()
{
    QTest::addColumn<QByteArray>("capture");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("lines"); // of the listing
    QTest::addColumn<QByteArray>("error"); // what follows "mailslot: FILE: " on stderr; empty: nothing
    const QByteArray radiotap("link type 127 (IEEE 802.11 radiotap) is not supported: 1 frame skipped (ERROR_NOT_SUPPORTED)");
    QTest::newRow("radiotap") << pcap(127, {QByteArray(40, 'r')}) << 1 << 0 << radiotap;
    QTest::newRow("802.11, two frames") << pcap(105, {QByteArray(30, 'a'), QByteArray(30, 'b')}) << 1 << 0
                                        << QByteArray("link type 105 (IEEE 802.11) is not supported: 2 frames skipped "
                                                      "(ERROR_NOT_SUPPORTED)");
    QTest::newRow("user-defined") << pcap(147, {QByteArray(8, 'u')}) << 1 << 0
                                  << QByteArray("link type 147 (user-defined) is not supported: 1 frame skipped "
                                                "(ERROR_NOT_SUPPORTED)");
    QTest::newRow("unknown link type") << pcap(4000, {QByteArray(8, 'u')}) << 1 << 0
                                       << QByteArray("link type 4000 is not supported: 1 frame skipped (ERROR_NOT_SUPPORTED)");
    // Part of the file readable: its listing, the rest said, status 0.
    QTest::newRow("Ethernet and radiotap") << pcapng({1, 127}, {{0, udp138Frame("hello")}, {1, QByteArray(40, 'r')}}) << 0
                                           << 1 << radiotap;
    QTest::newRow("no frames at all") << pcap(127, {}) << 0 << 0 << QByteArray();
    QTest::newRow("Ethernet, no UDP 138") << pcap(1, {QByteArray(60, '\0')}) << 0 << 0 << QByteArray();
}

void TestCliNetworkCommands::decodeLinkTypes()
{
    QFETCH(QByteArray, capture);
    QFETCH(int, exitCode);
    QFETCH(int, lines);
    QFETCH(QByteArray, error);
    const QString path = writeFile(QStringLiteral("%1.pcap").arg(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_')),
                                   capture);
    QVERIFY(!path.isEmpty());
    const CliResult r = m_cli.run({"decode", path});
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out.count('\n'), lines);
    QCOMPARE(r.err, error.isEmpty() ? QByteArray() : "mailslot: " + path.toUtf8() + ": " + error + '\n');
}

void TestCliNetworkCommands::networkSendTooLarge_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("size");
    QTest::addColumn<QByteArray>("limit");
    QTest::addColumn<bool>("fromFile"); // --file: refused before the file is read past the limit
    QTest::newRow("broadcast, 5 chars") << R"(\\*\mailslot\abcde)" << 425 << QByteArray("424") << false;
    QTest::newRow("domain, 1 char") << R"(\\WG\mailslot\a)" << 429 << QByteArray("428") << false;
    QTest::newRow("computer, 9 chars") << R"(\\HOST\mailslot\abcdefghi)" << 500 << QByteArray("420") << false;
    QTest::newRow("--file, broadcast") << R"(\\*\mailslot\abcde)" << 425 << QByteArray("424") << true;
    QTest::newRow("--file, 1 MiB to a computer") << R"(\\HOST\mailslot\x)" << 1024 * 1024 << QByteArray("428") << true;
}

void TestCliNetworkCommands::networkSendTooLarge()
{
    QFETCH(QString, target);
    QFETCH(int, size);
    QFETCH(QByteArray, limit);
    QFETCH(bool, fromFile);
    // Refused before anything is resolved or sent.
    QStringList message{QString(size, QLatin1Char('x'))};
    if (fromFile)
        message = QStringList{"--file", writeFile(QStringLiteral("network-payload"), QByteArray(size, 'x'))};
    const CliResult r = m_cli.run(QStringList{"send", target} + message + QStringList{"--to", "127.0.0.1", "--port", "9"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("ERROR_BAD_NETPATH"), r.err.constData());
    QVERIFY2(r.err.contains(" " + limit + " "), r.err.constData());
    QVERIFY2(r.err.contains(QByteArray::number(size)), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCliNetworkCommands::networkUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mention");
    const QString all = QStringLiteral(R"(\\*\mailslot\x)");
    QTest::newRow("send bad port") << QStringList{"send", all, "t", "--port", "70000"} << QByteArray("--port: 70000 is too large");
    QTest::newRow("send port 0") << QStringList{"send", all, "t", "--port", "0"} << QByteArray("--port: '0' is not a port");
    QTest::newRow("send bad priority") << QStringList{"send", all, "t", "--priority", "10"}
                                       << QByteArray("--priority: 10 is too large (at most 9)");
    QTest::newRow("send bad name") << QStringList{"send", all, "t", "--name", "a.b"} << QByteArray("--name");
    QTest::newRow("send 16-character name") << QStringList{"send", all, "t", "--name", "ABCDEFGHIJKLMNOP"}
                                            << QByteArray("--name: 'ABCDEFGHIJKLMNOP' is longer than the 15 characters");
    QTest::newRow("send 16-character workgroup") << QStringList{"send", all, "t", "--workgroup", "WORKGROUP-BEYOND"}
                                                 << QByteArray("--workgroup: 'WORKGROUP-BEYOND' is longer than the 15");
    QTest::newRow("bridge 16-character name") << QStringList{"bridge", "--name", "ABCDEFGHIJKLMNOP"}
                                              << QByteArray("is longer than the 15 characters a NetBIOS name may have");
    QTest::newRow("bridge 20-character workgroup") << QStringList{"bridge", "--workgroup", "ABCDEFGHIJKLMNOPQRST"}
                                                   << QByteArray("--workgroup");
    QTest::newRow("bridge bad bind") << QStringList{"bridge", "--bind", "nowhere"} << QByteArray("nowhere");
    QTest::newRow("bridge zero count") << QStringList{"bridge", "--count", "0"} << QByteArray("--count");
    QTest::newRow("bridge count too large") << QStringList{"bridge", "--count", "999999999999999"}
                                            << QByteArray("--count: 999999999999999 is too large");
    QTest::newRow("bridge bad code page") << QStringList{"bridge", "--code-page", "ebcdic"} << QByteArray("ebcdic");
    QTest::newRow("bridge argument") << QStringList{"bridge", "extra"} << QByteArray("no arguments");
    QTest::newRow("decode without file") << QStringList{"decode"} << QByteArray("capture file");
    QTest::newRow("decode unknown field") << QStringList{"decode", "x.pcap", "--fields", "slot,payload"}
                                          << QByteArray("unknown field 'payload'");
    QTest::newRow("decode json and fields") << QStringList{"decode", "x.pcap", "--json", "--fields", "slot"}
                                            << QByteArray("--json and --fields");
    QTest::newRow("decode port too large") << QStringList{"decode", "x.pcap", "--port", "65536"}
                                           << QByteArray("--port: 65536 is too large");
}

void TestCliNetworkCommands::networkUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mention);
    const CliResult r = m_cli.run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mention), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.endsWith("(see 'mailslot " + args.first().toUtf8() + " --help')\n"), r.err.constData());
}

void TestCliNetworkCommands::bridgeStartErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mention");
    QTest::addColumn<QByteArray>("code"); // how the error line ends
    QTest::newRow("no such interface") << QStringList{"--interface", "nosuchif0"}
                                       << QByteArray("There is no network interface \"nosuchif0\".")
                                       << QByteArray("(ERROR_BAD_NETPATH)");
    QTest::newRow("capture file in a missing folder") << QStringList{"--write", "/nonexistent/dir/x.pcapng"}
                                                      << QByteArray("/nonexistent/dir/x.pcapng")
                                                      << QByteArray("(ERROR_PATH_NOT_FOUND)");
    // TEST-NET-1: an address of no interface here.
    QTest::newRow("address of another computer") << QStringList{"--bind", "192.0.2.1"} << QByteArray("192.0.2.1")
                                                 << QByteArray("(ERROR_BAD_NETPATH)");
}

void TestCliNetworkCommands::bridgeStartErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mention);
    QFETCH(QByteArray, code);
    const CliResult r = m_cli.run(QStringList{"bridge", "--observe", "--port", QString::number(freePort())} + args);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.startsWith("mailslot: bridge: ") && r.err.contains(mention), r.err.constData());
    QVERIFY2(r.err.endsWith(code + '\n'), r.err.constData());
}

void TestCliNetworkCommands::bridgeListeningLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("where");
    QTest::newRow("--interface lo") << QStringList{"--interface", "lo"} << QByteArray("on UDP 127.0.0.1 port %1 on interface lo ");
    QTest::newRow("every interface") << QStringList{} << QByteArray("on UDP 127.0.0.1 port %1 on every interface ");
}

void TestCliNetworkCommands::bridgeListeningLine()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, where);
    const quint16 port = freePort();
    QProcess bridge;
    bridge.setProcessEnvironment(m_cli.environment());
    bridge.setReadChannel(QProcess::StandardError);
    bridge.start(m_cli.tool(), QStringList{"bridge", "--observe", "--bind", "127.0.0.1", "--port", QString::number(port),
                                           "--name", "CLITEST", "--workgroup", "CLIGROUP"}
                                   + args);
    QByteArray err;
    while (!err.contains('\n') && bridge.waitForReadyRead(10000))
        err += bridge.readAllStandardError();
    const QByteArray expected = "mailslot: bridge listening " + where.replace("%1", QByteArray::number(port))
                                + "as CLITEST in workgroup CLIGROUP (Ctrl+C to stop)\n";
    QCOMPARE(err, expected);
    ::kill(pid_t(bridge.processId()), SIGTERM);
    QVERIFY(bridge.waitForFinished(10000));
    QCOMPARE(bridge.exitStatus(), QProcess::NormalExit);
    QCOMPARE(bridge.exitCode(), 0);
}

void TestCliNetworkCommands::bridgeWithoutPrivilegeSaysHow()
{
    if (geteuid() != 0)
        QSKIP("needs root to run as an unprivileged user (setpriv); CI runs as root");
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        QSKIP("setpriv (util-linux) not installed");
    QFile unprivileged(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
    if (unprivileged.open(QIODevice::ReadOnly) && unprivileged.readAll().trimmed().toInt() <= 138)
        QSKIP("this system lets anybody bind port 138 (net.ipv4.ip_unprivileged_port_start)");
    const QString tool = m_cli.toolForOtherUsers();
    QVERIFY(!tool.isEmpty());
    QProcess p;
    p.setProcessEnvironment(m_cli.environment());
    p.start(setpriv, QStringList{"--reuid=65534", "--regid=65534", "--clear-groups", tool, "bridge", "--bind",
                                 "127.0.0.1", "--port", "138"});
    QVERIFY(p.waitForFinished(20000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains("cap_net_bind_service") && err.contains("--port"), err.constData());
    QVERIFY2(err.endsWith("(ERROR_ACCESS_DENIED)\n"), err.constData());
}

QTEST_GUILESS_MAIN(TestCliNetworkCommands)
#include "tst_clinetworkcommands.moc"
