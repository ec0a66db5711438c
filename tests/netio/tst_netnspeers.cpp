// End to end between two network namespaces that this test creates (veth pair, 10.213.0.0/24 inside
// them only; nothing is sent anywhere else): our `mailslot send` in one, our `bridge` + `serve` in
// the other; Samba's nmbd as a real sender of BROWSE announcements; tshark as an independent
// decoder of what the bridge captured. Needs root (CI runs as root); skips with a message otherwise.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <unistd.h>

namespace {

const QString kAddrA = QStringLiteral("10.213.0.1");
const QString kAddrB = QStringLiteral("10.213.0.2");
const QString kNmbd = QStringLiteral("/usr/sbin/nmbd");

QList<QJsonObject> jsonLines(const QByteArray &text)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

} // namespace

class TestNetnsPeers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void sendAcrossNamespaces_data();
    void sendAcrossNamespaces();
    void nmbdAnnouncementsDecoded();

private:
    bool ip(const QStringList &args, QString *problem = nullptr);
    // Starts a program inside a namespace; waitFor: text on stderr that says it is ready.
    QProcess *startIn(const QString &ns, const QString &program, const QStringList &args, const QByteArray &waitFor);
    int runIn(const QString &ns, const QString &program, const QStringList &args, QByteArray *out = nullptr,
              QByteArray *err = nullptr);
    // tshark -r file -T fields; one list of values per packet (empty if tshark is missing).
    QList<QStringList> tsharkFields(const QString &file, const QString &filter, const QStringList &fields);

    QString m_ip;
    QString m_tool;
    QString m_tshark;
    QString m_nsA;
    QString m_nsB;
    bool m_created = false;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QList<QProcess *> m_processes;
};

