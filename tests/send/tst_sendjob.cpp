// SendJob: local runs (count, interval, bursts), stop and failure mid-run, a full queue waiting in
// the worker, destruction mid-run, and network runs to a UDP socket on 127.0.0.1.
#include "core/send/sendjob.h"
#include "tests/common/windowsdeviation.h"

#include "core/platform/win32error.h"
#include "core/slots/mailslothandle.h"
#include "core/text/translations.h"
#include "tests/netio/loopbackoptions.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace mailslot::platform;
using testnet::loopbackOptions;

namespace {

// Every message queued in a slot, in order (nobody else reads it).
QList<QByteArray> drain(MailslotHandle &slot)
{
    QList<QByteArray> messages;
    QByteArray message;
    while (!slot.read(&message))
        messages.append(message);
    return messages;
}

// A slot, and job started on a run to it that lasts (a message every intervalMs) until something
// ends it.
std::unique_ptr<MailslotHandle> startLongRun(const QString &name, SendJob &job, int intervalMs)
{
    MailslotError error;
    auto slot = MailslotHandle::create(name, {}, &error);
    job.setTarget(name);
    job.setPayload("s");
    job.setCount(1000000);
    job.setInterval(intervalMs);
    if (slot)
        job.start();
    return slot;
}

// A slot whose 64 KiB queue nobody reads, and job set to send it 1,000 messages of 1 KiB: about
// 60 fit, then the writer waits (in the worker thread) up to writeTimeoutMs.
std::unique_ptr<MailslotHandle> fullQueueRun(const QString &name, SendJob &job, quint32 writeTimeoutMs)
{
    MailslotOptions options;
    options.queueCapacity = kMinQueueCapacity;
    MailslotError error;
    auto slot = MailslotHandle::create(name, options, &error);
    job.setTarget(name);
    job.setPayload(QByteArray(1024, 'f'));
    job.setCount(1000);
    job.setWriteTimeout(writeTimeoutMs);
    return slot;
}

QList<int> progressValues(const QSignalSpy &spy)
{
    QList<int> values;
    for (const QList<QVariant> &arguments : spy)
        values.append(arguments.at(0).toInt());
    return values;
}

} // namespace

class TestSendJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void localRun_data();
    void localRun();
    void missingOrInvalidTarget_data();
    void missingOrInvalidTarget();
    void stopMidRun();
    void slotClosedMidRun();
    void fullQueueWaitsInTheWorker();
    void stopWhileTheQueueIsFull();
    void destructionMidRun();
    void runsAgainAfterFinishing();
    void networkRun_data();
    void networkRun();
    void networkRefused_data();
    void networkRefused();
    void networkTurnedOffMidRun();

private:
    QTemporaryDir m_dir;
};

void TestSendJob::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("MAILSLOT_RUNTIME_DIR", m_dir.filePath(QStringLiteral("slots")).toUtf8());
    Translations::install(QStringLiteral("en")); // "1 message", "3 messages"
}

void TestSendJob::localRun_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QList<int>>("progress");
    QTest::addColumn<QString>("summary");

    const int burst = SendWorker::kBurst;
    QTest::newRow("one") << 1 << 0 << QList<int>{1} << QStringLiteral("Sent 1 message of 5 bytes to \\\\.\\mailslot\\send\\run");
    QTest::newRow("bursts") << burst * 2 + 3 << 0 << QList<int>{burst, burst * 2, burst * 2 + 3}
                            << QStringLiteral("Sent %1 messages of 5 bytes to \\\\.\\mailslot\\send\\run").arg(burst * 2 + 3);
    QTest::newRow("interval: one a tick") << 3 << 5 << QList<int>{1, 2, 3}
                                          << QStringLiteral("Sent 3 messages of 5 bytes to \\\\.\\mailslot\\send\\run");
}

