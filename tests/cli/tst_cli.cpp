// The `mailslot` command-line tool end to end, across processes: the contract scripts rely on.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <unistd.h>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void versionAndHelp_data();
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void failedOperations_data();
    void failedOperations();
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
    void sigtermClosesSlot_data();
    void sigtermClosesSlot();
    void sigkilledServerIsReclaimed();
    void anotherUserIsShutOut_data();
    void anotherUserIsShutOut();
    void decodeCaptures_data();
    void decodeCaptures();
    void decodeBadFile_data();
    void decodeBadFile();
    void networkSendTooLarge_data();
    void networkSendTooLarge();
    void networkUsageErrors_data();
    void networkUsageErrors();
    void bridgeWithoutPrivilegeSaysHow();

private:
    Result run(const QStringList &args, int timeoutMs = 20000);
    // Starts `mailslot serve ...` and waits until it says it serves.
    QProcess *startServe(const QStringList &args);
    static QList<QJsonObject> jsonLines(const QByteArray &text);

    QString m_tool;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QList<QProcess *> m_servers;
};

void TestCli::initTestCase()
{
    m_tool = QStringLiteral(MAILSLOT_TEST_BINARY_DIR "/app/mailslot");
    QVERIFY2(QFile::exists(m_tool), qPrintable(m_tool));
    QVERIFY(m_dir.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("MAILSLOT_RUNTIME_DIR"), m_dir.path() + QStringLiteral("/ns"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.remove(QStringLiteral("MAILSLOT_LANG"));
}

void TestCli::cleanup()
{
    for (QProcess *p : std::as_const(m_servers)) {
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
        delete p;
    }
    m_servers.clear();
}

Result TestCli::run(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(m_tool, args);
    Result r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QProcess *TestCli::startServe(const QStringList &args)
{
    auto *p = new QProcess;
    m_servers.append(p);
    p->setProcessEnvironment(m_env);
    p->setReadChannel(QProcess::StandardError);
    p->start(m_tool, QStringList{QStringLiteral("serve")} + args);
    QByteArray err;
    while (!err.contains("serving") && p->waitForReadyRead(10000))
        err += p->readAllStandardError();
    p->setReadChannel(QProcess::StandardOutput);
    if (!err.contains("serving")) {
        qWarning() << "serve did not start:" << err << p->readAllStandardOutput();
        return nullptr;
    }
    return p;
}

QList<QJsonObject> TestCli::jsonLines(const QByteArray &text)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

void TestCli::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("--version") << QStringList{"--version"} << QByteArray("mailslot 0.");
    QTest::newRow("--help") << QStringList{"--help"} << QByteArray("serve NAME");
    QTest::newRow("serve --help") << QStringList{"serve", "--help"} << QByteArray("--max-size");
    QTest::newRow("send --help") << QStringList{"send", "--help"} << QByteArray("--encoding");
    QTest::newRow("list --help") << QStringList{"list", "--help"} << QByteArray("--json");
}

void TestCli::versionAndHelp()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), r.out.constData());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mention");
    QTest::newRow("no command") << QStringList{} << QByteArray("Usage");
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << QByteArray("frobnicate");
    QTest::newRow("unknown option") << QStringList{"list", "--bogus"} << QByteArray("bogus");
    QTest::newRow("serve without name") << QStringList{"serve"} << QByteArray("name");
    QTest::newRow("serve bad timeout") << QStringList{"serve", "x", "--timeout", "soon"} << QByteArray("soon");
    QTest::newRow("serve bad max size") << QStringList{"serve", "x", "--max-size", "-4"} << QByteArray("-4");
    QTest::newRow("serve zero count") << QStringList{"serve", "x", "--count", "0"} << QByteArray("--count");
    QTest::newRow("send nothing") << QStringList{"send", "x"} << QByteArray("nothing to send");
    QTest::newRow("send twice") << QStringList{"send", "x", "text", "--hex", "00"} << QByteArray("once");
    QTest::newRow("send bad hex") << QStringList{"send", "x", "--hex", "zz"} << QByteArray("hexadecimal");
    QTest::newRow("send bad encoding") << QStringList{"send", "x", "t", "--encoding", "ebcdic"} << QByteArray("ebcdic");
    QTest::newRow("send unencodable") << QStringList{"send", "x", QString::fromUtf8("\xe2\x82\xac"), "--encoding", "cp437"}
                                      << QByteArray("U+20AC");
    QTest::newRow("send bad repeat") << QStringList{"send", "x", "t", "--repeat", "0"} << QByteArray("--repeat");
    QTest::newRow("info without name") << QStringList{"info"} << QByteArray("name");
    QTest::newRow("serve hold with count") << QStringList{"serve", "x", "--hold", "--count", "2"} << QByteArray("--hold");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mention);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mention), r.err.constData());
    QVERIFY(!r.err.contains("Segmentation"));
    if (!args.isEmpty()) { // (no command at all prints the help)
        QCOMPARE(r.err.count('\n'), 1); // one line, pointing at --help
        QVERIFY2(r.err.startsWith("mailslot: ") && r.err.contains("--help"), r.err.constData());
    }
}