bool TestNetnsPeers::ip(const QStringList &args, QString *problem)
{
    QProcess p;
    p.start(m_ip, args);
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        if (problem)
            *problem = QStringLiteral("ip %1: %2").arg(args.join(' '), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

void TestNetnsPeers::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("needs root to create network namespaces (ip netns); CI runs as root");
    m_ip = QStandardPaths::findExecutable(QStringLiteral("ip"), {"/usr/sbin", "/sbin", "/usr/bin", "/bin"});
    if (m_ip.isEmpty())
        QSKIP("the 'ip' tool (package iproute2) is not installed");
    m_tool = QStringLiteral(MAILSLOT_TEST_CLI);
    QVERIFY2(QFile::exists(m_tool), qPrintable(m_tool));
    m_tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    QVERIFY(m_dir.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("MAILSLOT_RUNTIME_DIR"), m_dir.path() + QStringLiteral("/ns"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.remove(QStringLiteral("MAILSLOT_LANG"));

    const QString suffix = QString::number(getpid());
    m_nsA = QStringLiteral("mslotA%1").arg(suffix);
    m_nsB = QStringLiteral("mslotB%1").arg(suffix);
    QString problem;
    m_created = ip({"netns", "add", m_nsA}, &problem);
    QVERIFY2(m_created, qPrintable(problem));
    QVERIFY2(ip({"netns", "add", m_nsB}, &problem), qPrintable(problem));
    QVERIFY2(ip({"-n", m_nsA, "link", "add", "vethA", "type", "veth", "peer", "name", "vethB", "netns", m_nsB}, &problem),
             qPrintable(problem));
    QVERIFY(ip({"-n", m_nsA, "addr", "add", kAddrA + "/24", "brd", "10.213.0.255", "dev", "vethA"}, &problem));
    QVERIFY(ip({"-n", m_nsB, "addr", "add", kAddrB + "/24", "brd", "10.213.0.255", "dev", "vethB"}, &problem));
    for (const QString &ns : {m_nsA, m_nsB}) {
        QVERIFY(ip({"-n", ns, "link", "set", "lo", "up"}, &problem));
        QVERIFY(ip({"-n", ns, "link", "set", ns == m_nsA ? "vethA" : "vethB", "up"}, &problem));
    }
}

void TestNetnsPeers::cleanup()
{
    for (QProcess *p : std::as_const(m_processes)) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
        delete p;
    }
    m_processes.clear();
}

void TestNetnsPeers::cleanupTestCase()
{
    cleanup();
    if (m_created) {
        ip({"netns", "del", m_nsA}); // also removes the veth pair
        ip({"netns", "del", m_nsB});
    }
}

QProcess *TestNetnsPeers::startIn(const QString &ns, const QString &program, const QStringList &args,
                                  const QByteArray &waitFor)
{
    auto *p = new QProcess;
    m_processes.append(p);
    p->setProcessEnvironment(m_env);
    p->start(m_ip, QStringList{"netns", "exec", ns, program} + args);
    if (waitFor.isEmpty())
        return p->waitForStarted(10000) ? p : nullptr;
    p->setReadChannel(QProcess::StandardError);
    QByteArray err;
    while (!err.contains(waitFor) && p->waitForReadyRead(15000))
        err += p->readAllStandardError();
    p->setReadChannel(QProcess::StandardOutput);
    if (!err.contains(waitFor)) {
        qWarning() << program << "did not start:" << err;
        return nullptr;
    }
    return p;
}

int TestNetnsPeers::runIn(const QString &ns, const QString &program, const QStringList &args, QByteArray *out,
                          QByteArray *err)
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(m_ip, QStringList{"netns", "exec", ns, program} + args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QList<QStringList> TestNetnsPeers::tsharkFields(const QString &file, const QString &filter, const QStringList &fields)
{
    QList<QStringList> rows;
    if (m_tshark.isEmpty())
        return rows;
    QStringList args{"-r", file, "-Y", filter, "-T", "fields", "-E", "separator=/t", "-E", "occurrence=f"};
    for (const QString &f : fields)
        args << "-e" << f;
    QProcess p;
    p.start(m_tshark, args);
    if (!p.waitForFinished(60000))
        return rows;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            rows.append(QString::fromUtf8(line).split('\t'));
    }
    return rows;
}

void TestNetnsPeers::sendAcrossNamespaces_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("msgType");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("dstIp");
    QTest::newRow("broadcast \\\\*") << R"(\\*\mailslot\netns\slot)" << QStringList{"--interface", "vethA"} << 17
                                    << "TESTGRP<00>" << "10.213.0.255";
    QTest::newRow("domain") << R"(\\TESTGRP\mailslot\netns\slot)" << QStringList{"--interface", "vethA"} << 17
                            << "TESTGRP<00>" << "10.213.0.255";
    QTest::newRow("computer, --to") << R"(\\BRIDGEB\mailslot\netns\slot)" << QStringList{"--to", kAddrB} << 16
                                    << "BRIDGEB<00>" << kAddrB;
}

void TestNetnsPeers::sendAcrossNamespaces()
{
    QFETCH(QString, target);
    QFETCH(QStringList, extra);
    QFETCH(int, msgType);
    QFETCH(QString, destination);
    QFETCH(QString, dstIp);
    static int run = 0;
    const QString capture = m_dir.filePath(QStringLiteral("send-%1.pcapng").arg(++run));
    QProcess *serve = startIn(m_nsB, m_tool, {"serve", "netns\\slot", "--json", "--count", "1"}, "serving");
    QVERIFY(serve);
    QProcess *bridge = startIn(m_nsB, m_tool,
                               {"bridge", "--json", "--workgroup", "testgrp", "--name", "BRIDGEB", "--interface",
                                "vethB", "--count", "1", "--write", capture},
                               "listening");
    QVERIFY(bridge);
    const QByteArray payload = "hello over veth \xc3\xa9";
    QByteArray out, err;
    const int rc = runIn(m_nsA, m_tool,
                         QStringList{"send", target, QString::fromUtf8(payload), "--workgroup", "TESTGRP", "--name",
                                     "SENDERA"} + extra,
                         &out, &err);
    QVERIFY2(rc == 0, err.constData());
    QVERIFY2(err.contains(dstIp.toLatin1()), err.constData());

    QVERIFY(bridge->waitForFinished(15000));
    const QList<QJsonObject> seen = jsonLines(bridge->readAllStandardOutput());
    QCOMPARE(seen.size(), 1);
    const QJsonObject o = seen[0];
    QCOMPARE(o.value("delivered").toBool(), true);
    QCOMPARE(o.value("srcIp").toString(), kAddrA);
    QCOMPARE(o.value("srcPort").toInt(), 138);
    QCOMPARE(o.value("dstIp").toString(), dstIp);
    QCOMPARE(o.value("msgType").toInt(), msgType);
    QCOMPARE(o.value("sourceName").toString(), QStringLiteral("SENDERA<00>"));
    QCOMPARE(o.value("destinationName").toString(), destination);
    QCOMPARE(o.value("slot").toString(), QStringLiteral(R"(\MAILSLOT\netns\slot)"));
    QCOMPARE(o.value("class").toInt(), 2);
    QCOMPARE(o.value("hex").toString(), QString::fromLatin1(payload.toHex()));
    QVERIFY(o.value("malformed").isNull());

    QVERIFY(serve->waitForFinished(10000));
    const QList<QJsonObject> served = jsonLines(serve->readAllStandardOutput());
    QCOMPARE(served.size(), 1);
    QCOMPARE(served[0].value("hex").toString(), QString::fromLatin1(payload.toHex()));

    if (m_tshark.isEmpty())
        QSKIP("tshark is not installed: the Wireshark cross-check was skipped");
    const QList<QStringList> rows =
        tsharkFields(capture, QStringLiteral("mailslot"),
                     {"nbdgm.type", "nbdgm.src.ip", "nbdgm.src.port", "nbdgm.source_name", "nbdgm.destination_name",
                      "mailslot.name", "mailslot.class", "smb.dc", "data.data"});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0], (QStringList{QString::number(msgType), kAddrA, "138", "SENDERA<00>", destination,
                                   R"(\MAILSLOT\netns\slot)", "2", QString::number(payload.size()),
                                   QString::fromLatin1(payload.toHex())}));
    QCOMPARE(tsharkFields(capture, QStringLiteral("_ws.malformed || _ws.expert.severity >= 0x600000"),
                          {"frame.number"}).size(),
             0);
}

