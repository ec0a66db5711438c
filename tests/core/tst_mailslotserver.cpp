// MailslotServer: the worker-thread server and its signals.
#include "core/slots/mailslotregistry.h"
#include "tests/common/windowsdeviation.h"
#include "core/slots/mailslotserver.h"
#include "core/formats/rowjson.h"
#include "core/slots/mailslotwriter.h"
#include "core/platform/win32error.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace mailslot::platform;

class TestMailslotServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void receivesInOrder_data();
    void receivesInOrder();
    void readsInWorkerThread();
    void readsInThisThread_data();
    void readsInThisThread();
    void concurrentWritersNeverStall();
    void messagesWrittenBeforeStart();
    void holdKeepsMessagesQueued();
    void infoChangedWhileHeld();
    void stopDeliversEverythingRead();
    void createErrorsComeBack();
    void setReadTimeoutEmitsInfo();
    void timestampsAndSequence();
    void runtimeDirectoryRemoved();

private:
    static StreamRowList collect(QSignalSpy &spy);
    QString uniqueName();

    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestMailslotServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("MAILSLOT_RUNTIME_DIR", (m_dir.path() + QStringLiteral("/ns")).toLocal8Bit());
}

QString TestMailslotServer::uniqueName()
{
    return QStringLiteral("server\\test%1").arg(++m_counter);
}

StreamRowList TestMailslotServer::collect(QSignalSpy &spy)
{
    StreamRowList all;
    for (const QList<QVariant> &args : spy)
        all += args.at(0).value<StreamRowList>();
    return all;
}

void TestMailslotServer::receivesInOrder_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("inThisThread"); // Options::readInThisThread
    for (const bool here : {false, true}) {
        const char *mode = here ? " (read in this thread)" : "";
        QTest::addRow("one%s", mode) << 1 << 10 << here;
        QTest::addRow("empty messages%s", mode) << 5 << 0 << here;
        QTest::addRow("burst of 20000%s", mode) << 20000 << 100 << here;
        QTest::addRow("large%s", mode) << 3 << 1024 * 1024 << here;
    }
}

void TestMailslotServer::receivesInOrder()
{
    QFETCH(int, count);
    QFETCH(int, size);
    QFETCH(bool, inThisThread);
    if (count > 512)
        MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_512_QUEUED);
    if (size > 200 * 1024)
        MAILSLOT_SKIP_UNDER_WINE("a message larger than about 212 KB cannot be carried");
    MailslotError error;
    MailslotServer::Options options;
    options.readInThisThread = inThisThread;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(uniqueName(), options, &error));
    QVERIFY2(server, qPrintable(error.toString()));
    QSignalSpy spy(server.get(), &MailslotServer::messagesReceived);
    auto writer = MailslotWriter::open(server->name(), &error);
    for (int i = 0; i < count; ++i) {
        QByteArray payload(size, 'm');
        if (size >= 8)
            payload.replace(0, 8, QByteArray::number(i).rightJustified(8, '0'));
        QVERIFY(!writer->write(payload));
    }
    QTRY_COMPARE_WITH_TIMEOUT(collect(spy).size(), count, 20000);
    const StreamRowList all = collect(spy);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(all[i].payload.size(), size);
        if (size >= 8)
            QCOMPARE(all[i].payload.left(8), QByteArray::number(i).rightJustified(8, '0'));
        QCOMPARE(all[i].sequence, quint64(0)); // numbered by the StreamHub, not the server
        QCOMPARE(all[i].slot, server->name());
        QCOMPARE(all[i].origin, RowOrigin::LocalSlot);
        QVERIFY(!all[i].isNetwork());
    }
    if (count >= 1000)
        QVERIFY2(spy.size() < count, "high-rate messages arrive in batches");
}

