// `mailslot extcap`, Wireshark's extcap protocol: the interface list, link type, settings and
// capture-filter check; a capture into a fifo that stops cleanly on SIGTERM and when the fifo's
// reader goes away; and the real tshark, which lists our interfaces and captures (through the
// extcap's tap) a slot that another process serves and this test's writer fills, its fields
// showing every message's slot name and payload, while the server still receives every message.
//
// Wireshark ignores WIRESHARK_EXTCAP_DIR for root (it counts root as "special privileges"): as
// root, tshark and the writer run as uid 65534 (setpriv) with the extcap folder, HOME and slot
// namespace made theirs.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUdpSocket>

#include <sys/stat.h>
#include <unistd.h>

namespace {
constexpr uint kNobody = 65534;

// Whether a tap is attached to a slot of that namespace (its queue file, <slot>.<id>.tap, is there).
bool hasTapFile(const QString &dir)
{
    return !QDir(dir).entryList({QStringLiteral("*.tap")}, QDir::Files).isEmpty();
}

// Waits until `mailslot serve` says it serves (or 20 s pass).
bool waitForServing(QProcess *server)
{
    server->setReadChannel(QProcess::StandardError);
    QByteArray said;
    while (!said.contains("serving") && server->waitForReadyRead(20000))
        said += server->readAllStandardError();
    server->setReadChannel(QProcess::StandardOutput);
    return said.contains("serving");
}

// Reads tshark's output into *out until it has `count` lines without `skip`; those lines (fewer
// when tshark stops writing for 20 s).
QList<QByteArray> linesWithout(QProcess *capture, QByteArray *out, const QByteArray &skip, qsizetype count)
{
    QList<QByteArray> lines;
    do {
        lines.clear();
        for (const QByteArray &line : out->split('\n')) {
            if (!line.isEmpty() && !line.contains(skip))
                lines.append(line);
        }
    } while (lines.size() < count && capture->waitForReadyRead(20000) && !(*out += capture->readAllStandardOutput()).isEmpty());
    return lines;
}

// Waits until a tap is attached in that namespace (or 60 s pass).
bool waitForTap(const QString &dir)
{
    QDir().mkpath(dir);
    QFileSystemWatcher watcher({dir});
    QSignalSpy changed(&watcher, &QFileSystemWatcher::directoryChanged);
    while (!hasTapFile(dir)) {
        if (!changed.wait(60000))
            return false;
    }
    return true;
}
} // namespace

class TestExtcap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_cli.isValid()); }
    void cleanup() { m_cli.stopServers(); }
    void listsInterfaces();
    void dlts();
    void config_data();
    void config();
    void captureFilterCheck_data();
    void captureFilterCheck();
    void usageErrors_data();
    void usageErrors();
    void stopsOnSigterm();
    void stopsWhenTheReaderGoesAway();
    void capturesTheBridge();
    void tsharkListsAndCaptures();

private:
    // Starts a capture of mailslot-slots into a new fifo, opens the fifo as its reader and reads
    // the pcapng header; the process, or nullptr.
    QProcess *startCapture(QFile *reader, const QStringList &extra = {},
                           const QString &interface = QStringLiteral("mailslot-slots"));
    // Who runs tshark, the extcap and the writer, with which tool and environment.
    struct Tshark
    {
        QStringList prefix; // setpriv ... as root
        QString tool;
        QString runtime;
        QString workDir;
        QProcessEnvironment env;
        void start(QProcess *process, const QStringList &args) const;
    };
    bool stageForTshark(QTemporaryDir &home, Tshark *t);

    CliRunner m_cli;
};