void TestNetnsPeers::nmbdAnnouncementsDecoded()
{
    if (!QFile::exists(kNmbd))
        QSKIP("Samba's nmbd (package samba) is not installed");
    const QString dir = m_dir.filePath(QStringLiteral("nmbd"));
    for (const char *sub : {"lock", "state", "cache", "pid", "private", "ncalrpc", "log"})
        QVERIFY(QDir().mkpath(dir + '/' + QLatin1String(sub)));
    const QString conf = dir + QStringLiteral("/smb.conf");
    QFile file(conf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("[global]\n"
                              "workgroup = TESTGRP\n"
                              "netbios name = NMBDPEER\n"
                              "server string = nmbd peer\n"
                              "interfaces = vethA\n"
                              "bind interfaces only = yes\n"
                              "local master = yes\n"
                              "preferred master = no\n"
                              "domain master = no\n"
                              "wins support = no\n"
                              "remote announce = %1/TESTGRP\n"
                              "lock directory = %2/lock\n"
                              "state directory = %2/state\n"
                              "cache directory = %2/cache\n"
                              "pid directory = %2/pid\n"
                              "private dir = %2/private\n"
                              "ncalrpc dir = %2/ncalrpc\n"
                              "log file = %2/log/log.%m\n")
                   .arg(kAddrB, dir)
                   .toUtf8());
    file.close();

    const QString capture = m_dir.filePath(QStringLiteral("nmbd.pcapng"));
    QProcess *bridge = startIn(m_nsB, m_tool,
                               {"bridge", "--json", "--workgroup", "TESTGRP", "--name", "BRIDGEB", "--observe",
                                "--count", "2", "--write", capture},
                               "listening");
    QVERIFY(bridge);
    QProcess *nmbd = startIn(m_nsA, kNmbd, {"-F", "--no-process-group", "--debug-stdout", "-d", "2", "-s", conf}, {});
    QVERIFY(nmbd);
    const bool done = bridge->waitForFinished(30000);
    if (!done)
        qWarning() << "nmbd said:" << nmbd->readAllStandardOutput().right(3000) << nmbd->readAllStandardError();
    QVERIFY2(done, "no announcement from nmbd within 30 s");
    ::kill(pid_t(nmbd->processId()), SIGTERM);

    const QList<QJsonObject> seen = jsonLines(bridge->readAllStandardOutput());
    QCOMPARE(seen.size(), 2);
    bool unicastSeen = false;
    for (const QJsonObject &o : seen) {
        QCOMPARE(o.value("srcIp").toString(), kAddrA);
        QCOMPARE(o.value("sourceName").toString(), QStringLiteral("NMBDPEER<00>"));
        QCOMPARE(o.value("slot").toString(), QStringLiteral(R"(\MAILSLOT\BROWSE)"));
        QVERIFY(o.value("malformed").isNull());
        QCOMPARE(o.value("delivered").toBool(), false);
        const QJsonObject decoded = o.value("decoded").toObject();
        QCOMPARE(decoded.value("kind").toString(), QStringLiteral("browse.hostAnnouncement"));
        QCOMPARE(decoded.value("serverName").toString(), QStringLiteral("NMBDPEER"));
        QCOMPARE(decoded.value("comment").toString(), QStringLiteral("nmbd peer"));
        QCOMPARE(o.value("destinationName").toString(), QStringLiteral("TESTGRP<1d>"));
        unicastSeen |= o.value("dstIp").toString() == kAddrB; // the `remote announce` copy
    }
    QVERIFY(unicastSeen);

    if (m_tshark.isEmpty())
        QSKIP("tshark is not installed: the Wireshark cross-check was skipped");
    const QList<QStringList> rows = tsharkFields(
        capture, QStringLiteral("browser"),
        {"browser.command", "browser.server", "browser.comment", "browser.period", "browser.server_type"});
    QCOMPARE(rows.size(), seen.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject decoded = seen[i].value("decoded").toObject();
        QCOMPARE(rows[i].value(0), QStringLiteral("0x%1").arg(decoded.value("opcode").toInt(), 2, 16, QLatin1Char('0')));
        QCOMPARE(rows[i].value(1), decoded.value("serverName").toString());
        QCOMPARE(rows[i].value(2), decoded.value("comment").toString());
        QCOMPARE(rows[i].value(3).toLongLong(), decoded.value("periodicity").toInteger());
        QCOMPARE(rows[i].value(4).toLongLong(nullptr, 0), decoded.value("serverType").toInteger());
    }
}

QTEST_GUILESS_MAIN(TestNetnsPeers)
#include "tst_netnspeers.moc"
