// Local mailslots' reads and writes against the Win32 rules (ReadFile, WriteFile, GetMailslotInfo,
// SetMailslotInfo), in one process: the figures, read timeouts, message sizes, the queue and its
// order. A slot's names, lifetime and namespace are in tst_mailslothandle. See the README's
// "Semantics" section.
#include "core/slots/mailslothandle.h"
#include "tests/common/windowsdeviation.h"
#include "core/slots/mailslotregistry.h"
#include "core/slots/mailslotwriter.h"
#include "core/platform/win32error.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <unistd.h>

using namespace mailslot::platform;

class TestMailslotReadWrite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createReportsInfo_data();
    void createReportsInfo();
    void windowsInfoSequence();
    void smallBufferKeepsMessage();
    void emptyReadTimesOut_data();
    void emptyReadTimesOut();
    void readWaitsForWriter();
    void setReadTimeout_data();
    void setReadTimeout();
    void maxMessageSize_data();
    void maxMessageSize();
    void fifoAcrossWrapAround();
    void fullQueueMakesWriterWait();
    void messageLargerThanQueue();
    void concurrentWritersLoseNothing();

private:
    QString uniqueName(const char *tag);

    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestMailslotReadWrite::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("MAILSLOT_RUNTIME_DIR", QString(m_dir.path() + QStringLiteral("/ns")).toLocal8Bit());
}

QString TestMailslotReadWrite::uniqueName(const char *tag)
{
    return QStringLiteral("\\\\.\\mailslot\\test\\%1_%2").arg(QLatin1String(tag)).arg(++m_counter);
}

void TestMailslotReadWrite::createReportsInfo_data()
{
    QTest::addColumn<quint32>("maxSize");
    QTest::addColumn<quint32>("timeout");
    QTest::newRow("any size, immediate") << 0u << 0u;
    QTest::newRow("424, 300 ms") << 424u << 300u;
    QTest::newRow("forever") << 0u << kMailslotWaitForever;
    QTest::newRow("odd values -1/-1") << 0xFFFFFFFFu << 0xFFFFFFFFu;
}

void TestMailslotReadWrite::createReportsInfo()
{
    QFETCH(quint32, maxSize);
    QFETCH(quint32, timeout);
    MailslotError error;
    auto slot = MailslotHandle::create(uniqueName("info"), {maxSize, timeout}, &error);
    QVERIFY2(slot, qPrintable(error.toString()));
    const MailslotInfo info = slot->info();
    QCOMPARE(info.maxMessageSize, maxSize);
    QCOMPARE(info.readTimeout, timeout);
    QCOMPARE(info.nextSize, MailslotInfo::kNoMessage);
    QCOMPARE(info.messageCount, 0u);
    QCOMPARE(info.pid, qint64(getpid()));
    QVERIFY(qAbs(info.created.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);
#ifdef Q_OS_WIN
    QCOMPARE(info.queueCapacity, quint64(0)); // the system's queue: no capacity of ours
#else
    QCOMPARE(info.queueCapacity, quint64(kDefaultQueueCapacity));
#endif
}

// The sequence Wine's conformance tests observe on Windows: 'a', 'bc', then an empty message.
void TestMailslotReadWrite::windowsInfoSequence()
{
    MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_COUNT_STAYS_AT_1);
    MailslotError error;
    const QString name = uniqueName("sequence");
    auto slot = MailslotHandle::create(name, {}, &error);
    QVERIFY(slot);
    auto writer = MailslotWriter::open(name, &error);
    QVERIFY2(writer, qPrintable(error.toString()));

    QVERIFY(!writer->write("a"));
    QCOMPARE(slot->info().nextSize, 1u);
    QCOMPARE(slot->info().messageCount, 1u);
    QVERIFY(!writer->write("bc"));
    QCOMPARE(slot->info().nextSize, 1u);
    QCOMPARE(slot->info().messageCount, 2u);
    QVERIFY(!writer->write(QByteArrayView()));
    QCOMPARE(slot->info().nextSize, 1u);
    QCOMPARE(slot->info().messageCount, 3u);

    QByteArray message;
    QVERIFY(!slot->read(&message));
    QCOMPARE(message, QByteArray("a"));
    QCOMPARE(slot->info().nextSize, 2u);
    QCOMPARE(slot->info().messageCount, 2u);
    QVERIFY(!slot->read(&message));
    QCOMPARE(message, QByteArray("bc"));
    QCOMPARE(slot->info().nextSize, 0u); // a zero-length message is waiting
    QCOMPARE(slot->info().messageCount, 1u);
    message = "stale";
    QVERIFY(!slot->read(&message));
    QVERIFY(message.isEmpty());
    QCOMPARE(slot->info().nextSize, MailslotInfo::kNoMessage);
    QCOMPARE(slot->info().messageCount, 0u);
    QCOMPARE(slot->info().totalMessages, quint64(3));
    QCOMPARE(slot->info().totalBytes, quint64(3));
}

