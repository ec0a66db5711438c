// The writing end, as `mailslot remote` runs it on the other host: `serve --json --header` writes
// the stream format's header line first, then the rows, and ends (closing its slot) as soon as the
// reader of its standard output goes away; `--header` needs `--json`. And `--journal`: each row
// into the journal's socket (here a socket of the test's own, MAILSLOT_JOURNAL_SOCKET), or a clear
// error when there is no journal; `tap --journal` through the same code.
#include "core/formats/rowjournal.h"
#include "core/remote/streamformat.h"
#include "core/remote/streamrowreader.h"
#include "core/slots/mailslotwriter.h"
#include "tests/core/fakejournal.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kTimeout = 30000;
}

class TestStreamOutput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headerThenRows();
    void headerNeedsJson();
    void endsWhenTheReaderGoes();
    void journalGetsEachRow();
    void tapJournalGetsEachCopy();
    void missingJournalIsAnError();

private:
    void start(QProcess &cli, const QStringList &arguments, const QString &journalSocket = {}) const;
    static bool send(const QString &slot, const QByteArray &payload);

    QTemporaryDir m_dir;
};

void TestStreamOutput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("MAILSLOT_RUNTIME_DIR", m_dir.filePath(QStringLiteral("slots")).toUtf8());
}

void TestStreamOutput::start(QProcess &cli, const QStringList &arguments, const QString &journalSocket) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!journalSocket.isEmpty())
        environment.insert(QStringLiteral("MAILSLOT_JOURNAL_SOCKET"), journalSocket);
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(MAILSLOT_TEST_CLI), arguments);
}

bool TestStreamOutput::send(const QString &slot, const QByteArray &payload)
{
    MailslotError error;
    const auto writer = MailslotWriter::open(slot, &error);
    return writer && !writer->write(payload).isError();
}

void TestStreamOutput::headerThenRows()
{
    QProcess cli;
    start(cli, {QStringLiteral("serve"), QStringLiteral("out\\header"), QStringLiteral("--json"),
                QStringLiteral("--header"), QStringLiteral("--count"), QStringLiteral("1")});
    QTRY_VERIFY_WITH_TIMEOUT(cli.canReadLine(), kTimeout);
    QString problem;
    const auto header = StreamFormat::parseHeader(cli.readLine().trimmed(), &problem);
    QVERIFY2(header, qPrintable(problem));
    QCOMPARE(header->version, StreamFormat::kVersion);
    QCOMPARE(header->command.value(0), QStringLiteral("serve"));
    QVERIFY(!header->host.isEmpty());
    QVERIFY(send(QStringLiteral("out\\header"), QByteArray("x\ny", 3)));
    QVERIFY(cli.waitForFinished(kTimeout));
    QCOMPARE(cli.exitCode(), 0);
    const auto row = StreamRowReader::read(cli.readLine().trimmed(), &problem);
    QVERIFY2(row, qPrintable(problem));
    QCOMPARE(row->payload, QByteArray("x\ny", 3));
    QVERIFY(cli.readAll().isEmpty());
    // The header takes the place of the "serving ..." line.
    QVERIFY(!cli.readAllStandardError().contains("serving"));
}

void TestStreamOutput::headerNeedsJson()
{
    QProcess cli;
    start(cli, {QStringLiteral("serve"), QStringLiteral("out\\nojson"), QStringLiteral("--header")});
    QVERIFY(cli.waitForFinished(kTimeout));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY(cli.readAllStandardError().contains("--header needs --json"));
}

void TestStreamOutput::endsWhenTheReaderGoes()
{
    // `head -n 1` reads the header and exits: the pipe's reading end closes, as ssh's does when
    // its connection drops. serve must end then, not at its next message (none comes).
    QProcess pipeline;
    pipeline.start(QStringLiteral("/bin/sh"),
                   {QStringLiteral("-c"), QStringLiteral("'%1' serve 'out\\reader' --json --header | head -n 1")
                                              .arg(QStringLiteral(MAILSLOT_TEST_CLI))});
    QVERIFY(pipeline.waitForFinished(kTimeout));
    QCOMPARE(pipeline.exitCode(), 0); // the pipeline's status is head's
    QVERIFY(StreamFormat::isHeader(pipeline.readAllStandardOutput().trimmed()));
    MailslotError error;
    QVERIFY(!MailslotWriter::open(QStringLiteral("out\\reader"), &error)); // serve ended and closed the slot
}