void TestSendJob::localRun()
{
    QFETCH(int, count);
    QFETCH(int, interval);
    QFETCH(QList<int>, progress);
    QFETCH(QString, summary);
    if (count > 512)
        MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_512_QUEUED);
    MailslotError error;
    auto slot = MailslotHandle::create(QStringLiteral("send\\run"), {}, &error);
    QVERIFY2(slot, qPrintable(error.toString()));
    SendJob job;
    QSignalSpy progressSpy(&job, &SendJob::progress);
    QSignalSpy finished(&job, &SendJob::finished);
    job.setTarget(QStringLiteral("send/RUN"));
    job.setPayload("hello");
    job.setCount(count);
    job.setInterval(interval);
    QVERIFY(job.start());
    QVERIFY(job.isRunning());
    QVERIFY(!job.start()); // one run at a time
    QVERIFY(finished.wait(10000));
    QVERIFY(!job.isRunning());
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(finished.at(0).at(1).toString(), summary);
    QCOMPARE(progressValues(progressSpy), progress);
    QCOMPARE(job.report().outcome, SendReport::Outcome::Sent);
    QCOMPARE(job.report().sent, count);
    QCOMPARE(job.report().target, QStringLiteral("\\\\.\\mailslot\\send\\run"));
    const QList<QByteArray> messages = drain(*slot);
    QCOMPARE(messages.size(), count);
    QCOMPARE(messages.first(), QByteArray("hello"));
}

void TestSendJob::missingOrInvalidTarget_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<quint32>("code");
    QTest::addColumn<QString>("summary");
    QTest::newRow("nobody serves it") << QStringLiteral("send\\nobody") << quint32(kErrorFileNotFound)
                                      << QStringLiteral("Failed after 0 messages to \\\\.\\mailslot\\send\\nobody: ");
    QTest::newRow("not a name") << QStringLiteral("\\\\x") << quint32(kErrorInvalidName)
                                << QStringLiteral("Failed after 0 messages to \\\\x: ");
}

void TestSendJob::missingOrInvalidTarget()
{
    QFETCH(QString, target);
    QFETCH(quint32, code);
    QFETCH(QString, summary);
    SendJob job;
    QSignalSpy finished(&job, &SendJob::finished);
    job.setTarget(target);
    job.setCount(3);
    QVERIFY(job.start());
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.at(0).at(0).toBool());
    const QString text = finished.at(0).at(1).toString();
    QVERIFY2(text.startsWith(summary), qPrintable(text));
    QCOMPARE(job.report().outcome, SendReport::Outcome::Failed);
    QCOMPARE(job.report().error.code(), code);
    QVERIFY2(text.contains(job.report().error.toString()), qPrintable(text));
}

void TestSendJob::stopMidRun()
{
    SendJob job;
    QSignalSpy progress(&job, &SendJob::progress);
    QSignalSpy finished(&job, &SendJob::finished);
    const auto slot = startLongRun(QStringLiteral("send\\stop"), job, 20);
    QVERIFY(slot && job.isRunning());
    QVERIFY(progress.wait(10000));
    job.stop();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.at(0).at(0).toBool());
    const int sent = job.report().sent;
    QVERIFY(sent >= 1 && sent < 1000000);
    QCOMPARE(job.report().outcome, SendReport::Outcome::Stopped);
    const QString messages = sent == 1 ? QStringLiteral("1 message") : QStringLiteral("%1 messages").arg(sent);
    QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("Stopped after %1 to \\\\.\\mailslot\\send\\stop").arg(messages));
    QCOMPARE(drain(*slot).size(), sent); // nothing more arrives after the outcome
    job.stop(); // not running: nothing happens
    QCOMPARE(finished.count(), 1);
}

void TestSendJob::slotClosedMidRun()
{
    MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_CLOSED_SLOT_WRITES);
    SendJob job;
    QSignalSpy progress(&job, &SendJob::progress);
    QSignalSpy finished(&job, &SendJob::finished);
    auto slot = startLongRun(QStringLiteral("send\\closed"), job, 5);
    QVERIFY(slot && job.isRunning());
    QVERIFY(progress.wait(10000));
    slot.reset(); // the server closes its slot
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QCOMPARE(job.report().outcome, SendReport::Outcome::Failed);
    QCOMPARE(job.report().error.code(), quint32(kErrorFileNotFound));
    QVERIFY(job.report().sent >= 1);
    const QString text = finished.at(0).at(1).toString();
    QVERIFY2(text.startsWith(QStringLiteral("Failed after ")) && text.contains(QStringLiteral("ERROR_FILE_NOT_FOUND")),
             qPrintable(text));
}

