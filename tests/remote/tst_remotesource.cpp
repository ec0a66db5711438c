// RemoteSource and `mailslot remote` against a real OpenSSH server on loopback (SshdFixture): rows
// arrive tagged with their host; a lost connection (the remote process killed, the server's
// connection processes killed) is lost, then live again; an unknown host key, a refused key and
// a missing remote mailslot each say so; `-- tap NAME` brings copies of what is written to a slot
// served there by another process, with the writer's pid, the server losing nothing.
#include "core/remote/remotesource.h"
#include "core/slots/mailslotname.h"
#include "core/slots/mailslotregistry.h"
#include "core/slots/mailslotwriter.h"
#include "sshdfixture.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {
constexpr int kTimeout = 30000;
}

class TestRemoteSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsArriveTaggedWithHost();
    void tappedRowsCarryTheWriter();
    void lostThenReconnects_data();
    void lostThenReconnects();
    void failuresAreNamed_data();
    void failuresAreNamed();
    void cliPrintsRowsWithHost();
    void cliStopsWhenRetryingCannotHelp_data();
    void cliStopsWhenRetryingCannotHelp();

private:
    std::unique_ptr<RemoteSource> source(const QString &target, const QString &slot) const;
    std::unique_ptr<RemoteSource> source(const QString &target, const QStringList &command) const;
    // Writes one message into a local slot (served by the remote command: same namespace).
    static bool send(const QString &slot, const QByteArray &payload);
    // The pid of the process that serves a slot (0 when none does).
    static qint64 serverPid(const QString &slot);

    QTemporaryDir m_runtime;
    SshdFixture m_sshd;
};

void TestRemoteSource::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    qputenv("MAILSLOT_RUNTIME_DIR", m_runtime.filePath(QStringLiteral("slots")).toUtf8());
    const QString mailslotDir = QFileInfo(QStringLiteral(MAILSLOT_TEST_CLI)).absolutePath();
    QString reason;
    if (!m_sshd.start(mailslotDir, m_runtime.filePath(QStringLiteral("slots")), &reason))
        QSKIP(qPrintable(QStringLiteral("cannot start an OpenSSH server here: ") + reason));
}

std::unique_ptr<RemoteSource> TestRemoteSource::source(const QString &target, const QString &slot) const
{
    return source(target, QStringList{QStringLiteral("serve"), slot});
}

std::unique_ptr<RemoteSource> TestRemoteSource::source(const QString &target, const QStringList &command) const
{
    RemoteSource::Options options;
    options.target = target;
    options.command = command;
    options.sshArguments = m_sshd.sshArguments();
    options.firstRetryMs = 200; // the backoff's doubling is the same, only quicker
    options.maxRetryMs = 1600;
    return std::make_unique<RemoteSource>(options);
}

bool TestRemoteSource::send(const QString &slot, const QByteArray &payload)
{
    MailslotError error;
    const auto writer = MailslotWriter::open(slot, &error);
    return writer && !writer->write(payload).isError();
}

qint64 TestRemoteSource::serverPid(const QString &slot)
{
    MailslotRegistry registry;
    MailslotError error;
    const QString canonical = MailslotName::parse(slot).canonical();
    const QList<MailslotInfo> infos = registry.listAll(&error);
    for (const MailslotInfo &info : infos) {
        if (info.name == canonical)
            return qint64(info.pid);
    }
    return 0;
}

void TestRemoteSource::rowsArriveTaggedWithHost()
{
    const auto remote = source(QStringLiteral("remote-test"), QStringLiteral("remote\\tagged"));
    QSignalSpy rows(remote.get(), &StreamSource::rowsReady);
    remote->start();
    QTRY_COMPARE_WITH_TIMEOUT(remote->remoteState(), RemoteSource::RemoteState::Live, kTimeout);
    QVERIFY(remote->streamHeader().has_value());
    QCOMPARE(remote->streamHeader()->command.value(0), QStringLiteral("serve"));
    const QByteArray binary("line\none\0two\xff", 13);
    QVERIFY(send(QStringLiteral("remote\\tagged"), "first"));
    QVERIFY(send(QStringLiteral("remote\\tagged"), binary));
    StreamRowList all;
    QTRY_VERIFY_WITH_TIMEOUT((all = [&] {
                                 StreamRowList r;
                                 for (const QList<QVariant> &batch : std::as_const(rows))
                                     r += batch.at(0).value<StreamRowList>();
                                 return r;
                             }()).size() == 2,
                             kTimeout);
    QCOMPARE(all[0].payload, QByteArray("first"));
    QCOMPARE(all[1].payload, binary);
    for (const StreamRow &row : std::as_const(all)) {
        QCOMPARE(row.host(), QStringLiteral("remote-test"));
        QCOMPARE(row.origin, RowOrigin::Remote);
        QCOMPARE(row.slot, QStringLiteral("\\\\.\\mailslot\\remote\\tagged"));
    }
    QCOMPARE(remote->badLines(), 0u);
}