void TestMailslotServer::readsInWorkerThread()
{
    MailslotError error;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(uniqueName(), {}, &error));
    QSignalSpy spy(server.get(), &MailslotServer::messagesReceived);
    QTRY_VERIFY(server->info().messageCount == 0);
    auto writer = MailslotWriter::open(server->name(), &error);
    for (int i = 0; i < 100; ++i)
        QVERIFY(!writer->write("w"));
    // This thread runs no event loop now, yet messages leave the queue: the reading happens in
    // the worker. (Only a first batch: the next waits until this thread has taken it, since
    // batches are paced by their consumer, and the backlog stays in the slot's bounded queue.)
    QDeadlineTimer deadline(10000);
    while (server->info().messageCount == 100 && !deadline.hasExpired())
        QThread::yieldCurrentThread();
    QVERIFY(server->info().messageCount < 100);
    // The signals reach this thread once it runs its event loop, and then the queue drains.
    QTRY_COMPARE(collect(spy).size(), 100);
    QCOMPARE(server->info().messageCount, 0u);
}

void TestMailslotServer::readsInThisThread_data()
{
    QTest::addColumn<bool>("hold");
    QTest::newRow("reading") << false;
    QTest::newRow("held, then released") << true;
}

// Options::readInThisThread: no worker thread; the signal comes from this thread's event loop,
// and the server may be stopped from inside it (the rest stays queued, then goes with the slot).
void TestMailslotServer::readsInThisThread()
{
    QFETCH(bool, hold);
    MailslotError error;
    MailslotServer::Options options;
    options.readInThisThread = true;
    options.hold = hold;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(uniqueName(), options, &error));
    QVERIFY2(server, qPrintable(error.toString()));
    StreamRowList received;
    int wrongThread = 0;
    connect(server.get(), &MailslotServer::messagesReceived, this, [&](const StreamRowList &rows) {
        wrongThread += QThread::currentThread() != thread();
        received += rows;
        if (received.size() >= 3)
            server->stop(); // from inside the signal
    });
    QSignalSpy stopped(server.get(), &MailslotServer::stopped);
    auto writer = MailslotWriter::open(server->name(), &error);
    QVERIFY(writer);
    for (int i = 0; i < 3; ++i)
        QVERIFY(!writer->write(QByteArray::number(i)));
    // Nothing is read while this thread runs no event loop: the messages wait in the queue.
    // (Not checked under Wine: MAILSLOT_REASON_COUNT_STAYS_AT_1.)
    const bool counts = !mailslot::test::underWine();
    if (counts)
        QCOMPARE(server->info().messageCount, 3u);
    if (hold) {
        QTest::qWait(20); // an event loop turn, yet held: still queued
        if (counts)
            QCOMPARE(server->info().messageCount, 3u);
        server->setHold(false);
    }
    QVERIFY(stopped.wait(5000));
    QCOMPARE(wrongThread, 0);
    QCOMPARE(received.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(received.at(i).payload, QByteArray::number(i));
    QCOMPARE(server->messagesRead(), quint64(3));
    QVERIFY(!server->isRunning());
}

void TestMailslotServer::concurrentWritersNeverStall()
{
    // Two writer threads, one message each, into a fresh server, many times over. A message that
    // lands while the server finishes a read must still be read: on Windows the readiness handle
    // was left unarmed then, and the message sat in the slot until the next one (under Wine this
    // stopped within 30 rounds).
    for (int round = 0; round < 150; ++round) {
        MailslotError error;
        std::unique_ptr<MailslotServer> server(MailslotServer::create(uniqueName(), {}, &error));
        QVERIFY2(server, qPrintable(error.toString()));
        QSignalSpy spy(server.get(), &MailslotServer::messagesReceived);
        std::vector<std::thread> writers;
        for (int w = 0; w < 2; ++w) {
            writers.emplace_back([name = server->name(), w] {
                MailslotError e;
                if (auto writer = MailslotWriter::open(name, &e))
                    writer->write(QByteArray(424, char('a' + w)));
            });
        }
        for (std::thread &t : writers)
            t.join();
        while (collect(spy).size() < 2)
            QVERIFY2(spy.wait(10000), qPrintable(QStringLiteral("round %1: a message was not read").arg(round)));
        QCOMPARE(collect(spy).size(), 2);
    }
}