void TestSendJob::fullQueueWaitsInTheWorker()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BOUNDED_QUEUE);
    // The writer waits in the worker thread (this thread's event loop runs) until the timeout.
    SendJob job;
    QSignalSpy finished(&job, &SendJob::finished);
    const auto slot = fullQueueRun(QStringLiteral("send\\full"), job, 100);
    QVERIFY(slot);
    QVERIFY(job.start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.report().outcome, SendReport::Outcome::Failed);
    QCOMPARE(job.report().error.code(), quint32(kErrorNotEnoughQuota));
    QVERIFY(job.report().sent > 0 && job.report().sent < 1000);
    QCOMPARE(int(slot->info().messageCount), job.report().sent);
}

void TestSendJob::stopWhileTheQueueIsFull()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BOUNDED_QUEUE);
    // Stop asked while the write waits for room: the run ends when the write gives up, as stopped.
    SendJob job;
    QSignalSpy finished(&job, &SendJob::finished);
    const auto slot = fullQueueRun(QStringLiteral("send\\fullstop"), job, 1000);
    QVERIFY(slot);
    QVERIFY(job.start());
    QTRY_VERIFY(slot->info().queueCapacity - slot->info().queuedBytes < 1024 + 32); // full: the writer waits
    job.stop();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.report().outcome, SendReport::Outcome::Stopped);
    QCOMPARE(int(slot->info().messageCount), job.report().sent);
}

void TestSendJob::destructionMidRun()
{
    MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_COUNT_STAYS_AT_1);
    std::unique_ptr<MailslotHandle> slot;
    int last = 0;
    {
        SendJob job;
        QSignalSpy progress(&job, &SendJob::progress);
        slot = startLongRun(QStringLiteral("send\\destroyed"), job, 1);
        QVERIFY(slot && job.isRunning());
        QVERIFY(progress.wait(10000));
        last = progress.last().at(0).toInt();
    } // stops the run and waits for its thread
    const int queued = int(slot->info().messageCount);
    QVERIFY(queued >= last && queued < 1000000);
    QCOMPARE(int(slot->info().messageCount), queued); // the thread is gone: nothing more arrives
}

void TestSendJob::runsAgainAfterFinishing()
{
    MailslotError error;
    auto slot = MailslotHandle::create(QStringLiteral("send\\again"), {}, &error);
    QVERIFY(slot);
    SendJob job;
    QSignalSpy finished(&job, &SendJob::finished);
    job.setTarget(QStringLiteral("send\\again"));
    job.setPayload("1");
    QVERIFY(job.start());
    QVERIFY(finished.wait(10000));
    job.setPayload("22");
    job.setCount(2);
    QVERIFY(job.start());
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.at(1).at(0).toBool());
    QCOMPARE(drain(*slot), (QList<QByteArray>{"1", "22", "22"}));
}

void TestSendJob::networkRun_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("msgType");
    QTest::addColumn<QString>("destination");
    // 0x11 DIRECT_GROUP to the workgroup for \\*, 0x10 DIRECT_UNIQUE to a computer.
    QTest::newRow("everyone, burst") << QStringLiteral("\\\\*\\mailslot\\send") << 3 << 0 << 0x11 << QStringLiteral("WG<00>");
    QTest::newRow("computer, interval") << QStringLiteral("\\\\PEER\\mailslot\\send") << 2 << 5 << 0x10 << QStringLiteral("PEER<00>");
}