void TestExtcap::listsInterfaces()
{
    const CliResult r = m_cli.run({QStringLiteral("extcap"), QStringLiteral("--extcap-interfaces"),
                                   QStringLiteral("--extcap-version=4.0")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("extcap {version="));
    QVERIFY(lines.at(1).startsWith("interface {value=mailslot-slots}{display="));
    QVERIFY(lines.at(2).startsWith("interface {value=mailslot-bridge}{display="));
}

void TestExtcap::dlts()
{
    const CliResult r = m_cli.run({QStringLiteral("extcap"), QStringLiteral("--extcap-dlts"),
                                   QStringLiteral("--extcap-interface"), QStringLiteral("mailslot-slots")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("dlt {number=101}{name=RAW}{display="), r.out.constData());
}

void TestExtcap::config_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QStringList>("calls");
    QTest::addRow("slots") << QStringLiteral("mailslot-slots") << QStringList{"--slot", "--filter"};
    QTest::addRow("bridge") << QStringLiteral("mailslot-bridge") << QStringList{"--port", "--interface", "--filter"};
}

void TestExtcap::config()
{
    QFETCH(QString, interface);
    QFETCH(QStringList, calls);
    const CliResult r = m_cli.run({QStringLiteral("extcap"), QStringLiteral("--extcap-config"),
                                   QStringLiteral("--extcap-interface"), interface});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), calls.size());
    for (int i = 0; i < calls.size(); ++i) {
        const QByteArray head = "arg {number=" + QByteArray::number(i) + "}{call=" + calls.at(i).toLatin1() + "}";
        QVERIFY2(lines.at(i).startsWith(head), lines.at(i).constData());
        QCOMPARE(lines.at(i).count('{'), lines.at(i).count('}'));
    }
    // The filter setting says that it (and the capture filter) is a slot name glob.
    QVERIFY2(lines.last().contains("glob"), lines.last().constData());
}

void TestExtcap::captureFilterCheck_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("valid");
    QTest::addRow("empty") << QString() << true;
    QTest::addRow("glob") << QStringLiteral("app\\*") << true;
    QTest::addRow("slashes") << QStringLiteral("app/ev?nts") << true;
    QTest::addRow("full name") << QStringLiteral("\\\\.\\mailslot\\app\\*") << true;
    QTest::addRow("bpf") << QStringLiteral("udp port 138") << false;
    QTest::addRow("remote") << QStringLiteral("\\\\pc1\\mailslot\\x") << false;
    QTest::addRow("no name") << QStringLiteral("\\\\.\\mailslot\\") << false;
}

void TestExtcap::captureFilterCheck()
{
    QFETCH(QString, filter);
    QFETCH(bool, valid);
    const CliResult r = m_cli.run({QStringLiteral("extcap"), QStringLiteral("--extcap-interface"),
                                   QStringLiteral("mailslot-slots"), QStringLiteral("--extcap-capture-filter"), filter});
    QCOMPARE(r.exitCode, valid ? 0 : 1);
    if (valid) {
        QVERIFY(r.out.isEmpty());
    } else { // the problem, naming the filter, where Wireshark shows it
        QVERIFY2(r.out.contains(filter.toUtf8()) && r.out.contains("glob"), r.out.constData());
    }
}

void TestExtcap::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("no interface") << QStringList{"--extcap-dlts"} << QByteArray("--extcap-interface is missing");
    QTest::addRow("unknown interface") << QStringList{"--extcap-dlts", "--extcap-interface", "eth0"}
                                       << QByteArray("unknown interface 'eth0'");
    QTest::addRow("no fifo") << QStringList{"--capture", "--extcap-interface", "mailslot-slots"}
                             << QByteArray("--capture needs --fifo");
    QTest::addRow("bad filter") << QStringList{"--capture", "--extcap-interface", "mailslot-slots", "--fifo", "/nonexistent",
                                               "--extcap-capture-filter", "udp port 138"}
                                << QByteArray("'udp port 138' is not a slot name pattern");
    // The slots to watch are local ones: a remote name is refused, naming it.
    QTest::addRow("remote slot") << QStringList{"--capture", "--extcap-interface", "mailslot-slots", "--fifo",
                                                "/nonexistent", "--slot", "\\\\pc1\\mailslot\\x"}
                                 << QByteArray("only slots on this computer can be watched");
}