void TestRemoteSource::tappedRowsCarryTheWriter()
{
    // This process serves the slot (an application on that host); the remote tap watches it.
    MailslotRegistry registry;
    MailslotError error;
    QVERIFY(registry.createSlot(QStringLiteral("remote\\tapped"), {}, &error));
    qint64 served = 0;
    connect(&registry, &MailslotRegistry::messagesReceived, this,
            [&served](const StreamRowList &messages) { served += messages.size(); });
    const auto remote = source(QStringLiteral("remote-test"), QStringList{QStringLiteral("tap"), QStringLiteral("remote/t*")});
    QSignalSpy rows(remote.get(), &StreamSource::rowsReady);
    remote->start();
    QTRY_COMPARE_WITH_TIMEOUT(remote->remoteState(), RemoteSource::RemoteState::Live, kTimeout);
    QCOMPARE(remote->streamHeader()->command.value(0), QStringLiteral("tap"));
    // The tap attaches over there after its header: write until a copy has come back.
    qint64 sent = 0;
    while (rows.isEmpty() && sent < 600) {
        QVERIFY(send(QStringLiteral("remote\\tapped"), "copy me"));
        ++sent;
        rows.wait(50);
    }
    QVERIFY(!rows.isEmpty());
    const StreamRow row = rows.first().at(0).value<StreamRowList>().first();
    QCOMPARE(row.host(), QStringLiteral("remote-test"));
    QCOMPARE(row.slot, QStringLiteral("\\\\.\\mailslot\\remote\\tapped"));
    QCOMPARE(row.payload, QByteArray("copy me"));
    QCOMPARE(row.writerPid(), qint64(QCoreApplication::applicationPid())); // this process wrote it
    QTRY_COMPARE_WITH_TIMEOUT(served, sent, kTimeout); // and its server read every message
    QCOMPARE(remote->badLines(), 0u);
}

void TestRemoteSource::lostThenReconnects_data()
{
    QTest::addColumn<bool>("dropConnection"); // else: kill the remote mailslot
    QTest::newRow("sshd's connection killed") << true;
    QTest::newRow("remote mailslot killed") << false;
}

void TestRemoteSource::lostThenReconnects()
{
    QFETCH(bool, dropConnection);
    const QString slot = dropConnection ? QStringLiteral("remote\\drop") : QStringLiteral("remote\\kill");
    const auto remote = source(QStringLiteral("remote-test"), slot);
    QList<RemoteSource::RemoteState> states;
    connect(remote.get(), &RemoteSource::remoteStateChanged, this,
            [&states](RemoteSource::RemoteState state) { states.append(state); });
    QSignalSpy rows(remote.get(), &StreamSource::rowsReady);
    remote->start();
    QTRY_COMPARE_WITH_TIMEOUT(remote->remoteState(), RemoteSource::RemoteState::Live, kTimeout);
    if (dropConnection) {
        QVERIFY(m_sshd.dropConnections() > 0);
    } else {
        // The remote command is the slot's server: the registry names its pid.
        const qint64 pid = serverPid(slot);
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(RemoteSource::RemoteState::Lost), kTimeout);
    QVERIFY(!remote->lossText().isEmpty());
    QVERIFY(states.contains(RemoteSource::RemoteState::Reconnecting));
    states.clear();
    QTRY_COMPARE_WITH_TIMEOUT(remote->remoteState(), RemoteSource::RemoteState::Live, kTimeout);
    QVERIFY(remote->lossText().isEmpty());
    // The new connection streams again (the slot may still be closing: send until one arrives).
    QTRY_VERIFY_WITH_TIMEOUT(send(slot, "again") && !rows.isEmpty(), kTimeout);
    QCOMPARE(rows.last().at(0).value<StreamRowList>().last().payload, QByteArray("again"));
}

