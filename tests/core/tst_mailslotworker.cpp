// MailslotWorker over a scripted ServerSlot: what the worker does with the back-end's answers
// (batches, hold mode, a slot that fails), independent of any real back-end.
#include "core/slots/mailslotworker.h"
#include "core/platform/slotbackend.h"

#include <QSignalSpy>
#include <QTest>

#include <deque>
#include <thread>
#include <unistd.h>

using namespace mailslot::platform;

namespace {

// A ServerSlot whose queue and failures the test controls; its readiness handle is a pipe.
class ScriptedSlot : public ServerSlot
{
public:
    ScriptedSlot()
    {
        if (::pipe(m_pipe) != 0)
            qFatal("pipe failed");
    }
    ~ScriptedSlot() override
    {
        ::close(m_pipe[0]);
        ::close(m_pipe[1]);
    }

    // Queues a message and rings the readiness handle, as a writer would.
    void write(const std::string &payload)
    {
        m_queue.push_back(payload);
        ring();
    }
    void ring()
    {
        const char byte = 1;
        QVERIFY(::write(m_pipe[1], &byte, 1) == 1);
    }
    // From now on readAvailable() hands over at most `left` more messages, then fails.
    void failAfter(int left) { m_failAfter = left; }
    int readCalls() const { return m_readCalls; }

    const std::string &name() const override { return m_name; }
    SlotError read(void *, std::uint32_t, std::uint32_t *) override { return {kErrorSemTimeout, {}}; }
    std::size_t readAvailable(const Sink &sink, std::size_t maxMessages, std::size_t, SlotError *error) override
    {
        ++m_readCalls;
        *error = {};
        std::size_t n = 0;
        while (!m_queue.empty() && n < maxMessages) {
            if (m_failAfter == 0) {
                *error = {kErrorGenFailure, "slot lock unusable"};
                return n;
            }
            if (m_failAfter > 0)
                --m_failAfter;
            const std::string &front = m_queue.front();
            sink(reinterpret_cast<const std::uint8_t *>(front.data()), std::uint32_t(front.size()), 1000);
            m_queue.pop_front();
            ++n;
        }
        return n;
    }
    SlotInfo info() const override
    {
        SlotInfo i;
        i.messageCount = std::uint32_t(m_queue.size());
        i.nextSize = m_queue.empty() ? kMailslotNoMessage : std::uint32_t(m_queue.front().size());
        return i;
    }
    SlotStatus status() const override
    {
        SlotStatus s;
        s.name = m_name;
        s.info = info();
        return s;
    }
    void setReadTimeout(std::uint32_t) override {}
    std::intptr_t readinessHandle() const override { return m_pipe[0]; }
    void acknowledgeReadiness() override
    {
        char buffer[64];
        while (::read(m_pipe[0], buffer, sizeof buffer) == sizeof buffer) {
        }
    }
    void armReadiness() override {}

private:
    std::string m_name = "\\\\.\\mailslot\\scripted";
    int m_pipe[2] = {-1, -1};
    std::deque<std::string> m_queue;
    int m_failAfter = -1; // -1: never fails
    int m_readCalls = 0;
};

QStringList payloads(const QSignalSpy &spy)
{
    QStringList all;
    for (const QList<QVariant> &emission : spy)
        for (const StreamRow &m : emission.at(0).value<StreamRowList>())
            all.append(QString::fromLatin1(m.payload));
    return all;
}

} // namespace

class TestMailslotWorker : public QObject
{
    Q_OBJECT

private slots:
    void deliversInOrder();
    void pacedBatchesWaitForTheConsumer();
    void batchConsumedInTheConsumersThread();
    void failingSlot_data();
    void failingSlot();
};

void TestMailslotWorker::deliversInOrder()
{
    auto slot = std::make_shared<ScriptedSlot>();
    MailslotWorker worker(QStringLiteral("scripted"), slot);
    QSignalSpy messages(&worker, &MailslotWorker::messagesReceived);
    QSignalSpy errors(&worker, &MailslotWorker::errorOccurred);
    worker.start(false);
    slot->write("one");
    slot->write("two");
    QVERIFY(messages.wait(5000));
    slot->write("three");
    QTRY_COMPARE(payloads(messages), QStringList({"one", "two", "three"}));
    QCOMPARE(errors.count(), 0);
}

