// The `mailslot` slot commands end to end, across processes: serve, send (to this computer),
// list and info, the contract scripts rely on.
#include "clirunner.h"
#include "tests/common/windowsdeviation.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

#include <signal.h>
#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <unistd.h>
#endif

class TestCliSlotCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void repeatStopsAtFirstFailure();
    void serveStopsWhenOutputCloses();
    void infoShowsLargeSizes();
    void serveReceivesSends_data();
    void serveReceivesSends();
    void serveJsonFields();
    void sendToMissingSlot();
    void holdThenInfoAndList();
    void maxSizeRefused();
    void repeat();
    void secondServeFails();
    void refusedOptionSendsNothing_data();
    void refusedOptionSendsNothing();
    void sendFileLimits_data();
    void sendFileLimits();
    void timeoutForever_data();
    void timeoutForever();
    void sigtermClosesSlot_data();
    void sigtermClosesSlot();
    void sigkilledServerIsReclaimed();
    void anotherUserIsShutOut_data();
    void anotherUserIsShutOut();

private:
    // The messageCount of a slot (info --json), -1 if it cannot be read.
    int queued(const QString &slot) const;

    CliRunner m_cli;
};

void TestCliSlotCommands::initTestCase()
{
    QVERIFY2(m_cli.isValid(), qPrintable(m_cli.tool()));
#ifndef Q_OS_WIN // (no FIFOs on Windows: the FIFO rows are Linux-only)
    QVERIFY(::mkfifo(qPrintable(m_cli.dir().filePath(QStringLiteral("fifo"))), 0600) == 0);
#endif
}

void TestCliSlotCommands::cleanup()
{
    m_cli.stopServers();
}

int TestCliSlotCommands::queued(const QString &slot) const
{
    const CliResult r = m_cli.run({QStringLiteral("info"), slot, QStringLiteral("--json")});
    if (r.exitCode != 0)
        return -1;
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("messageCount")).toInt(-1);
}

