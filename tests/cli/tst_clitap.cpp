// `mailslot tap` end to end: a copy of what other processes write to a slot that another process
// serves, with the writer's pid, the reader unaffected; a name that is not served yet and a
// pattern; the network origin of what the bridge delivered; --write (at once, and a valid file
// after SIGTERM); bad input.
#include "clirunner.h"

#include <QTest>
#include <QUdpSocket>

class TestCliTap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void tapSeesWhatTheReaderReads();
    void waitsForNameOrPattern_data();
    void waitsForNameOrPattern();
    void bridgeOriginIsShown();
    void writesPcapng();
    void writesPcapngAsRowsArrive();
    void badInput_data();
    void badInput();

private:
    // Starts `mailslot tap ARGS` and waits until it has said `until` on standard error.
    QProcess *startTap(const QStringList &args, const QByteArray &until);
    void send(const QString &slot, const QString &text);

    CliRunner m_cli;
    QList<QProcess *> m_taps;
};

void TestCliTap::initTestCase()
{
    QVERIFY2(m_cli.isValid(), qPrintable(m_cli.tool()));
}

void TestCliTap::cleanup()
{
    for (QProcess *p : std::as_const(m_taps)) {
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
        delete p;
    }
    m_taps.clear();
    m_cli.stopServers();
}

QProcess *TestCliTap::startTap(const QStringList &args, const QByteArray &until)
{
    auto *p = new QProcess;
    m_taps.append(p);
    p->setProcessEnvironment(m_cli.environment());
    p->setReadChannel(QProcess::StandardError);
    p->start(m_cli.tool(), QStringList{QStringLiteral("tap")} + args);
    QByteArray err;
    while (!err.contains(until) && p->waitForReadyRead(10000))
        err += p->readAllStandardError();
    p->setReadChannel(QProcess::StandardOutput);
    if (!err.contains(until)) {
        qWarning() << "tap did not say" << until << ":" << err;
        return nullptr;
    }
    return p;
}

void TestCliTap::send(const QString &slot, const QString &text)
{
    const CliResult r = m_cli.run({QStringLiteral("send"), slot, text});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCliTap::tapSeesWhatTheReaderReads()
{
    QProcess *server = m_cli.startServe({QStringLiteral("cli/watched"), QStringLiteral("--json"), QStringLiteral("--count"),
                                         QStringLiteral("3")});
    QVERIFY(server);
    QProcess *tap = startTap({QStringLiteral("cli/watched"), QStringLiteral("--json"), QStringLiteral("--count"),
                              QStringLiteral("3")},
                             "watching (served by pid " + QByteArray::number(server->processId()) + ")");
    QVERIFY(tap);
    const QStringList texts{QStringLiteral("one"), QString(), QStringLiteral("three")};
    for (const QString &text : texts)
        send(QStringLiteral("cli/watched"), text);
    QVERIFY(tap->waitForFinished(20000));
    QCOMPARE(tap->exitCode(), 0);
    QVERIFY(server->waitForFinished(20000));
    const QList<QJsonObject> copies = CliRunner::jsonLines(tap->readAllStandardOutput());
    const QList<QJsonObject> read = CliRunner::jsonLines(server->readAllStandardOutput());
    QCOMPARE(copies.size(), 3);
    QCOMPARE(read.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(copies[i].value("text").toString(), texts[i]);
        QCOMPARE(read[i].value("text").toString(), texts[i]);
        QCOMPARE(copies[i].value("slot").toString(), QStringLiteral("\\\\.\\mailslot\\cli\\watched"));
        QCOMPARE(copies[i].value("source").toString(), QStringLiteral("local"));
        // Each `mailslot send` is a process of its own: a pid that is neither the tap's nor the server's.
        const qint64 pid = qint64(copies[i].value("pid").toDouble());
        QVERIFY(pid > 0 && pid != tap->processId() && pid != server->processId());
        QCOMPARE(copies[i].value("time"), read[i].value("time"));
    }
}

void TestCliTap::waitsForNameOrPattern_data()
{
    QTest::addColumn<QString>("watch");
    QTest::addColumn<QString>("slot");
    QTest::newRow("a name not served yet") << QStringLiteral("cli/later") << QStringLiteral("cli/later");
    QTest::newRow("a pattern") << QStringLiteral("\\\\.\\mailslot\\app\\*") << QStringLiteral("app/one");
    QTest::newRow("a pattern in short form") << QStringLiteral("APP/?wo") << QStringLiteral("app/two");
}

void TestCliTap::waitsForNameOrPattern()
{
    QFETCH(QString, watch);
    QFETCH(QString, slot);
    QProcess *tap = startTap({watch, QStringLiteral("--json"), QStringLiteral("--count"), QStringLiteral("1")},
                             "(Ctrl+C to stop)");
    QVERIFY(tap);
    // A slot that does not match is not watched.
    QVERIFY(m_cli.startServe({QStringLiteral("other")}));
    send(QStringLiteral("other"), QStringLiteral("not for the tap"));
    QVERIFY(m_cli.startServe({slot}));
    // The tap attaches when the slot is ready; a message written before that is not its to see,
    // so the test writes until the tap has had one (and exits: --count 1).
    bool finished = false;
    for (int i = 0; i < 400 && !finished; ++i) {
        send(slot, QStringLiteral("for the tap"));
        finished = tap->waitForFinished(50);
    }
    QVERIFY2(finished, tap->readAllStandardError().constData());
    QCOMPARE(tap->exitCode(), 0);
    const QList<QJsonObject> copies = CliRunner::jsonLines(tap->readAllStandardOutput());
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies[0].value("text").toString(), QStringLiteral("for the tap"));
}