void TestMailslotReadWrite::smallBufferKeepsMessage()
{
    MailslotError error;
    const QString name = uniqueName("small");
    auto slot = MailslotHandle::create(name, {}, &error);
    QVERIFY(!MailslotRegistry().send(name, "hello"));
    QByteArray message;
    error = slot->read(&message, 3);
    QCOMPARE(error.code(), quint32(kErrorInsufficientBuffer));
    QCOMPARE(error.size(), quint64(5));
    QVERIFY(message.isEmpty());
    QCOMPARE(slot->info().messageCount, 1u);
    QCOMPARE(slot->info().nextSize, 5u);
    QVERIFY(!slot->read(&message, 5));
    QCOMPARE(message, QByteArray("hello"));
    QCOMPARE(slot->info().messageCount, 0u);
}

void TestMailslotReadWrite::emptyReadTimesOut_data()
{
    QTest::addColumn<quint32>("timeout");
    QTest::newRow("0 ms: at once") << 0u;
    QTest::newRow("150 ms") << 150u;
}

void TestMailslotReadWrite::emptyReadTimesOut()
{
    QFETCH(quint32, timeout);
    MailslotError error;
    auto slot = MailslotHandle::create(uniqueName("timeout"), {0, timeout}, &error);
    QElapsedTimer clock;
    clock.start();
    QByteArray message;
    error = slot->read(&message);
    QCOMPARE(error.code(), quint32(kErrorSemTimeout));
    QCOMPARE(error.codeName(), QStringLiteral("ERROR_SEM_TIMEOUT"));
    // It waited for the timeout (a lower bound: semantics, not speed).
    QVERIFY(clock.elapsed() >= qint64(timeout) - 5);
}

void TestMailslotReadWrite::readWaitsForWriter()
{
    MailslotError error;
    const QString name = uniqueName("forever");
    auto slot = MailslotHandle::create(name, {0, kMailslotWaitForever}, &error);
    std::thread writer([name] {
        // The reader is blocked in read() by now or soon; either way it must get the message.
        MailslotRegistry().send(name, "late");
    });
    QByteArray message;
    QVERIFY(!slot->read(&message));
    writer.join();
    QCOMPARE(message, QByteArray("late"));
}

void TestMailslotReadWrite::setReadTimeout_data()
{
    QTest::addColumn<quint32>("timeout");
    QTest::newRow("0") << 0u;
    QTest::newRow("1000") << 1000u;
    QTest::newRow("forever") << kMailslotWaitForever;
}

void TestMailslotReadWrite::setReadTimeout()
{
    QFETCH(quint32, timeout);
    MailslotError error;
    const QString name = uniqueName("settimeout");
    auto slot = MailslotHandle::create(name, {0, 42}, &error);
    slot->setReadTimeout(timeout);
    QCOMPARE(slot->info().readTimeout, timeout);
    // Another process (here: another handle on the namespace) sees the same.
    QCOMPARE(MailslotRegistry().query(name).readTimeout, timeout);
}

void TestMailslotReadWrite::maxMessageSize_data()
{
    QTest::addColumn<quint32>("maxSize");
    QTest::addColumn<int>("size");
    QTest::addColumn<quint32>("expected");
    QTest::newRow("under") << 4u << 3 << quint32(kErrorSuccess);
    QTest::newRow("exact") << 4u << 4 << quint32(kErrorSuccess);
    QTest::newRow("over") << 4u << 7 << quint32(kErrorMessageExceedsMaxSize);
    QTest::newRow("424 over") << 424u << 425 << quint32(kErrorMessageExceedsMaxSize);
    QTest::newRow("any size") << 0u << 100000 << quint32(kErrorSuccess);
    QTest::newRow("empty under any max") << 1u << 0 << quint32(kErrorSuccess);
}

void TestMailslotReadWrite::maxMessageSize()
{
    QFETCH(quint32, maxSize);
    QFETCH(int, size);
    QFETCH(quint32, expected);
    MailslotError error;
    const QString name = uniqueName("max");
    auto slot = MailslotHandle::create(name, {maxSize, 0}, &error);
    const MailslotError result = MailslotRegistry().send(name, QByteArray(size, 'x'));
    QCOMPARE(result.code(), expected);
    if (expected != kErrorSuccess) {
        // Nothing was queued, and the message says both sizes.
        QCOMPARE(slot->info().messageCount, 0u);
        QVERIFY(result.message().contains(QString::number(size)));
        QVERIFY(result.message().contains(QString::number(maxSize)));
    } else {
        QByteArray message;
        QVERIFY(!slot->read(&message));
        QCOMPARE(message.size(), size);
    }
}