void TestCli::failedOperations_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("line"); // the whole error line, without its newline
    const QString dir = m_env.value(QStringLiteral("MAILSLOT_RUNTIME_DIR"));
    QTest::newRow("missing file") << QStringList{"send", "x", "--file", "/nonexistent/payload"}
                                  << QByteArray("mailslot: /nonexistent/payload: No such file or directory (ERROR_FILE_NOT_FOUND)");
    QTest::newRow("folder as file") << QStringList{"send", "x", "--file", "/"}
                                    << QByteArray("mailslot: /: It is a folder, not a file. (ERROR_ACCESS_DENIED)");
    QTest::newRow("control character escaped") << QStringList{"info", QStringLiteral("a\x1b[31mb")}
                                              << QByteArray("mailslot: a\\x1b[31mb: The mailslot name is invalid. The name "
                                                            "contains a control character (U+001B). (ERROR_INVALID_NAME)");
    QTest::newRow("tab escaped") << QStringList{"send", QStringLiteral("a\tb"), "x"}
                                 << QByteArray("mailslot: a\\x09b: The mailslot name is invalid. The name contains a "
                                               "control character (U+0009). (ERROR_INVALID_NAME)");
}

void TestCli::failedOperations()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, line);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, line + '\n');
}

void TestCli::repeatStopsAtFirstFailure()
{
    // The third write no longer fits the held slot's queue: one error line, exit 1, the two
    // written messages stay queued, no more are tried.
    QProcess *server = startServe({QStringLiteral("cli/full"), QStringLiteral("--hold"), QStringLiteral("--queue-size"),
                                   QStringLiteral("65536")});
    QVERIFY(server);
    const Result r = run({"send", "cli/full", "--hex", QString(30000 * 2, QLatin1Char('a')), "--repeat", "5", "--timeout", "0"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("(ERROR_NOT_ENOUGH_QUOTA)"), r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(run({"info", "cli/full", "--json"}).out).object();
    QCOMPARE(o.value("messageCount").toInt(), 2);
}

void TestCli::serveStopsWhenOutputCloses()
{
    // `mailslot serve x | head`: once the reader is gone, serve says so and closes its slot
    // (it does not die by SIGPIPE and leave the slot behind).
    QProcess pipeline;
    pipeline.setProcessEnvironment(m_env);
    pipeline.setProgram(QStringLiteral("bash"));
    // pipefail: the pipeline's status is serve's (head reads one byte and exits with 0).
    pipeline.setArguments({QStringLiteral("-c"), QStringLiteral("set -o pipefail; \"$0\" serve cli/piped --json | head -c 1 >/dev/null"),
                           m_tool});
    pipeline.setReadChannel(QProcess::StandardError);
    pipeline.start();
    QByteArray err;
    while (!err.contains("serving") && pipeline.waitForReadyRead(10000))
        err += pipeline.readAllStandardError();
    QVERIFY2(err.contains("serving"), err.constData());
    // head leaves after the first byte; serve notices at its next write. Once serve has closed
    // the slot, a send fails with ERROR_FILE_NOT_FOUND, which is fine here.
    for (int i = 0; i < 50 && !pipeline.waitForFinished(100); ++i)
        run({"send", "cli/piped", "message"});
    QCOMPARE(pipeline.state(), QProcess::NotRunning);
    QCOMPARE(pipeline.exitStatus(), QProcess::NormalExit);
    QCOMPARE(pipeline.exitCode(), 1);
    err += pipeline.readAllStandardError();
    QVERIFY2(err.contains("mailslot: standard output: ") && err.contains("(ERROR_BROKEN_PIPE)"), err.constData());
    const Result r = run({"info", "cli/piped"});
    QVERIFY(r.err.contains("ERROR_FILE_NOT_FOUND"));
}

void TestCli::infoShowsLargeSizes()
{
    QVERIFY(startServe({QStringLiteral("cli/large"), QStringLiteral("--hold"), QStringLiteral("--max-size"),
                        QStringLiteral("4294967295")}));
    const Result r = run({"info", "cli/large"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Max message size: 4294967295 bytes\n"), r.out.constData());
}

void TestCli::serveReceivesSends_data()
{
    QTest::addColumn<QStringList>("sendArgs");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("text") << QStringList{"hello"} << QByteArray("hello");
    QTest::newRow("empty text") << QStringList{""} << QByteArray();
    QTest::newRow("hex") << QStringList{"--hex", "00 01 ff"} << QByteArray("\x00\x01\xff", 3);
    QTest::newRow("utf-16le") << QStringList{"hi", "--encoding", "utf-16le"} << QByteArray("h\0i\0", 4);
    QTest::newRow("cp850") << QStringList{QString::fromUtf8("\xc3\xa9"), "--encoding", "cp850"} << QByteArray("\x82");
}

void TestCli::serveReceivesSends()
{
    QFETCH(QStringList, sendArgs);
    QFETCH(QByteArray, payload);
    const QString name = QStringLiteral("cli\\%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_'));
    QProcess *server = startServe({name, QStringLiteral("--json"), QStringLiteral("--count"), QStringLiteral("1")});
    QVERIFY(server);
    const Result sent = run(QStringList{QStringLiteral("send"), name} + sendArgs);
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QVERIFY(server->waitForFinished(10000));
    QCOMPARE(server->exitCode(), 0);
    const QList<QJsonObject> lines = jsonLines(server->readAllStandardOutput());
    QCOMPARE(lines.size(), 1);
    QCOMPARE(QByteArray::fromHex(lines[0].value("hex").toString().toLatin1()), payload);
    QCOMPARE(lines[0].value("size").toInt(), payload.size());
}

void TestCli::serveJsonFields()
{
    QProcess *server = startServe({QStringLiteral(R"(\\.\mailslot\Cli\Fields)"), QStringLiteral("--json"),
                                   QStringLiteral("--count"), QStringLiteral("2")});
    QVERIFY(server);
    QCOMPARE(run({"send", "cli/fields", "first"}).exitCode, 0);
    QCOMPARE(run({"send", "CLI\\FIELDS", "--hex", "c3 28"}).exitCode, 0);
    QVERIFY(server->waitForFinished(10000));
    const QList<QJsonObject> lines = jsonLines(server->readAllStandardOutput());
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].value("slot").toString(), QStringLiteral(R"(\\.\mailslot\cli\fields)"));
    QCOMPARE(lines[0].value("text").toString(), QStringLiteral("first"));
    QCOMPARE(lines[0].value("source").toString(), QStringLiteral("local"));
    QVERIFY(lines[1].value("seq").toDouble() > lines[0].value("seq").toDouble());
    QVERIFY(QDateTime::fromString(lines[0].value("time").toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(lines[0].value("time").toString().endsWith('Z'));
    QCOMPARE(lines[1].value("text").toString(), QString(QChar(0xFFFD)) + QLatin1Char('(')); // lossy
}

void TestCli::sendToMissingSlot()
{
    const Result r = run({"send", "cli/nobody", "x"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(R"(mailslot: \\.\mailslot\cli\nobody: )"), r.err.constData());
    QVERIFY(r.err.trimmed().endsWith("(ERROR_FILE_NOT_FOUND)"));
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCli::holdThenInfoAndList()
{
    QProcess *server = startServe({QStringLiteral("cli/held"), QStringLiteral("--hold"), QStringLiteral("--max-size"),
                                   QStringLiteral("1000"), QStringLiteral("--timeout"), QStringLiteral("forever")});
    QVERIFY(server);
    QCOMPARE(run({"send", "cli/held", "12345"}).exitCode, 0);
    QCOMPARE(run({"send", "cli/held", "1", "--repeat", "2"}).exitCode, 0);
    const Result info = run({"info", "cli/held", "--json"});
    QCOMPARE(info.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(o.value("name").toString(), QStringLiteral(R"(\\.\mailslot\cli\held)"));
    QCOMPARE(o.value("messageCount").toInt(), 3);
    QCOMPARE(o.value("nextSize").toInt(), 5);
    QCOMPARE(o.value("maxMessageSize").toInt(), 1000);
    QCOMPARE(o.value("readTimeout").toDouble(), 4294967295.0);
    QCOMPARE(o.value("pid").toInteger(), server->processId());
    QVERIFY(QDateTime::fromString(o.value("created").toString(), Qt::ISODateWithMs).isValid());

    const Result list = run({"list", "--json"});
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
    const Result table = run({"list"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(R"(\\.\mailslot\cli\held)"));
    const Result text = run({"info", "cli/held"});
    QVERIFY(text.out.contains("forever"));
}

void TestCli::maxSizeRefused()
{
    QProcess *server = startServe({QStringLiteral("cli/max"), QStringLiteral("--hold"), QStringLiteral("--max-size"),
                                   QStringLiteral("4")});
    QVERIFY(server);
    const Result r = run({"send", "cli/max", "1234567"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("ERROR_MESSAGE_EXCEEDS_MAX_SIZE"));
    QVERIFY(r.err.contains(" 7 ") && r.err.contains(" 4 "));
    const QJsonObject o = QJsonDocument::fromJson(run({"info", "cli/max", "--json"}).out).object();
    QCOMPARE(o.value("messageCount").toInt(), 0);
}

void TestCli::repeat()
{
    QProcess *server = startServe({QStringLiteral("cli/repeat"), QStringLiteral("--json"), QStringLiteral("--count"),
                                   QStringLiteral("5")});
    QVERIFY(server);
    QCOMPARE(run({"send", "cli/repeat", "r", "--repeat", "5"}).exitCode, 0);
    QVERIFY(server->waitForFinished(10000));
    QCOMPARE(jsonLines(server->readAllStandardOutput()).size(), 5);
}

void TestCli::secondServeFails()
{
    QVERIFY(startServe({QStringLiteral("cli/once")}));
    const Result r = run({"serve", "CLI/ONCE"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("ERROR_ALREADY_EXISTS"));
}

void TestCli::sigtermClosesSlot_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
}

void TestCli::sigtermClosesSlot()
{
    QFETCH(int, signalNumber);
    QProcess *server = startServe({QStringLiteral("cli/term"), QStringLiteral("--json")});
    QVERIFY(server);
    QCOMPARE(run({"send", "cli/term", "before"}).exitCode, 0);
    QTRY_VERIFY(server->bytesAvailable() > 0 || server->waitForReadyRead(100));
    ::kill(pid_t(server->processId()), signalNumber);
    QVERIFY(server->waitForFinished(10000));
    QCOMPARE(server->exitStatus(), QProcess::NormalExit);
    QCOMPARE(server->exitCode(), 0);
    QVERIFY(server->readAllStandardOutput().contains("before"));
    const Result r = run({"info", "cli/term"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("ERROR_FILE_NOT_FOUND"));
}

void TestCli::sigkilledServerIsReclaimed()
{
    QProcess *server = startServe({QStringLiteral("cli/killed"), QStringLiteral("--hold")});
    QVERIFY(server);
    QCOMPARE(run({"send", "cli/killed", "queued"}).exitCode, 0);
    ::kill(pid_t(server->processId()), SIGKILL);
    QVERIFY(server->waitForFinished(10000));
    const Result lost = run({"send", "cli/killed", "x"});
    QCOMPARE(lost.exitCode, 1);
    QVERIFY(lost.err.contains("ERROR_FILE_NOT_FOUND"));
    QVERIFY(!run({"list"}).out.contains("killed"));
    // The name is reusable at once, with nothing of the dead server's queue.
    QVERIFY(startServe({QStringLiteral("cli/killed"), QStringLiteral("--hold")}));
    const QJsonObject o = QJsonDocument::fromJson(run({"info", "cli/killed", "--json"}).out).object();
    QCOMPARE(o.value("messageCount").toInt(), 0);
}

void TestCli::anotherUserIsShutOut_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("write") << QStringList{"send", "cli/private", "intruder"};
    QTest::newRow("list") << QStringList{"list"};
    QTest::newRow("info") << QStringList{"info", "cli/private"};
    QTest::newRow("read (serve)") << QStringList{"serve", "cli/private2", "--count", "1"};
}

void TestCli::anotherUserIsShutOut()
{
    QFETCH(QStringList, args);
    if (geteuid() != 0)
        QSKIP("needs root to run as another user (setpriv); CI runs as root");
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        QSKIP("setpriv (util-linux) not installed");
    // The tool must be reachable by uid 65534: copy it to a world-readable place.
    QTemporaryDir shared(QStringLiteral("/tmp/mailslot-cli-XXXXXX"));
    QVERIFY(shared.isValid());
    QFile::setPermissions(shared.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                             | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QString tool = shared.path() + QStringLiteral("/mailslot");
    QVERIFY(QFile::copy(m_tool, tool));
    QProcess *server = startServe({QStringLiteral("cli/private"), QStringLiteral("--hold")});
    QVERIFY(server);
    // Make the namespace's parents traversable, so that only the namespace's own mode protects it.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                            | QFileDevice::ExeOther);
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(setpriv, QStringList{"--reuid=65534", "--regid=65534", "--clear-groups", tool} + args);
    QVERIFY(p.waitForFinished(20000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains("ERROR_ACCESS_DENIED"), err.constData());
    // Nothing reached the slot.
    const QJsonObject o = QJsonDocument::fromJson(run({"info", "cli/private", "--json"}).out).object();
    QCOMPARE(o.value("messageCount").toInt(), 0);
}

void TestCli::decodeCaptures_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("pcapng") << QStringLiteral(MAILSLOT_TEST_SHARED_DIR "/captures/nmbd-browse.pcapng");
    QTest::newRow("pcap, Linux cooked") << QStringLiteral(MAILSLOT_TEST_SHARED_DIR "/captures/nmbd-browse-sll.pcap");
}

void TestCli::decodeCaptures()
{
    QFETCH(QString, file);
    if (!QFile::exists(file))
        QSKIP("the shared captures are not there");
    const Result r = run({"decode", file, "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> lines = jsonLines(r.out);
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
    const Result text = run({"decode", file});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count('\n'), 23);
    QVERIFY(text.out.contains("NMBDPEER<00> -> TESTGRP<1d>"));
    // Chosen fields, tab-separated, agree with the JSON listing line by line.
    const Result fields = run({"decode", file, "--fields", "slot,hex,kind,srcPort"});
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

void TestCli::decodeBadFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("mention");
    QTest::newRow("not a capture") << QByteArray("hello, world\n") << QByteArray("offset 0");
    QTest::newRow("truncated pcap record") << QByteArray::fromHex("d4c3b2a1020004000000000000000000ffff000001000000"
                                                                  "0000000000000000ff00000000010000")
                                           << QByteArray("offset 24");
    QTest::newRow("missing file") << QByteArray() << QByteArray("cannot open");
}

void TestCli::decodeBadFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, mention);
    QString path = m_dir.filePath(QStringLiteral("bad-%1.pcap").arg(QTest::currentDataTag()[0] == 'm' ? 0 : content.size()));
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    } else {
        path = m_dir.filePath(QStringLiteral("does-not-exist.pcapng"));
    }
    const Result r = run({"decode", path, "--json"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains(mention), r.err.constData());
    QVERIFY(!r.err.contains("Segmentation"));
}

void TestCli::networkSendTooLarge_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("size");
    QTest::addColumn<QByteArray>("limit");
    QTest::newRow("broadcast, 5 chars") << R"(\\*\mailslot\abcde)" << 425 << QByteArray("424");
    QTest::newRow("domain, 1 char") << R"(\\WG\mailslot\a)" << 429 << QByteArray("428");
    QTest::newRow("computer, 9 chars") << R"(\\HOST\mailslot\abcdefghi)" << 500 << QByteArray("420");
}

void TestCli::networkSendTooLarge()
{
    QFETCH(QString, target);
    QFETCH(int, size);
    QFETCH(QByteArray, limit);
    // Refused before anything is resolved or sent.
    const Result r = run({"send", target, QString(size, QLatin1Char('x')), "--to", "127.0.0.1", "--port", "9"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("ERROR_BAD_NETPATH"), r.err.constData());
    QVERIFY2(r.err.contains(" " + limit + " "), r.err.constData());
    QVERIFY2(r.err.contains(QByteArray::number(size)), r.err.constData());
}

void TestCli::networkUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mention");
    QTest::newRow("send bad port") << QStringList{"send", R"(\\*\mailslot\x)", "t", "--port", "70000"} << QByteArray("--port");
    QTest::newRow("send bad priority") << QStringList{"send", R"(\\*\mailslot\x)", "t", "--priority", "10"}
                                       << QByteArray("--priority");
    QTest::newRow("send bad name") << QStringList{"send", R"(\\*\mailslot\x)", "t", "--name", "a.b"} << QByteArray("--name");
    QTest::newRow("bridge bad bind") << QStringList{"bridge", "--bind", "nowhere"} << QByteArray("nowhere");
    QTest::newRow("bridge zero count") << QStringList{"bridge", "--count", "0"} << QByteArray("--count");
    QTest::newRow("bridge bad code page") << QStringList{"bridge", "--code-page", "ebcdic"} << QByteArray("ebcdic");
    QTest::newRow("decode without file") << QStringList{"decode"} << QByteArray("capture file");
    QTest::newRow("decode unknown field") << QStringList{"decode", "x.pcap", "--fields", "slot,payload"}
                                          << QByteArray("unknown field 'payload'");
    QTest::newRow("decode json and fields") << QStringList{"decode", "x.pcap", "--json", "--fields", "slot"}
                                            << QByteArray("--json and --fields");
}

void TestCli::networkUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mention);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mention), r.err.constData());
}

void TestCli::bridgeWithoutPrivilegeSaysHow()
{
    if (geteuid() != 0)
        QSKIP("needs root to run as an unprivileged user (setpriv); CI runs as root");
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        QSKIP("setpriv (util-linux) not installed");
    QFile unprivileged(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
    if (unprivileged.open(QIODevice::ReadOnly) && unprivileged.readAll().trimmed().toInt() <= 138)
        QSKIP("this system lets anybody bind port 138 (net.ipv4.ip_unprivileged_port_start)");
    QTemporaryDir shared(QStringLiteral("/tmp/mailslot-cli-XXXXXX"));
    QVERIFY(shared.isValid());
    QFile::setPermissions(shared.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                             | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QString tool = shared.path() + QStringLiteral("/mailslot");
    QVERIFY(QFile::copy(m_tool, tool));
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(setpriv, QStringList{"--reuid=65534", "--regid=65534", "--clear-groups", tool, "bridge", "--bind",
                                 "127.0.0.1", "--port", "138"});
    QVERIFY(p.waitForFinished(20000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains("cap_net_bind_service") && err.contains("--port"), err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