void TestCliTap::bridgeOriginIsShown()
{
#ifdef Q_OS_WIN
    QSKIP("the bridge and the tap are not offered on Windows");
#else
    QUdpSocket probe;
    QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
    const QString port = QString::number(probe.localPort());
    probe.close();
    QProcess bridge;
    bridge.setProcessEnvironment(m_cli.environment());
    bridge.setReadChannel(QProcess::StandardError);
    bridge.start(m_cli.tool(), {"bridge", "--bind", "127.0.0.1", "--port", port, "--name", "PC1"});
    QByteArray err;
    while (!err.contains("listening") && bridge.waitForReadyRead(10000))
        err += bridge.readAllStandardError();
    QVERIFY2(err.contains("listening"), err.constData());
    QProcess *server = m_cli.startServe({QStringLiteral("cli/net"), QStringLiteral("--json"), QStringLiteral("--count"),
                                         QStringLiteral("1")});
    QVERIFY(server);
    QProcess *tap = startTap({QStringLiteral("cli/net"), QStringLiteral("--json"), QStringLiteral("--count"),
                              QStringLiteral("1")},
                             "watching (served");
    QVERIFY(tap);
    const CliResult sent = m_cli.run(
        {"send", "\\\\PC1\\mailslot\\cli\\net", "from afar", "--to", "127.0.0.1", "--port", port, "--name", "SENDER"});
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QVERIFY(tap->waitForFinished(20000));
    QVERIFY(server->waitForFinished(20000));
    bridge.kill();
    bridge.waitForFinished(5000);
    // The tap and the slot's own reader both say where the message came from.
    const QList<QJsonObject> copies = CliRunner::jsonLines(tap->readAllStandardOutput())
                                    + CliRunner::jsonLines(server->readAllStandardOutput());
    QCOMPARE(copies.size(), 2);
    for (const QJsonObject &o : copies) {
        QCOMPARE(o.value("text").toString(), QStringLiteral("from afar"));
        QCOMPARE(o.value("source").toString(), QStringLiteral("network"));
        QCOMPARE(o.value("srcIp").toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(o.value("srcPort").toInt(), 138);
        QCOMPARE(o.value("sourceName").toString(), QStringLiteral("SENDER<00>"));
        QCOMPARE(o.value("msgType").toInt(), 0x10); // DIRECT_UNIQUE
    }
#endif
}

void TestCliTap::writesPcapng()
{
    QVERIFY(m_cli.startServe({QStringLiteral("cli/saved")}));
    const QString file = m_cli.dir().filePath(QStringLiteral("tap.pcapng"));
    QProcess *tap = startTap({QStringLiteral("cli/saved"), QStringLiteral("--count"), QStringLiteral("2"),
                              QStringLiteral("--write"), file},
                             "watching (served");
    QVERIFY(tap);
    send(QStringLiteral("cli/saved"), QStringLiteral("first"));
    send(QStringLiteral("cli/saved"), QStringLiteral("second"));
    QVERIFY(tap->waitForFinished(20000));
    QCOMPARE(tap->exitCode(), 0);
    const CliResult decoded = m_cli.run({QStringLiteral("decode"), file, QStringLiteral("--json")});
    QCOMPARE(decoded.exitCode, 0);
    const QList<QJsonObject> rows = CliRunner::jsonLines(decoded.out);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].value("text").toString(), QStringLiteral("first"));
    QCOMPARE(rows[1].value("text").toString(), QStringLiteral("second"));
}