void TestCliSlotCommands::repeatStopsAtFirstFailure()
{
    MAILSLOT_SKIP_ON_WINDOWS("--queue-size (a Windows slot's queue is the system's)");
    // The third write no longer fits the held slot's queue: one error line, exit 1, the two
    // written messages stay queued, no more are tried.
    QProcess *server = m_cli.startServe({QStringLiteral("cli/full"), QStringLiteral("--hold"), QStringLiteral("--queue-size"),
                                         QStringLiteral("65536")});
    QVERIFY(server);
    const CliResult r =
        m_cli.run({"send", "cli/full", "--hex", QString(30000 * 2, QLatin1Char('a')), "--repeat", "5", "--timeout", "0"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("(ERROR_NOT_ENOUGH_QUOTA)"), r.err.constData());
    QCOMPARE(queued(QStringLiteral("cli/full")), 2);
}

void TestCliSlotCommands::serveStopsWhenOutputCloses()
{
    #ifdef Q_OS_WIN
    QSKIP("a POSIX shell pipeline (bash, head); Windows reports a closed pipe by the same ERROR_BROKEN_PIPE path");
#endif
    // `mailslot serve x | head`: once the reader is gone, serve says so and closes its slot
    // (it does not die by SIGPIPE and leave the slot behind).
    QProcess pipeline;
    pipeline.setProcessEnvironment(m_cli.environment());
    pipeline.setProgram(QStringLiteral("bash"));
    // pipefail: the pipeline's status is serve's (head reads one byte and exits with 0).
    pipeline.setArguments({QStringLiteral("-c"), QStringLiteral("set -o pipefail; \"$0\" serve cli/piped --json | head -c 1 >/dev/null"),
                           m_cli.tool()});
    pipeline.setReadChannel(QProcess::StandardError);
    pipeline.start();
    QByteArray err;
    while (!err.contains("serving") && pipeline.waitForReadyRead(10000))
        err += pipeline.readAllStandardError();
    QVERIFY2(err.contains("serving"), err.constData());
    // head leaves after the first byte; serve notices at its next write. Once serve has closed
    // the slot, a send fails with ERROR_FILE_NOT_FOUND, which is fine here.
    for (int i = 0; i < 50 && !pipeline.waitForFinished(100); ++i)
        m_cli.run({"send", "cli/piped", "message"});
    QCOMPARE(pipeline.state(), QProcess::NotRunning);
    QCOMPARE(pipeline.exitStatus(), QProcess::NormalExit);
    QCOMPARE(pipeline.exitCode(), 1);
    err += pipeline.readAllStandardError();
    QVERIFY2(err.contains("mailslot: standard output: ") && err.contains("(ERROR_BROKEN_PIPE)"), err.constData());
    const CliResult r = m_cli.run({"info", "cli/piped"});
    QVERIFY(r.err.contains("ERROR_FILE_NOT_FOUND"));
}

void TestCliSlotCommands::infoShowsLargeSizes()
{
    MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_NO_FIGURES);
    QVERIFY(m_cli.startServe({QStringLiteral("cli/large"), QStringLiteral("--hold"), QStringLiteral("--max-size"),
                              QStringLiteral("4294967295")}));
    const CliResult r = m_cli.run({"info", "cli/large"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Max message size: 4294967295 bytes\n"), r.out.constData());
}

void TestCliSlotCommands::serveReceivesSends_data()
{
    QTest::addColumn<QStringList>("sendArgs");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("text") << QStringList{"hello"} << QByteArray("hello");
    QTest::newRow("empty text") << QStringList{""} << QByteArray();
    QTest::newRow("hex") << QStringList{"--hex", "00 01 ff"} << QByteArray("\x00\x01\xff", 3);
    QTest::newRow("utf-16le") << QStringList{"hi", "--encoding", "utf-16le"} << QByteArray("h\0i\0", 4);
    QTest::newRow("cp850") << QStringList{QString::fromUtf8("\xc3\xa9"), "--encoding", "cp850"} << QByteArray("\x82");
}

void TestCliSlotCommands::serveReceivesSends()
{
    QFETCH(QStringList, sendArgs);
    QFETCH(QByteArray, payload);
    const QString name = QStringLiteral("cli\\%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_'));
    QProcess *server = m_cli.startServe({name, QStringLiteral("--json"), QStringLiteral("--count"), QStringLiteral("1")});
    QVERIFY(server);
    const CliResult sent = m_cli.run(QStringList{QStringLiteral("send"), name} + sendArgs);
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QVERIFY(server->waitForFinished(10000));
    QCOMPARE(server->exitCode(), 0);
    const QList<QJsonObject> lines = CliRunner::jsonLines(server->readAllStandardOutput());
    QCOMPARE(lines.size(), 1);
    QCOMPARE(QByteArray::fromHex(lines[0].value("hex").toString().toLatin1()), payload);
    QCOMPARE(lines[0].value("size").toInt(), payload.size());
}

void TestCliSlotCommands::serveJsonFields()
{
    QProcess *server = m_cli.startServe({QStringLiteral(R"(\\.\mailslot\Cli\Fields)"), QStringLiteral("--json"),
                                         QStringLiteral("--count"), QStringLiteral("2")});
    QVERIFY(server);
    QCOMPARE(m_cli.run({"send", "cli/fields", "first"}).exitCode, 0);
    QCOMPARE(m_cli.run({"send", "CLI\\FIELDS", "--hex", "c3 28"}).exitCode, 0);
    QVERIFY(server->waitForFinished(10000));
    const QList<QJsonObject> lines = CliRunner::jsonLines(server->readAllStandardOutput());
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].value("slot").toString(), QStringLiteral(R"(\\.\mailslot\cli\fields)"));
    QCOMPARE(lines[0].value("text").toString(), QStringLiteral("first"));
    QCOMPARE(lines[0].value("source").toString(), QStringLiteral("local"));
    QVERIFY(lines[1].value("seq").toDouble() > lines[0].value("seq").toDouble());
    QVERIFY(QDateTime::fromString(lines[0].value("time").toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(lines[0].value("time").toString().endsWith('Z'));
    QCOMPARE(lines[1].value("text").toString(), QString(QChar(0xFFFD)) + QLatin1Char('(')); // lossy
}

void TestCliSlotCommands::sendToMissingSlot()
{
    const CliResult r = m_cli.run({"send", "cli/nobody", "x"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(R"(mailslot: \\.\mailslot\cli\nobody: )"), r.err.constData());
    QVERIFY(r.err.trimmed().endsWith("(ERROR_FILE_NOT_FOUND)"));
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCliSlotCommands::holdThenInfoAndList()
{
    MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_NO_FIGURES);
    QProcess *server = m_cli.startServe({QStringLiteral("cli/held"), QStringLiteral("--hold"), QStringLiteral("--max-size"),
                                         QStringLiteral("1000"), QStringLiteral("--timeout"), QStringLiteral("forever")});
    QVERIFY(server);
    QCOMPARE(m_cli.run({"send", "cli/held", "12345"}).exitCode, 0);
    QCOMPARE(m_cli.run({"send", "cli/held", "1", "--repeat", "2"}).exitCode, 0);
    const CliResult info = m_cli.run({"info", "cli/held", "--json"});
    QCOMPARE(info.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(o.value("name").toString(), QStringLiteral(R"(\\.\mailslot\cli\held)"));
    QCOMPARE(o.value("messageCount").toInt(), 3);
    QCOMPARE(o.value("nextSize").toInt(), 5);
    QCOMPARE(o.value("maxMessageSize").toInt(), 1000);
    QCOMPARE(o.value("readTimeout").toDouble(), 4294967295.0);
    QCOMPARE(o.value("pid").toInteger(), server->processId());
    QVERIFY(QDateTime::fromString(o.value("created").toString(), Qt::ISODateWithMs).isValid());

    const CliResult list = m_cli.run({"list", "--json"});
    QCOMPARE(list.exitCode, 0);
    bool found = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
        if (v.toObject().value("name").toString() == o.value("name").toString()) {
            found = true;
            QCOMPARE(v.toObject().value("messageCount").toInt(), 3);
            for (const char *key : {"maxMessageSize", "nextSize", "messageCount", "readTimeout", "pid", "created"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        }
    }
    QVERIFY(found);
    const CliResult table = m_cli.run({"list"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(R"(\\.\mailslot\cli\held)"));
    const CliResult text = m_cli.run({"info", "cli/held"});
    QVERIFY(text.out.contains("forever"));
}

void TestCliSlotCommands::maxSizeRefused()
{
    MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_NO_FIGURES);
    QProcess *server = m_cli.startServe({QStringLiteral("cli/max"), QStringLiteral("--hold"), QStringLiteral("--max-size"),
                                         QStringLiteral("4")});
    QVERIFY(server);
    const CliResult r = m_cli.run({"send", "cli/max", "1234567"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("ERROR_MESSAGE_EXCEEDS_MAX_SIZE"));
    QVERIFY(r.err.contains(" 7 ") && r.err.contains(" 4 "));
    QCOMPARE(queued(QStringLiteral("cli/max")), 0);
}

void TestCliSlotCommands::repeat()
{
    QProcess *server = m_cli.startServe({QStringLiteral("cli/repeat"), QStringLiteral("--json"), QStringLiteral("--count"),
                                         QStringLiteral("5")});
    QVERIFY(server);
    QCOMPARE(m_cli.run({"send", "cli/repeat", "r", "--repeat", "5"}).exitCode, 0);
    QVERIFY(server->waitForFinished(10000));
    QCOMPARE(CliRunner::jsonLines(server->readAllStandardOutput()).size(), 5);
}

void TestCliSlotCommands::secondServeFails()
{
    QVERIFY(m_cli.startServe({QStringLiteral("cli/once")}));
    const CliResult r = m_cli.run({"serve", "CLI/ONCE"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("ERROR_ALREADY_EXISTS"));
    // The slot named canonically, as in every error line.
    QVERIFY2(r.err.startsWith(R"(mailslot: \\.\mailslot\cli\once: )"), r.err.constData());
}

void TestCliSlotCommands::refusedOptionSendsNothing_data()
{
    QTest::addColumn<QStringList>("options");
    // --help-all was listed in every command's help, ignored, and the message went.
    QTest::newRow("--help-all") << QStringList{"--help-all"};
    QTest::newRow("unknown option") << QStringList{"--frob"};
    QTest::newRow("--priority on a local slot") << QStringList{"--priority", "5"};
    QTest::newRow("--name on a local slot") << QStringList{"--name", "PC1"};
}

void TestCliSlotCommands::refusedOptionSendsNothing()
{
    MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_NO_FIGURES);
    QFETCH(QStringList, options);
    QVERIFY(m_cli.startServe({QStringLiteral("cli/refused"), QStringLiteral("--hold")}));
    const CliResult r = m_cli.run(QStringList{"send", "cli/refused", "x"} + options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(options.first().toUtf8()) && r.err.contains("'mailslot send --help'"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(queued(QStringLiteral("cli/refused")), 0);
}

void TestCliSlotCommands::sendFileLimits_data()
{
    QTest::addColumn<QStringList>("serveArgs"); // a held slot cli/file with these options
    QTest::addColumn<QString>("file");          // a file of `size` bytes if empty
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("error"); // the error line (without its newline), empty on success
    QTest::addColumn<int>("queued");
    const QByteArray slot(R"(mailslot: \\.\mailslot\cli\file: )");
    QTest::newRow("at the max size") << QStringList{"--max-size", "100"} << QString() << qint64(100) << 0 << QByteArray() << 1;
    QTest::newRow("over the max size")
        << QStringList{"--max-size", "100"} << QString() << qint64(101) << 1
        << slot + "The message of 101 bytes is larger than the slot's maximum message size of 100 bytes. "
                  "(ERROR_MESSAGE_EXCEEDS_MAX_SIZE)"
        << 0;
    // Refused by its size, not read (sparse: nothing is written to the disk either).
    QTest::newRow("8 GiB file") << QStringList{"--max-size", "100"} << QString() << qint64(8) * 1024 * 1024 * 1024 << 1
                                << slot + "The message of 8589934592 bytes is larger than the slot's maximum message "
                                          "size of 100 bytes. (ERROR_MESSAGE_EXCEEDS_MAX_SIZE)"
                                << 0;
#ifndef Q_OS_WIN // --queue-size: a Windows slot's queue is the system's; no /dev/zero there
    QTest::newRow("over the queue (any size)")
        << QStringList{"--queue-size", "65536"} << QString() << qint64(70000) << 1
        << slot + "The message of 70000 bytes does not fit the slot's queue of 65536 bytes. (ERROR_NOT_ENOUGH_QUOTA)" << 0;
    const QByteArray notRegular(": It is not a regular file (a device, FIFO or socket); --file sends the contents of "
                                "a regular file. (ERROR_NOT_SUPPORTED)");
    QTest::newRow("/dev/zero") << QStringList{} << "/dev/zero" << qint64(0) << 1 << "mailslot: /dev/zero" + notRegular << 0;
    const QString fifo = m_cli.dir().filePath(QStringLiteral("fifo"));
    QTest::newRow("FIFO") << QStringList{} << fifo << qint64(0) << 1 << "mailslot: " + fifo.toUtf8() + notRegular << 0;
#endif
}

void TestCliSlotCommands::sendFileLimits()
{
    MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_NO_FIGURES);
    QFETCH(QStringList, serveArgs);
    QFETCH(QString, file);
    QFETCH(qint64, size);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, error);
    QFETCH(int, queued);
    QVERIFY(m_cli.startServe(QStringList{QStringLiteral("cli/file"), QStringLiteral("--hold")} + serveArgs));
    if (file.isEmpty()) {
        file = m_cli.dir().filePath(QStringLiteral("payload"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(f.resize(size));
    }
    const CliResult r = m_cli.run({"send", "CLI/File", "--file", file});
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.err, error.isEmpty() ? QByteArray() : error + '\n');
    QCOMPARE(this->queued(QStringLiteral("cli/file")), queued);
}

void TestCliSlotCommands::timeoutForever_data()
{
    QTest::addColumn<QString>("timeout");
    QTest::addColumn<double>("readTimeout");
    // serve and send read --timeout alike: -1, forever and infinite mean MAILSLOT_WAIT_FOREVER.
    QTest::newRow("-1") << "-1" << 4294967295.0;
    QTest::newRow("forever") << "forever" << 4294967295.0;
    QTest::newRow("infinite") << "INFINITE" << 4294967295.0;
    QTest::newRow("4294967295") << "4294967295" << 4294967295.0;
    QTest::newRow("0") << "0" << 0.0;
}

void TestCliSlotCommands::timeoutForever()
{
    MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_NO_FIGURES);
    QFETCH(QString, timeout);
    QFETCH(double, readTimeout);
    QVERIFY(m_cli.startServe({QStringLiteral("cli/timeout"), QStringLiteral("--hold"), QStringLiteral("--timeout"), timeout}));
    const CliResult info = m_cli.run({"info", "cli/timeout", "--json"});
    QCOMPARE(QJsonDocument::fromJson(info.out).object().value("readTimeout").toDouble(), readTimeout);
    const CliResult sent = m_cli.run({"send", "cli/timeout", "x", "--timeout", timeout});
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QCOMPARE(queued(QStringLiteral("cli/timeout")), 1);
}

void TestCliSlotCommands::sigtermClosesSlot_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
}

void TestCliSlotCommands::sigtermClosesSlot()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX signals: on Windows the console's Ctrl+C is another test");
#else
    QFETCH(int, signalNumber);
    QProcess *server = m_cli.startServe({QStringLiteral("cli/term"), QStringLiteral("--json")});
    QVERIFY(server);
    QCOMPARE(m_cli.run({"send", "cli/term", "before"}).exitCode, 0);
    QTRY_VERIFY(server->bytesAvailable() > 0 || server->waitForReadyRead(100));
    ::kill(pid_t(server->processId()), signalNumber);
    QVERIFY(server->waitForFinished(10000));
    QCOMPARE(server->exitStatus(), QProcess::NormalExit);
    QCOMPARE(server->exitCode(), 0);
    QVERIFY(server->readAllStandardOutput().contains("before"));
    const CliResult r = m_cli.run({"info", "cli/term"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("ERROR_FILE_NOT_FOUND"));
#endif
}

void TestCliSlotCommands::sigkilledServerIsReclaimed()
{
#ifdef Q_OS_WIN
    QSKIP("SIGKILL is POSIX; on Windows the system reclaims a dead server's slot itself");
#else
    QProcess *server = m_cli.startServe({QStringLiteral("cli/killed"), QStringLiteral("--hold")});
    QVERIFY(server);
    QCOMPARE(m_cli.run({"send", "cli/killed", "queued"}).exitCode, 0);
    ::kill(pid_t(server->processId()), SIGKILL);
    QVERIFY(server->waitForFinished(10000));
    const CliResult lost = m_cli.run({"send", "cli/killed", "x"});
    QCOMPARE(lost.exitCode, 1);
    QVERIFY(lost.err.contains("ERROR_FILE_NOT_FOUND"));
    QVERIFY(!m_cli.run({"list"}).out.contains("killed"));
    // The name is reusable at once, with nothing of the dead server's queue.
    QVERIFY(m_cli.startServe({QStringLiteral("cli/killed"), QStringLiteral("--hold")}));
    QCOMPARE(queued(QStringLiteral("cli/killed")), 0);
#endif
}

void TestCliSlotCommands::anotherUserIsShutOut_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("write") << QStringList{"send", "cli/private", "intruder"};
    QTest::newRow("list") << QStringList{"list"};
    QTest::newRow("info") << QStringList{"info", "cli/private"};
    QTest::newRow("read (serve)") << QStringList{"serve", "cli/private2", "--count", "1"};
    QTest::newRow("watch (tap)") << QStringList{"tap", "cli/private", "--count", "1"};
}

void TestCliSlotCommands::anotherUserIsShutOut()
{
    QFETCH(QStringList, args);
#ifdef Q_OS_WIN
    QSKIP("Linux access rules (another uid); Windows applies its own ACLs to its mailslots");
#else
    if (geteuid() != 0)
        QSKIP("needs root to run as another user (setpriv); CI runs as root");
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        QSKIP("setpriv (util-linux) not installed");
    // The tool must be reachable by uid 65534.
    const QString tool = m_cli.toolForOtherUsers();
    QVERIFY(!tool.isEmpty());
    QProcess *server = m_cli.startServe({QStringLiteral("cli/private"), QStringLiteral("--hold")});
    QVERIFY(server);
    // Make the namespace's parents traversable, so that only the namespace's own mode protects it.
    QFile::setPermissions(m_cli.dir().path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ExeOther);
    QProcess p;
    p.setProcessEnvironment(m_cli.environment());
    p.start(setpriv, QStringList{"--reuid=65534", "--regid=65534", "--clear-groups", tool} + args);
    QVERIFY(p.waitForFinished(20000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains("ERROR_ACCESS_DENIED"), err.constData());
    // Nothing reached the slot.
    QCOMPARE(queued(QStringLiteral("cli/private")), 0);
#endif
}

QTEST_GUILESS_MAIN(TestCliSlotCommands)
#include "tst_clislotcommands.moc"