void TestMailslotServer::messagesWrittenBeforeStart()
{
    // Messages queued between create and the worker's start are read too.
    MailslotError error;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(uniqueName(), {}, &error));
    QSignalSpy spy(server.get(), &MailslotServer::messagesReceived);
    auto writer = MailslotWriter::open(server->name(), &error);
    for (int i = 0; i < 10; ++i)
        QVERIFY(!writer->write(QByteArray::number(i)));
    QTRY_COMPARE(collect(spy).size(), 10);
}

void TestMailslotServer::holdKeepsMessagesQueued()
{
    MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_COUNT_STAYS_AT_1);
    MailslotError error;
    MailslotServer::Options options;
    options.hold = true;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(uniqueName(), options, &error));
    QSignalSpy spy(server.get(), &MailslotServer::messagesReceived);
    auto writer = MailslotWriter::open(server->name(), &error);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!writer->write("held"));
    QCOMPARE(server->info().messageCount, 5u);
    QCOMPARE(server->info().nextSize, 4u);
    QTest::qWait(50); // give a (wrong) reader a chance to run; the count must not drop
    QCOMPARE(server->info().messageCount, 5u);
    QCOMPARE(spy.size(), 0);
    server->setHold(false);
    QTRY_COMPARE(collect(spy).size(), 5);
    QTRY_COMPARE(server->info().messageCount, 0u);
}

void TestMailslotServer::infoChangedWhileHeld()
{
    MailslotError error;
    MailslotServer::Options options;
    options.hold = true;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(uniqueName(), options, &error));
    QSignalSpy spy(server.get(), &MailslotServer::infoChanged);
    QVERIFY(spy.wait(2000)); // the initial figures
    spy.clear();
    QVERIFY(!MailslotWriter::open(server->name(), &error)->write("one"));
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.last().at(0).value<MailslotInfo>().messageCount, 1u);
    spy.clear();
    QVERIFY(!MailslotWriter::open(server->name(), &error)->write("three"));
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.last().at(0).value<MailslotInfo>().messageCount, 2u);
}

void TestMailslotServer::stopDeliversEverythingRead()
{
    MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_512_QUEUED);
    MailslotError error;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(uniqueName(), {}, &error));
    QSignalSpy spy(server.get(), &MailslotServer::messagesReceived);
    QSignalSpy stopped(server.get(), &MailslotServer::stopped);
    const QString name = server->name();
    std::thread writer([name] {
        MailslotError e;
        auto w = MailslotWriter::open(name, &e);
        for (int i = 0; w && i < 50000; ++i) {
            if (w->write(QByteArray::number(i)))
                break; // the slot closed under us: expected
        }
    });
    QTRY_VERIFY(!spy.isEmpty());
    server->stop();
    writer.join();
    QCOMPARE(stopped.size(), 1);
    // Every message the worker took from the queue was delivered, in order, none twice: what
    // arrived is exactly the first messagesRead() messages written.
    const StreamRowList delivered = collect(spy);
    QVERIFY(!delivered.isEmpty());
    QCOMPARE(quint64(delivered.size()), server->messagesRead());
    for (qsizetype i = 0; i < delivered.size(); ++i)
        QCOMPARE(delivered.at(i).payload, QByteArray::number(i));
    QVERIFY(!server->isRunning());
    // The slot is gone.
    QVERIFY(!MailslotWriter::open(name, &error));
    QCOMPARE(error.code(), quint32(kErrorFileNotFound));
}

void TestMailslotServer::createErrorsComeBack()
{
    MailslotError error;
    const QString name = uniqueName();
    std::unique_ptr<MailslotServer> first(MailslotServer::create(name, {}, &error));
    QVERIFY(first);
    std::unique_ptr<MailslotServer> second(MailslotServer::create(name, {}, &error));
    QVERIFY(!second);
    QCOMPARE(error.code(), quint32(kErrorAlreadyExists));
    std::unique_ptr<MailslotServer> bad(MailslotServer::create(QStringLiteral("a\\..\\b"), {}, &error));
    QVERIFY(!bad);
    QCOMPARE(error.code(), quint32(kErrorInvalidName));
}