void TestRemoteSource::failuresAreNamed_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<SshDiagnosis::Cause>("cause");
    QTest::addColumn<QString>("sshText");
    QTest::newRow("unknown host key") << "remote-test-unknown" << SshDiagnosis::Cause::HostKey
                                      << "Host key verification failed";
    QTest::newRow("refused key") << "remote-test-refused" << SshDiagnosis::Cause::KeyRefused << "Permission denied";
    QTest::newRow("no mailslot there") << "remote-test-missing" << SshDiagnosis::Cause::MissingMailslot << "not found";
}

void TestRemoteSource::failuresAreNamed()
{
    QFETCH(QString, target);
    QFETCH(SshDiagnosis::Cause, cause);
    QFETCH(QString, sshText);
    const auto remote = source(target, QStringLiteral("remote\\never"));
    QSignalSpy states(remote.get(), &RemoteSource::remoteStateChanged);
    remote->start();
    QTRY_COMPARE_WITH_TIMEOUT(remote->remoteState(), RemoteSource::RemoteState::Reconnecting, kTimeout);
    QCOMPARE(remote->lossCause(), cause);
    QVERIFY2(remote->lossText().contains(sshText), qPrintable(remote->lossText()));
    QVERIFY2(remote->lossText().contains(QStringLiteral("remote-test")), qPrintable(remote->lossText()));
    QCOMPARE(remote->state(), StreamSource::State::Failed);
    QCOMPARE(remote->failure(), remote->lossText());
    remote->stop();
}

void TestRemoteSource::cliPrintsRowsWithHost()
{
    QProcess cli;
    cli.start(QStringLiteral(MAILSLOT_TEST_CLI),
              {QStringLiteral("remote"), QStringLiteral("--ssh"), m_sshd.sshWrapper(), QStringLiteral("--json"),
               QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("remote-test"), QStringLiteral("--"),
               QStringLiteral("serve"), QStringLiteral("remote\\cli")});
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += cli.readAllStandardError()).contains("live"), kTimeout);
    QVERIFY(send(QStringLiteral("remote\\cli"), "over ssh"));
    QVERIFY(cli.waitForFinished(kTimeout));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject row = QJsonDocument::fromJson(cli.readAllStandardOutput().trimmed()).object();
    QCOMPARE(row.value(QStringLiteral("host")).toString(), QStringLiteral("remote-test"));
    QCOMPARE(row.value(QStringLiteral("text")).toString(), QStringLiteral("over ssh"));
    QCOMPARE(row.value(QStringLiteral("slot")).toString(), QStringLiteral("\\\\.\\mailslot\\remote\\cli"));
}

void TestRemoteSource::cliStopsWhenRetryingCannotHelp_data()
{
    QTest::addColumn<QString>("ssh");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("words"); // in what it says
    QTest::newRow("refused key") << m_sshd.sshWrapper() << "remote-test-refused"
                                 << QStringList{QStringLiteral("refused our key"), QStringLiteral("Permission denied")};
    QTest::newRow("no ssh program") << m_runtime.filePath(QStringLiteral("no-such-ssh")) << "remote-test"
                                    << QStringList{QStringLiteral("cannot run"), QStringLiteral("no-such-ssh")};
}

void TestRemoteSource::cliStopsWhenRetryingCannotHelp()
{
    QFETCH(QString, ssh);
    QFETCH(QString, target);
    QFETCH(QStringList, words);
    QProcess cli;
    cli.start(QStringLiteral(MAILSLOT_TEST_CLI),
              {QStringLiteral("remote"), QStringLiteral("--ssh"), ssh, target, QStringLiteral("--"), QStringLiteral("bridge")});
    QVERIFY(cli.waitForFinished(kTimeout));
    QCOMPARE(cli.exitCode(), 1);
    const QString said = QString::fromUtf8(cli.readAllStandardError());
    for (const QString &word : std::as_const(words))
        QVERIFY2(said.contains(word), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestRemoteSource)
#include "tst_remotesource.moc"