void TestMailslotWorker::pacedBatchesWaitForTheConsumer()
{
    // A paced worker reads nothing while its last batch is out: what arrives meanwhile goes out
    // in one batch once the consumer says it is done, its payloads in one shared block.
    auto slot = std::make_shared<ScriptedSlot>();
    MailslotWorker worker(QStringLiteral("scripted"), slot, true);
    QSignalSpy messages(&worker, &MailslotWorker::messagesReceived);
    worker.start(false);
    slot->write("one");
    QVERIFY(messages.wait(5000));
    const int callsAfterFirst = slot->readCalls();
    slot->write("two");
    slot->write("three");
    QCoreApplication::processEvents(); // the readiness handle fires: the worker must not read
    QCoreApplication::processEvents();
    QCOMPARE(messages.count(), 1);
    QCOMPARE(slot->readCalls(), callsAfterFirst);

    worker.batchConsumed();
    QCOMPARE(messages.count(), 2);
    QCOMPARE(payloads(messages), QStringList({"one", "two", "three"}));
    const StreamRowList second = messages.at(1).at(0).value<StreamRowList>();
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.at(1).payload.constData(), second.at(0).payload.constData() + second.at(0).payload.size());
    QCOMPARE(second.at(0).slot, QStringLiteral("scripted"));
    QCOMPARE(second.at(0).timeNs, qint64(1000) * 1000000);
}

void TestMailslotWorker::batchConsumedInTheConsumersThread()
{
    // The consumer says it is done from its own thread: a drain that waited for it is queued to
    // the worker's thread (and runs there), one that did not wait leaves the next drain free.
    auto slot = std::make_shared<ScriptedSlot>();
    MailslotWorker worker(QStringLiteral("scripted"), slot, true);
    QSignalSpy messages(&worker, &MailslotWorker::messagesReceived);
    worker.start(false);
    slot->write("one");
    QVERIFY(messages.wait(5000));
    std::thread([&worker] { worker.batchConsumed(); }).join(); // nothing waited
    slot->write("two");
    QVERIFY(messages.wait(5000)); // read at once: the batch was consumed
    slot->write("three");
    QCoreApplication::processEvents(); // the worker sees the slot readable and waits
    QCOMPARE(messages.count(), 2);
    std::thread([&worker] { worker.batchConsumed(); }).join();
    QCOMPARE(messages.count(), 2); // not drained in the consumer's thread
    QVERIFY(messages.wait(5000));
    QCOMPARE(payloads(messages), QStringList({"one", "two", "three"}));
}

void TestMailslotWorker::failingSlot_data()
{
    QTest::addColumn<int>("readBeforeFailure");
    QTest::addColumn<QStringList>("delivered");
    QTest::newRow("fails at once") << 0 << QStringList();
    QTest::newRow("fails after one") << 1 << QStringList({"a"});
    QTest::newRow("fails after two") << 2 << QStringList({"a", "b"});
}

void TestMailslotWorker::failingSlot()
{
    // A slot that cannot be read any more: what was read before is delivered, the error is
    // reported once with its Win32 code, and the worker stops listening (a readiness handle
    // that keeps firing must not spin the thread or repeat the error).
    QFETCH(int, readBeforeFailure);
    QFETCH(QStringList, delivered);
    auto slot = std::make_shared<ScriptedSlot>();
    MailslotWorker worker(QStringLiteral("scripted"), slot);
    QSignalSpy messages(&worker, &MailslotWorker::messagesReceived);
    QSignalSpy errors(&worker, &MailslotWorker::errorOccurred);
    worker.start(false);
    slot->failAfter(readBeforeFailure);
    slot->write("a");
    slot->write("b");
    slot->write("c");
    QVERIFY(errors.wait(5000));
    QCOMPARE(payloads(messages), delivered);
    const MailslotError error = errors.at(0).at(0).value<MailslotError>();
    QCOMPARE(error.code(), quint32(kErrorGenFailure));

    const int callsAtError = slot->readCalls();
    slot->ring();
    slot->ring();
    QCoreApplication::processEvents(); // a live notifier would fire now: the pipe is readable
    QCoreApplication::processEvents();
    QCOMPARE(slot->readCalls(), callsAtError);
    QCOMPARE(errors.count(), 1);
}

QTEST_GUILESS_MAIN(TestMailslotWorker)
#include "tst_mailslotworker.moc"