void TestMailslotServer::setReadTimeoutEmitsInfo()
{
    MailslotError error;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(uniqueName(), {}, &error));
    QSignalSpy spy(server.get(), &MailslotServer::infoChanged);
    server->setReadTimeout(1234);
    QVERIFY(!spy.isEmpty());
    QCOMPARE(spy.last().at(0).value<MailslotInfo>().readTimeout, 1234u);
    QCOMPARE(server->info().readTimeout, 1234u);
}

void TestMailslotServer::timestampsAndSequence()
{
    MailslotError error;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(uniqueName(), {}, &error));
    QSignalSpy spy(server.get(), &MailslotServer::messagesReceived);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(!MailslotWriter::open(server->name(), &error)->write("t"));
    QVERIFY(spy.wait(5000));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    const StreamRow m = collect(spy).first();
    QCOMPARE(m.time().timeSpec(), Qt::UTC);
    QVERIFY(m.time() >= before.addMSecs(-1) && m.time() <= after);
    const QJsonObject json = RowJson::object(m);
    QVERIFY(json.value(QStringLiteral("time")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(json.value(QStringLiteral("time")).toString().size(), 24); // yyyy-MM-ddTHH:mm:ss.zzzZ
    QCOMPARE(json.value(QStringLiteral("hex")).toString(), QStringLiteral("74"));
    QCOMPARE(json.value(QStringLiteral("size")).toInt(), 1);
}

void TestMailslotServer::runtimeDirectoryRemoved()
{
    MAILSLOT_SKIP_ON_WINDOWS("the runtime directory");
    // Someone removes the whole runtime directory under a running server (rm -rf, a tmpfs
    // cleaner): nothing crashes, handles already open keep working as open handles do on
    // Windows, the name reads as missing, and it can be created again at once.
    MailslotError error;
    const QString name = uniqueName();
    std::unique_ptr<MailslotServer> server(MailslotServer::create(name, {}, &error));
    QVERIFY2(server, qPrintable(error.toString()));
    QSignalSpy spy(server.get(), &MailslotServer::messagesReceived);
    auto writer = MailslotWriter::open(name, &error);
    QVERIFY(writer);
    QVERIFY(!writer->write("before"));
    QTRY_COMPARE(collect(spy).size(), 1);

    const QString runtime = QString::fromLocal8Bit(qgetenv("MAILSLOT_RUNTIME_DIR"));
    QVERIFY(QDir(runtime).exists());
    QVERIFY(QDir(runtime).removeRecursively());

    QVERIFY(!writer->write("after, through the open handle"));
    QTRY_COMPARE(collect(spy).size(), 2);
    QCOMPARE(server->info().messageCount, 0u);
    QVERIFY(!MailslotWriter::open(name, &error));
    QCOMPARE(error.code(), quint32(kErrorFileNotFound));
    QVERIFY(MailslotRegistry().listAll(&error).isEmpty()); // nothing listed, no error: an empty namespace
    QVERIFY2(!error, qPrintable(error.toString()));

    // The name is free again: a new server gets a fresh, private directory.
    std::unique_ptr<MailslotServer> again(MailslotServer::create(name, {}, &error));
    QVERIFY2(again, qPrintable(error.toString()));
    QCOMPARE(QFileInfo(runtime).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther), QFile::Permissions());
    QSignalSpy againSpy(again.get(), &MailslotServer::messagesReceived);
    QVERIFY(!MailslotWriter::open(name, &error)->write("new"));
    QTRY_COMPARE(collect(againSpy).size(), 1);
    // Stopping and destroying the old server leaves the new one's files alone: it stays
    // reachable and listed.
    server->stop();
    QVERIFY(!server->isRunning());
    server.reset();
    QVERIFY(again->isRunning());
    auto late = MailslotWriter::open(name, &error);
    QVERIFY2(late, qPrintable(error.toString()));
    QVERIFY(!late->write("after the old server closed"));
    QTRY_COMPARE(collect(againSpy).size(), 2);
    QCOMPARE(MailslotRegistry().listAll(&error).size(), 1);
}

QTEST_GUILESS_MAIN(TestMailslotServer)
#include "tst_mailslotserver.moc"