void TestSendJob::networkRun()
{
#ifdef Q_OS_WIN
    QSKIP("on Windows the system writes to other computers (SendJob::goesOverNetwork)");
#endif
    QFETCH(QString, target);
    QFETCH(int, count);
    QFETCH(int, interval);
    QFETCH(int, msgType);
    QFETCH(QString, destination);
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    const quint16 port = receiver.localPort();
    QVERIFY(port != NetworkSender::kDatagramPort);
    SendJob job;
    QSignalSpy finished(&job, &SendJob::finished);
    job.setTarget(target);
    job.setPayload("net");
    job.setCount(count);
    job.setInterval(interval);
    job.setNetworkOptions(loopbackOptions(port));
    QVERIFY(job.start());
    QVERIFY(finished.wait(10000));
    const QString text = finished.at(0).at(1).toString();
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(text));
    QVERIFY(job.report().network);
    QCOMPARE(job.report().route.datagramsSent, quint64(count));
    const QString expected = QStringLiteral(" in %1 datagrams as %2 to %3 at 127.0.0.1 port %4")
                                 .arg(count)
                                 .arg(msgType == 0x11 ? QStringLiteral("directGroup") : QStringLiteral("directUnique"),
                                      destination)
                                 .arg(port);
    QVERIFY2(text.startsWith(QStringLiteral("Sent %1 messages of 3 bytes to ").arg(count)) && text.endsWith(expected),
             qPrintable(text));
    for (int i = 0; i < count; ++i) {
        if (!receiver.hasPendingDatagrams())
            QVERIFY(receiver.waitForReadyRead(5000));
        const QByteArray datagram = receiver.receiveDatagram().data();
        QCOMPARE(int(quint8(datagram.at(0))), msgType);
        QVERIFY(datagram.endsWith("net"));
    }
}

void TestSendJob::networkRefused_data()
{
    QTest::addColumn<bool>("networkOn");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("network off") << false << 10 << QStringLiteral("not enabled");
    QTest::newRow("over the limit, network off") << false << 425 << QStringLiteral("424");
    QTest::newRow("over the limit, network on") << true << 425 << QStringLiteral("424");
}

void TestSendJob::networkRefused()
{
#ifdef Q_OS_WIN
    QSKIP("on Windows the system writes to other computers (SendJob::goesOverNetwork)");
#endif
    QFETCH(bool, networkOn);
    QFETCH(int, size);
    QFETCH(QString, mentions);
    SendJob job;
    QSignalSpy finished(&job, &SendJob::finished);
    job.setTarget(QStringLiteral("\\\\*\\mailslot\\refused"));
    job.setPayload(QByteArray(size, 'x'));
    if (networkOn)
        job.setNetworkOptions(loopbackOptions(9));
    QVERIFY(job.start());
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QCOMPARE(job.report().error.code(), quint32(kErrorBadNetpath));
    QCOMPARE(job.report().sent, 0);
    const QString text = finished.at(0).at(1).toString();
    QVERIFY2(text.contains(mentions) && text.contains(QStringLiteral("ERROR_BAD_NETPATH")), qPrintable(text));
}

void TestSendJob::networkTurnedOffMidRun()
{
#ifdef Q_OS_WIN
    QSKIP("on Windows the system writes to other computers (SendJob::goesOverNetwork)");
#endif
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    SendJob job;
    QSignalSpy progress(&job, &SendJob::progress);
    QSignalSpy finished(&job, &SendJob::finished);
    job.setTarget(QStringLiteral("\\\\*\\mailslot\\off"));
    job.setPayload("o");
    job.setCount(1000000);
    job.setInterval(20);
    job.setNetworkOptions(loopbackOptions(receiver.localPort()));
    QVERIFY(job.start());
    QVERIFY(progress.wait(10000));
    job.networkTurnedOff();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.report().outcome, SendReport::Outcome::NetworkOff);
    const QString text = finished.at(0).at(1).toString();
    QVERIFY2(text.startsWith(QStringLiteral("Stopped after ")) && text.endsWith(QStringLiteral(": the network was turned off")),
             qPrintable(text));

    // A local run does not care.
    MailslotError error;
    auto slot = MailslotHandle::create(QStringLiteral("send\\local"), {}, &error);
    QVERIFY(slot);
    job.setTarget(QStringLiteral("send\\local"));
    job.setCount(2);
    job.setInterval(20);
    QVERIFY(job.start());
    job.networkTurnedOff();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.report().outcome, SendReport::Outcome::Sent);
}

QTEST_GUILESS_MAIN(TestSendJob)
#include "tst_sendjob.moc"