void TestExtcap::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const CliResult r = m_cli.run(QStringList{QStringLiteral("extcap")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

QProcess *TestExtcap::startCapture(QFile *reader, const QStringList &extra, const QString &interface)
{
    const QString fifo = m_cli.dir().filePath(QStringLiteral("fifo-%1").arg(QDateTime::currentMSecsSinceEpoch()));
    if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0)
        return nullptr;
    auto *capture = new QProcess(this);
    capture->setProcessEnvironment(m_cli.environment());
    capture->start(m_cli.tool(), QStringList{QStringLiteral("extcap"), QStringLiteral("--capture"),
                                             QStringLiteral("--extcap-interface"), interface, QStringLiteral("--fifo"),
                                             fifo} + extra);
    reader->setFileName(fifo);
    // Blocks until the extcap opens its end (it does once its source has started).
    if (!reader->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return nullptr;
    QByteArray header;
    while (header.size() < 28) { // section header block (28 bytes), then the interface block
        const QByteArray more = reader->read(28 - header.size());
        if (more.isEmpty())
            return nullptr;
        header += more;
    }
    return header.startsWith("\x0A\x0D\x0D\x0A") ? capture : nullptr;
}

void TestExtcap::stopsOnSigterm()
{
    QProcess *server = m_cli.startServe({QStringLiteral("watched")});
    QVERIFY(server);
    QFile reader;
    QProcess *capture = startCapture(&reader);
    QVERIFY(capture);
    QVERIFY(waitForTap(m_cli.environment().value(QStringLiteral("MAILSLOT_RUNTIME_DIR")))); // '*' takes it
    capture->terminate(); // SIGTERM: what Wireshark sends when the capture stops
    QVERIFY(capture->waitForFinished(20000));
    QCOMPARE(capture->exitStatus(), QProcess::NormalExit);
    QCOMPARE(capture->exitCode(), 0);
    QVERIFY(!hasTapFile(m_cli.environment().value(QStringLiteral("MAILSLOT_RUNTIME_DIR")))); // it let go of its tap
    QCOMPARE(server->state(), QProcess::Running); // and the slot's server is as it was
}

void TestExtcap::stopsWhenTheReaderGoesAway()
{
    QVERIFY(m_cli.startServe({QStringLiteral("gone")}));
    QFile reader;
    QProcess *capture = startCapture(&reader, {QStringLiteral("--slot"), QStringLiteral("gone")});
    QVERIFY(capture);
    QVERIFY(waitForTap(m_cli.environment().value(QStringLiteral("MAILSLOT_RUNTIME_DIR"))));
    reader.close(); // Wireshark went away without a word
    // The tap's file is there a moment before the slot's writers copy to it: write until the
    // extcap has had a copy to write (its write fails with EPIPE and it ends).
    bool finished = false;
    for (int i = 0; i < 400 && !finished; ++i) {
        const CliResult sent = m_cli.run({QStringLiteral("send"), QStringLiteral("gone"), QStringLiteral("after the reader")});
        QCOMPARE(sent.exitCode, 0);
        finished = capture->waitForFinished(50);
    }
    QVERIFY(finished);
    QCOMPARE(capture->exitStatus(), QProcess::NormalExit);
    QCOMPARE(capture->exitCode(), 0);
    QVERIFY(!hasTapFile(m_cli.environment().value(QStringLiteral("MAILSLOT_RUNTIME_DIR"))));
}


void TestExtcap::capturesTheBridge()
{
    quint16 port = 0;
    {
        QUdpSocket probe; // a free port for the bridge
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        port = probe.localPort();
    }
    QFile reader;
    QProcess *capture = startCapture(&reader, {QStringLiteral("--port"), QString::number(port),
                                               QStringLiteral("--extcap-capture-filter"), QStringLiteral("bridged")},
                                     QStringLiteral("mailslot-bridge"));
    QVERIFY(capture);
    // A datagram to another slot (filtered out), then one to ours; they arrive in this order.
    for (const auto &[slot, text] : {std::pair{"other", "not this one"}, std::pair{"bridged", "over the wire"}}) {
        const CliResult sent = m_cli.run({QStringLiteral("send"), QStringLiteral("\\\\PC1\\mailslot\\") + QLatin1String(slot),
                                          QLatin1String(text), QStringLiteral("--to"), QStringLiteral("127.0.0.1"),
                                          QStringLiteral("--port"), QString::number(port)});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
    }
    QByteArray seen;
    while (!seen.contains("over the wire")) {
        char buffer[4096]; // what the fifo has (QFile would wait for the whole 4096 bytes)
        const ssize_t got = ::read(reader.handle(), buffer, sizeof buffer);
        QVERIFY2(got > 0, "the fifo ended before the datagram came");
        seen.append(buffer, got);
    }
    // Numbered among every row the bridge saw (the filtered one was the first).
    QVERIFY(seen.contains("mailslot: v=1 origin=network seq=2 slot=\\\\.\\mailslot\\bridged delivered=0"));
    QVERIFY(!seen.contains("not this one"));
    capture->terminate();
    QVERIFY(capture->waitForFinished(20000));
    QCOMPARE(capture->exitCode(), 0);
}

bool TestExtcap::stageForTshark(QTemporaryDir &home, Tshark *t)
{
    // As root: uid 65534 runs tshark, the extcap and the writer (see the top of this file).
    t->tool = m_cli.tool();
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        t->tool = m_cli.toolForOtherUsers();
        if (setpriv.isEmpty() || t->tool.isEmpty())
            return false;
        t->prefix = {setpriv, QStringLiteral("--reuid=%1").arg(kNobody), QStringLiteral("--regid=%1").arg(kNobody),
                     QStringLiteral("--clear-groups"), QStringLiteral("--")};
    }
    // The extcap folder with our wrapper (as the .deb installs it), HOME and the slot namespace.
    const QString extcapDir = home.filePath(QStringLiteral("extcap"));
    t->runtime = home.filePath(QStringLiteral("runtime"));
    const QString homeDir = home.filePath(QStringLiteral("home"));
    QFile wrapper(extcapDir + QStringLiteral("/mailslot-extcap"));
    if (!QDir().mkpath(extcapDir) || !QDir().mkpath(t->runtime) || !QDir().mkpath(homeDir)
        || !wrapper.open(QIODevice::WriteOnly))
        return false;
    wrapper.write("#!/bin/sh\nexec '" + QFile::encodeName(t->tool) + "' extcap \"$@\"\n");
    wrapper.close();
    if (::chmod(QFile::encodeName(wrapper.fileName()).constData(), 0755) != 0
        || ::chmod(QFile::encodeName(t->runtime).constData(), 0700) != 0)
        return false;
    for (const QString &path : {home.path(), extcapDir, wrapper.fileName(), t->runtime, homeDir}) {
        if (::geteuid() == 0 && ::chown(QFile::encodeName(path).constData(), kNobody, kNobody) != 0)
            return false;
    }
    t->env = m_cli.environment();
    t->env.insert(QStringLiteral("HOME"), homeDir);
    t->env.insert(QStringLiteral("WIRESHARK_EXTCAP_DIR"), extcapDir);
    t->env.insert(QStringLiteral("MAILSLOT_RUNTIME_DIR"), t->runtime);
    t->workDir = home.path();
    return true;
}

void TestExtcap::Tshark::start(QProcess *process, const QStringList &args) const
{
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(workDir);
    const QStringList all = prefix + args;
    process->start(all.first(), all.mid(1));
}

void TestExtcap::tsharkListsAndCaptures()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed (tools/apt-ensure.sh tshark)");
    QTemporaryDir home(QStringLiteral("/tmp/mailslot-extcap-XXXXXX"));
    Tshark t;
    QVERIFY(home.isValid());
    QVERIFY2(stageForTshark(home, &t), "cannot stage the extcap folder (as root: setpriv and a copy of the tool)");
    const QString &tool = t.tool;
    const QString &runtime = t.runtime;
    const auto run = [&t](const QStringList &args, QProcess *process) { t.start(process, args); };

    QProcess list;
    run({tshark, QStringLiteral("-D")}, &list);
    QVERIFY(list.waitForFinished(60000));
    const QByteArray interfaces = list.readAllStandardOutput();
    QVERIFY2(interfaces.contains("mailslot-slots") && interfaces.contains("mailslot-bridge"),
             (interfaces + list.readAllStandardError()).constData());

    // Another process serves the slot (as an application would); it reads every message itself.
    const QList<QByteArray> messages{"first", "zweite Nachricht", QByteArray("\x00\x01\x02\xff", 4), "last"};
    QProcess server;
    run({tool, QStringLiteral("serve"), QStringLiteral("wireshark"), QStringLiteral("--json")}, &server);
    QVERIFY(waitForServing(&server));

    // Capture through the extcap's tap (its default: every slot of this user), a line per packet.
    QProcess capture;
    run({tshark, QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("mailslot-slots"), QStringLiteral("-a"),
         QStringLiteral("duration:120"), QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
         QStringLiteral("smb.trans_name"), QStringLiteral("-e"), QStringLiteral("data.data"), QStringLiteral("-e"),
         QStringLiteral("frame.comment")},
        &capture);
    QVERIFY2(waitForTap(runtime), capture.readAllStandardError().constData());
    const auto send = [&run, &tool](const QByteArray &message) {
        QProcess process;
        run({tool, QStringLiteral("send"), QStringLiteral("wireshark"), QStringLiteral("--hex"),
             QString::fromLatin1(message.toHex())},
            &process);
        return process.waitForFinished(20000) && process.exitCode() == 0;
    };
    // The tap's file is there a moment before the writers copy to it: probe until tshark shows one.
    const QByteArray probe("probe");
    QByteArray out;
    qsizetype probes = 0;
    for (; probes < 400 && !out.contains(probe.toHex()); ++probes) {
        QVERIFY(send(probe));
        if (capture.waitForReadyRead(50))
            out += capture.readAllStandardOutput();
    }
    QVERIFY2(out.contains(probe.toHex()), capture.readAllStandardError().constData());
    for (const QByteArray &message : messages)
        QVERIFY(send(message));
    const QList<QByteArray> lines = linesWithout(&capture, &out, probe.toHex(), messages.size());
    capture.terminate();
    QVERIFY(capture.waitForFinished(20000));
    QCOMPARE(lines.size(), messages.size());
    for (int i = 0; i < messages.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split('\t');
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(0), QByteArray("\\MAILSLOT\\wireshark"));
        QCOMPARE(fields.at(1), messages.at(i).toHex());
        QVERIFY2(fields.at(2).startsWith("mailslot: v=1 origin=local seq=")
                     && fields.at(2).contains(" slot=\\\\.\\mailslot\\wireshark pid="), // with the writer's pid
                 fields.at(2).constData());
    }
    // The server got every message, probes included, in order: the tap took nothing from it.
    QByteArray served;
    while (served.count('\n') < probes + messages.size() && server.waitForReadyRead(20000))
        served += server.readAllStandardOutput();
    QList<QByteArray> read;
    for (const QJsonObject &o : CliRunner::jsonLines(served))
        read.append(QByteArray::fromHex(o.value(QStringLiteral("hex")).toString().toLatin1()));
    read.removeAll(probe);
    QCOMPARE(read, messages);
    server.kill();
    server.waitForFinished(20000);
}

QTEST_GUILESS_MAIN(TestExtcap)
#include "tst_extcap.moc"