void TestMailslotReadWrite::fifoAcrossWrapAround()
{
    MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_COUNT_STAYS_AT_1);
    // A small queue (64 KiB) and messages of many sizes: the ring wraps many times.
    MailslotError error;
    const QString name = uniqueName("wrap");
    auto slot = MailslotHandle::create(name, {0, 0, 64 * 1024}, &error);
    QVERIFY(slot);
    auto writer = MailslotWriter::open(name, &error);
    int written = 0;
    int read = 0;
    auto writeOne = [&] {
        const int size = (written * 977) % 6000;
        QByteArray payload(size, char('a' + written % 26));
        payload.prepend(QByteArray::number(written) + ':');
        ++written;
        return !writer->write(payload, 0);
    };
    // Reading lags two messages behind writing, so that the queue is never empty at a wrap.
    QVERIFY(writeOne());
    QVERIFY(writeOne());
    for (int round = 0; round < 300; ++round) {
        for (int i = 0; i < 5; ++i)
            QVERIFY(writeOne());
        for (int i = 0; i < 5; ++i, ++read) {
            QByteArray message;
            QVERIFY(!slot->read(&message));
            QVERIFY2(message.startsWith(QByteArray::number(read) + ':'), message.left(20).constData());
        }
    }
    QCOMPARE(slot->info().messageCount, quint32(written - read));
    while (read < written) {
        QByteArray message;
        QVERIFY(!slot->read(&message));
        QVERIFY(message.startsWith(QByteArray::number(read++) + ':'));
    }
    QCOMPARE(slot->info().nextSize, MailslotInfo::kNoMessage);
}

void TestMailslotReadWrite::fullQueueMakesWriterWait()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BOUNDED_QUEUE);
    MailslotError error;
    const QString name = uniqueName("full");
    auto slot = MailslotHandle::create(name, {0, 0, 64 * 1024}, &error);
    auto writer = MailslotWriter::open(name, &error);
    const QByteArray chunk(8000, 'f');
    int queued = 0;
    while (!writer->write(chunk, 0))
        ++queued;
    QVERIFY(queued >= 7);
    // Full: a write without patience fails clearly and queues nothing...
    error = writer->write(chunk, 0);
    QCOMPARE(error.code(), quint32(kErrorNotEnoughQuota));
    QCOMPARE(slot->info().messageCount, quint32(queued));
    // ...and a patient writer waits until the reader makes room.
    std::atomic<bool> done{false};
    MailslotError late;
    std::thread patient([&] {
        late = writer->write("after the wait", kMailslotWaitForever);
        done = true;
    });
    QByteArray message;
    QVERIFY(!slot->read(&message));
    patient.join();
    QVERIFY2(!late, qPrintable(late.toString()));
    QCOMPARE(slot->info().messageCount, quint32(queued));
    for (int i = 0; i < queued - 1; ++i)
        QVERIFY(!slot->read(&message));
    QVERIFY(!slot->read(&message));
    QCOMPARE(message, QByteArray("after the wait"));
}

void TestMailslotReadWrite::messageLargerThanQueue()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BOUNDED_QUEUE);
    MailslotError error;
    const QString name = uniqueName("huge");
    auto slot = MailslotHandle::create(name, {0, 0, 64 * 1024}, &error);
    error = MailslotRegistry().send(name, QByteArray(70000, 'h'));
    QCOMPARE(error.code(), quint32(kErrorNotEnoughQuota));
    QVERIFY(error.message().contains(QStringLiteral("70000")));
    QCOMPARE(slot->info().messageCount, 0u);
}

void TestMailslotReadWrite::concurrentWritersLoseNothing()
{
    constexpr int kWriters = 4;
    constexpr int kPerWriter = 20000;
    MailslotError error;
    const QString name = uniqueName("concurrent");
    // A small queue, so that writers really wait for the reader.
    auto slot = MailslotHandle::create(name, {0, kMailslotWaitForever, 64 * 1024}, &error);
    std::vector<std::thread> writers;
    std::atomic<int> failures{0};
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            MailslotError e;
            auto writer = MailslotWriter::open(name, &e);
            if (!writer) {
                failures += kPerWriter;
                return;
            }
            for (int i = 0; i < kPerWriter; ++i) {
                const QByteArray payload = QByteArray::number(w) + ' ' + QByteArray::number(i) + ' '
                    + QByteArray(i % 300, 'p');
                if (writer->write(payload, kMailslotWaitForever))
                    ++failures;
            }
        });
    }
    std::vector<int> next(kWriters, 0);
    int duplicatesOrGaps = 0;
    for (int n = 0; n < kWriters * kPerWriter; ++n) {
        QByteArray message;
        if (slot->read(&message)) {
            ++duplicatesOrGaps;
            break;
        }
        const QList<QByteArray> parts = message.split(' ');
        const int w = parts.value(0).toInt();
        const int i = parts.value(1).toInt();
        if (w < 0 || w >= kWriters || i != next[w])
            ++duplicatesOrGaps;
        else
            ++next[w];
    }
    for (auto &t : writers)
        t.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(duplicatesOrGaps, 0);
    for (int w = 0; w < kWriters; ++w)
        QCOMPARE(next[w], kPerWriter);
    QCOMPARE(slot->info().messageCount, 0u);
}

QTEST_GUILESS_MAIN(TestMailslotReadWrite)
#include "tst_mailslotreadwrite.moc"