void TestCliTap::writesPcapngAsRowsArrive()
{
    // The file holds each batch as soon as it is printed (a reader may open it while tap runs),
    // and SIGTERM leaves it a whole capture.
    QVERIFY(m_cli.startServe({QStringLiteral("cli/streamed")}));
    const QString file = m_cli.dir().filePath(QStringLiteral("streamed.pcapng"));
    QProcess *tap = startTap({QStringLiteral("cli/streamed"), QStringLiteral("--write"), file}, "watching (served");
    QVERIFY(tap);
    const auto decodedTexts = [this, &file] {
        const CliResult decoded = m_cli.run({QStringLiteral("decode"), file, QStringLiteral("--json")});
        QStringList texts;
        for (const QJsonObject &row : CliRunner::jsonLines(decoded.out))
            texts.append(row.value("text").toString());
        return decoded.exitCode == 0 ? texts : QStringList{QStringLiteral("decode failed: ") + decoded.err};
    };
    const auto waitForLines = [tap](int lines) {
        QByteArray out;
        while (out.count('\n') < lines && tap->waitForReadyRead(20000))
            out += tap->readAllStandardOutput();
        return out.count('\n') == lines;
    };
    const QStringList texts{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")};
    for (const QString &text : texts)
        send(QStringLiteral("cli/streamed"), text);
    QVERIFY(waitForLines(3));
    QCOMPARE(tap->state(), QProcess::Running);
    QCOMPARE(decodedTexts(), texts);
    send(QStringLiteral("cli/streamed"), QStringLiteral("four"));
    QVERIFY(waitForLines(1));
    tap->terminate(); // SIGTERM
    QVERIFY(tap->waitForFinished(20000));
    QCOMPARE(tap->exitStatus(), QProcess::NormalExit);
    QCOMPARE(tap->exitCode(), 0);
    QCOMPARE(decodedTexts(), texts + QStringList{QStringLiteral("four")});
}

void TestCliTap::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("mention");
    QTest::newRow("no name") << QStringList{"tap"} << 2 << QByteArray("exactly one");
    QTest::newRow("two names") << QStringList{"tap", "a", "b"} << 2 << QByteArray("exactly one");
    QTest::newRow("zero count") << QStringList{"tap", "a", "--count", "0"} << 2 << QByteArray("--count");
    QTest::newRow("json to a pcapng on stdout") << QStringList{"tap", "a", "--json", "--write", "-"} << 2
                                                << QByteArray("--write -");
    QTest::newRow("remote name") << QStringList{"tap", "\\\\HOST\\mailslot\\x"} << 1
                                 << QByteArray("only slots on this computer can be watched");
    QTest::newRow("bad name") << QStringList{"tap", "\\\\.\\mailslot\\"} << 1 << QByteArray("ERROR_INVALID_NAME");
    QTest::newRow("unwritable capture") << QStringList{"tap", "a", "--write", "/nonexistent/dir/tap.pcapng"} << 1
                                        << QByteArray("/nonexistent/dir/tap.pcapng");
}

void TestCliTap::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, mention);
    const CliResult r = m_cli.run(args);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(mention), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliTap)
#include "tst_clitap.moc"