void TestStreamOutput::journalGetsEachRow()
{
    const QString socket = m_dir.filePath(QStringLiteral("journal"));
    FakeJournal journal(socket);
    QVERIFY(journal.isBound());
    QProcess cli;
    start(cli, {QStringLiteral("serve"), QStringLiteral("out\\journal"), QStringLiteral("--journal"),
                QStringLiteral("--count"), QStringLiteral("2")},
          socket);
    bool sent = false; // once the slot is there (QTRY_VERIFY evaluates its expression once more at the end)
    QTRY_VERIFY_WITH_TIMEOUT(sent || (sent = send(QStringLiteral("out\\journal"), QByteArray("bin\0\nary", 8))), kTimeout);
    QVERIFY(send(QStringLiteral("out\\journal"), "second"));
    QVERIFY(cli.waitForFinished(kTimeout));
    QCOMPARE(cli.exitCode(), 0);
    const auto first = journal.next();
    QVERIFY(first.has_value());
    QCOMPARE(first->value("MAILSLOT_PAYLOAD"), QByteArray("bin\0\nary", 8));
    QCOMPARE(first->value("MAILSLOT_SLOT"), QByteArray("\\\\.\\mailslot\\out\\journal"));
    QCOMPARE(first->value("MAILSLOT_KIND"), QByteArray("local"));
    QCOMPARE(journal.next()->value("MAILSLOT_PAYLOAD"), QByteArray("second"));
}

void TestStreamOutput::tapJournalGetsEachCopy()
{
#ifdef Q_OS_WIN
    QSKIP("the tap needs the POSIX back-end");
#endif
    const QString socket = m_dir.filePath(QStringLiteral("tap-journal"));
    FakeJournal journal(socket);
    QVERIFY(journal.isBound());
    QProcess server; // another process serves the slot; the tap sends copies of its messages
    start(server, {QStringLiteral("serve"), QStringLiteral("out\\tapped")});
    QProcess tap;
    tap.setReadChannel(QProcess::StandardError);
    start(tap, {QStringLiteral("tap"), QStringLiteral("out\\tapped"), QStringLiteral("--journal"), QStringLiteral("--count"),
                QStringLiteral("2")},
          socket);
    QByteArray said;
    while (!said.contains("watching (served by") && tap.waitForReadyRead(kTimeout))
        said += tap.readAllStandardError();
    QVERIFY2(said.contains("watching (served by"), said.constData());
    QVERIFY(send(QStringLiteral("out\\tapped"), "first copy"));
    QVERIFY(send(QStringLiteral("out\\tapped"), QByteArray("\0second", 7)));
    QVERIFY(tap.waitForFinished(kTimeout));
    QCOMPARE(tap.exitCode(), 0);
    server.kill();
    server.waitForFinished(kTimeout);
    const auto first = journal.next();
    QVERIFY(first.has_value());
    QCOMPARE(first->value("MAILSLOT_PAYLOAD"), QByteArray("first copy"));
    QCOMPARE(first->value("MAILSLOT_SLOT"), QByteArray("\\\\.\\mailslot\\out\\tapped"));
    QCOMPARE(first->value("MAILSLOT_KIND"), QByteArray("local"));
    const auto second = journal.next();
    QVERIFY(second.has_value());
    QCOMPARE(second->value("MAILSLOT_PAYLOAD"), QByteArray("\0second", 7));
    QVERIFY(!journal.next().has_value());
}

void TestStreamOutput::missingJournalIsAnError()
{
    QProcess cli;
    const QString absent = m_dir.filePath(QStringLiteral("no-journal"));
    start(cli, {QStringLiteral("serve"), QStringLiteral("out\\nojournal"), QStringLiteral("--journal")}, absent);
    QVERIFY(cli.waitForFinished(kTimeout));
    QCOMPARE(cli.exitCode(), 1);
    const QString said = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(said.contains(QStringLiteral("cannot reach the journal at ") + absent), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestStreamOutput)
#include "tst_streamoutput.moc"
