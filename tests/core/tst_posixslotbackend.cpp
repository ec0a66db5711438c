// PosixSlotBackend: what only the POSIX back-end can show: crashed servers, crashed writers,
// the namespace directory's ownership and mode.
#include "core/platform/posixslotbackend.h"
#include "core/platform/posixslotfile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <future>
#include <mutex>
#include <vector>
#include <thread>

#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace mailslot::platform;

class TestPosixSlotBackend : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void crashedServerIsReclaimed();
    void writerDyingInsideLock();
    void serverOutlivesItsCreatingThread();
    void namespaceModeIsRepaired();
    void namespaceOfAnotherUserIsRefused();
    void namespaceSymlinkIsRefused();
    void queueCapacityLimits_data();
    void queueCapacityLimits();
    void writersGoOnWhileTheReaderCopies();
    void readInProgressDoesNotRefuseWrites();
    void readersOfOneSlotShareNothing();
    void readinessCoversWritesDuringARead_data();
    void readinessCoversWritesDuringARead();

private:
    std::string nsDir() const { return (m_dir->path() + QStringLiteral("/ns")).toStdString(); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPosixSlotBackend::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPosixSlotBackend::crashedServerIsReclaimed()
{
    const std::string name = R"(\\.\mailslot\crash)";
    int ready[2];
    QCOMPARE(pipe(ready), 0);
    const pid_t child = fork();
    if (child == 0) {
        PosixSlotBackend backend(nsDir());
        std::unique_ptr<ServerSlot> server;
        const char ok = backend.create(name, {}, &server) ? 'n' : 'y';
        [[maybe_unused]] auto n = write(ready[1], &ok, 1);
        pause(); // until SIGKILL
        _exit(0);
    }
    char ok = 0;
    QCOMPARE(read(ready[0], &ok, 1), 1);
    QCOMPARE(ok, 'y');
    PosixSlotBackend backend(nsDir());
    std::unique_ptr<ClientSlot> client;
    QVERIFY(!backend.open(name, &client));
    QVERIFY(!client->write("queued", 6, 0));
    SlotStatus status;
    QVERIFY(!backend.query(name, &status));
    QCOMPARE(status.pid, std::int64_t(child));
    QCOMPARE(status.info.messageCount, 1u);

    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    // Writers learn at once that the server is gone; nobody sees the slot any more.
    QCOMPARE(client->write("lost", 4, 0).code, std::uint32_t(kErrorFileNotFound));
    std::unique_ptr<ClientSlot> late;
    QCOMPARE(backend.open(name, &late).code, std::uint32_t(kErrorFileNotFound));
    QCOMPARE(backend.query(name, &status).code, std::uint32_t(kErrorFileNotFound));
    std::vector<SlotStatus> all;
    QVERIFY(!backend.list(&all));
    QVERIFY(all.empty());
    // And the name can be served again at once, with none of the dead server's messages.
    std::unique_ptr<ServerSlot> server;
    const SlotError e = backend.create(name, {}, &server);
    QVERIFY2(!e, e.detail.c_str());
    QCOMPARE(server->info().messageCount, 0u);
    close(ready[0]);
    close(ready[1]);
}

void TestPosixSlotBackend::serverOutlivesItsCreatingThread()
{
    // Writers see a live server without asking the system while the server lives; that proof
    // must not end with the thread that created the slot, only with the slot or its process.
    const std::string name = R"(\\.\mailslot\thread)";
    PosixSlotBackend backend(nsDir());
    std::unique_ptr<ServerSlot> server;
    SlotError created;
    std::thread([&] { created = backend.create(name, {}, &server); }).join();
    QVERIFY2(!created, created.detail.c_str());
    std::unique_ptr<ClientSlot> client;
    QVERIFY(!backend.open(name, &client));
    for (int i = 0; i < 3; ++i)
        QVERIFY(!client->write("alive", 5, 0));
    QCOMPARE(server->info().messageCount, 3u);
    server.reset();
    for (int i = 0; i < 2; ++i)
        QCOMPARE(client->write("closed", 6, 0).code, std::uint32_t(kErrorFileNotFound));
}

void TestPosixSlotBackend::writerDyingInsideLock()
{
    const std::string name = R"(\\.\mailslot\robust)";
    PosixSlotBackend backend(nsDir());
    std::unique_ptr<ServerSlot> server;
    QVERIFY(!backend.create(name, {}, &server));
    std::unique_ptr<ClientSlot> client;
    QVERIFY(!backend.open(name, &client));
    QVERIFY(!client->write("before", 6, 0));
    const pid_t child = fork();
    if (child == 0) {
        PosixSlotFile file;
        if (!file.openExisting(PosixSlotFile::slotPath(nsDir(), name), false))
            file.lock(); // and die holding it
        _exit(0);
    }
    waitpid(child, nullptr, 0);
    // The lock is recovered, the queue is intact, and writing and reading go on.
    QVERIFY(!client->write("after", 5, 1000));
    QCOMPARE(server->info().messageCount, 2u);
    char buffer[16];
    std::uint32_t size = 0;
    QVERIFY(!server->read(buffer, sizeof buffer, &size));
    QCOMPARE(QByteArray(buffer, int(size)), QByteArray("before"));
    QVERIFY(!server->read(buffer, sizeof buffer, &size));
    QCOMPARE(QByteArray(buffer, int(size)), QByteArray("after"));
}

void TestPosixSlotBackend::namespaceModeIsRepaired()
{
    QVERIFY(QDir().mkpath(QString::fromStdString(nsDir())));
    chmod(nsDir().c_str(), 0755);
    PosixSlotBackend backend(nsDir());
    std::unique_ptr<ServerSlot> server;
    QVERIFY(!backend.create(R"(\\.\mailslot\mode)", {}, &server));
    struct stat st{};
    QCOMPARE(stat(nsDir().c_str(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0700u);
}

void TestPosixSlotBackend::namespaceOfAnotherUserIsRefused()
{
    if (geteuid() != 0)
        QSKIP("needs root to give a directory to another user (CI runs as root)");
    QVERIFY(QDir().mkpath(QString::fromStdString(nsDir())));
    QCOMPARE(chown(nsDir().c_str(), 65534, 65534), 0);
    PosixSlotBackend backend(nsDir());
    std::unique_ptr<ServerSlot> server;
    const SlotError e = backend.create(R"(\\.\mailslot\foreign)", {}, &server);
    QCOMPARE(e.code, std::uint32_t(kErrorAccessDenied));
    QVERIFY(e.detail.find("another user") != std::string::npos);
    std::vector<SlotStatus> all;
    QCOMPARE(backend.list(&all).code, std::uint32_t(kErrorAccessDenied));
}

void TestPosixSlotBackend::namespaceSymlinkIsRefused()
{
    const QString target = m_dir->path() + QStringLiteral("/elsewhere");
    QVERIFY(QDir().mkpath(target));
    QVERIFY(QFile::link(target, QString::fromStdString(nsDir())));
    PosixSlotBackend backend(nsDir());
    std::unique_ptr<ServerSlot> server;
    QCOMPARE(backend.create(R"(\\.\mailslot\link)", {}, &server).code, std::uint32_t(kErrorAccessDenied));
    QVERIFY(QDir(target).isEmpty());
}

void TestPosixSlotBackend::queueCapacityLimits_data()
{
    QTest::addColumn<quint64>("capacity");
    QTest::addColumn<quint32>("code");
    QTest::newRow("too small") << quint64(1024) << quint32(kErrorInvalidParameter);
    QTest::newRow("minimum") << quint64(kMinQueueCapacity) << quint32(kErrorSuccess);
    QTest::newRow("default") << quint64(kDefaultQueueCapacity) << quint32(kErrorSuccess);
    QTest::newRow("too large") << quint64(kMaxQueueCapacity + 1) << quint32(kErrorInvalidParameter);
}

void TestPosixSlotBackend::queueCapacityLimits()
{
    QFETCH(quint64, capacity);
    QFETCH(quint32, code);
    PosixSlotBackend backend(nsDir());
    std::unique_ptr<ServerSlot> server;
    SlotOptions options;
    options.queueCapacity = capacity;
    QCOMPARE(backend.create(R"(\\.\mailslot\cap)", options, &server).code, code);
}

// readAvailable() hands messages over after releasing the slot lock, straight from the queue: writers
// go on meanwhile, into free space only (the messages being handed over stay intact even when the
// queue fills up), GetMailslotInfo counts only what is still queued, and a writer that waited for
// room is woken when the handed-over messages' space is given back. (Written from the copy itself,
// a write that needs that space cannot have it: it waits a bounded time for the read to end, and is
// refused.)
void TestPosixSlotBackend::writersGoOnWhileTheReaderCopies()
{
    const std::string name = R"(\\.\mailslot\copying)";
    PosixSlotBackend backend(nsDir());
    std::unique_ptr<ServerSlot> server;
    SlotOptions options;
    options.queueCapacity = kMinQueueCapacity;
    QVERIFY(!backend.create(name, options, &server));
    std::unique_ptr<ClientSlot> client;
    QVERIFY(!backend.open(name, &client));
    const QByteArray first(1000, 'a');
    const QByteArray second(3000, 'b');
    QVERIFY(!client->write(first.constData(), std::uint32_t(first.size()), 0));
    QVERIFY(!client->write(second.constData(), std::uint32_t(second.size()), 0));
    QByteArray next(2000, 'c');
    int writtenDuring = 0;
    std::uint32_t fullCode = 0;
    std::uint32_t countDuring = 0;
    std::thread waiter;
    SlotError waiterResult{kErrorGenFailure, "never ran"};
    QList<QByteArray> got;
    SlotError error;
    const std::size_t n = server->readAvailable(
        [&](const std::uint8_t *data, std::uint32_t size, std::int64_t) {
            if (got.isEmpty()) {
                SlotError full;
                while (!(full = client->write(next.constData(), std::uint32_t(next.size()), 0)))
                    ++writtenDuring;
                fullCode = full.code;
                countDuring = server->info().messageCount;
                waiter = std::thread([&] { waiterResult = client->write("waited", 6, 10000); });
            }
            got.append(QByteArray(reinterpret_cast<const char *>(data), int(size)));
        },
        100, 1u << 20, &error);
    QVERIFY(!error);
    QCOMPARE(n, std::size_t(2));
    QCOMPARE(got.value(0), first);
    QCOMPARE(got.value(1), second);
    QCOMPARE(fullCode, std::uint32_t(kErrorNotEnoughQuota));
    QVERIFY(writtenDuring > 0);
    QCOMPARE(countDuring, std::uint32_t(writtenDuring));
    waiter.join();
    QVERIFY2(!waiterResult, waiterResult.detail.c_str());
    got.clear();
    QCOMPARE(server->readAvailable([&](const std::uint8_t *data, std::uint32_t size,
                                       std::int64_t) { got.append(QByteArray(reinterpret_cast<const char *>(data), int(size))); },
                                   1000, 1u << 20, &error),
             std::size_t(writtenDuring + 1));
    for (int i = 0; i < writtenDuring; ++i)
        QCOMPARE(got.value(i), next);
    QCOMPARE(got.value(writtenDuring), QByteArray("waited"));
    QCOMPARE(server->info().messageCount, 0u);
}

// A read that takes every queued message lets writers go on at offset 0 when there is room before
// it (the queue stays on a few pages). Writers that fill that room while the reader still copies
// wait for the copy to end, even those that may not wait (timeout 0, as the network bridge writes):
// the queue is far from full, so no message may be refused for it.
void TestPosixSlotBackend::readInProgressDoesNotRefuseWrites()
{
    const std::string name = R"(\\.\mailslot\rewound)";
    PosixSlotBackend backend(nsDir());
    std::unique_ptr<ServerSlot> server;
    SlotOptions options;
    options.queueCapacity = 1024 * 1024;
    QVERIFY(!backend.create(name, options, &server));
    std::unique_ptr<ClientSlot> client;
    QVERIFY(!backend.open(name, &client));
    const QByteArray message(1000, 'm'); // 1,024 bytes in the ring
    for (int i = 0; i < 450; ++i)
        QVERIFY(!client->write(message.constData(), std::uint32_t(message.size()), 0));
    SlotError error;
    const auto drop = [](const std::uint8_t *, std::uint32_t, std::int64_t) {};
    QCOMPARE(server->readAvailable(drop, 400, 1u << 30, &error), std::size_t(400));
    // The last 50 are claimed; the 400 records' room before them is the writers' while they are copied.
    constexpr int kFitInFront = 400;
    constexpr int kWrites = 600; // fit in the queue, not in the room before the claim
    std::mutex mutex;
    std::condition_variable progressed;
    int written = 0;
    bool finished = false;
    std::promise<SlotError> writerDone;
    std::future<SlotError> result = writerDone.get_future();
    std::thread writer;
    std::future_status whileCopying = std::future_status::deferred;
    const std::size_t claimed = server->readAvailable(
        [&](const std::uint8_t *, std::uint32_t, std::int64_t) {
            if (writer.joinable())
                return;
            writer = std::thread([&] {
                SlotError e;
                for (int i = 0; i < kWrites && !e; ++i) {
                    e = client->write(message.constData(), std::uint32_t(message.size()), 0);
                    const std::lock_guard<std::mutex> lock(mutex);
                    written += e ? 0 : 1;
                    finished = finished || e || i + 1 == kWrites;
                    progressed.notify_all();
                }
                writerDone.set_value(e);
            });
            std::unique_lock<std::mutex> lock(mutex);
            progressed.wait(lock, [&] { return written >= kFitInFront || finished; });
            lock.unlock();
            // The next write does not fit before the claim: refused at once (the defect), or waiting.
            whileCopying = result.wait_for(std::chrono::milliseconds(50));
        },
        1000, 1u << 30, &error);
    QCOMPARE(claimed, std::size_t(50));
    writer.join();
    QCOMPARE(whileCopying, std::future_status::timeout);
    const SlotError e = result.get();
    QVERIFY2(!e, e.detail.c_str());
    QCOMPARE(written, kWrites);
    QCOMPARE(server->info().messageCount, std::uint32_t(kWrites));
}

// The back-end's two reads of one server slot in two threads, while a writer goes on: the
// worker's (readAvailable, a few messages at a time from a longer queue, cut with the lock
// released) and ReadFile's (read). Every message is read once, by one of them, in order.
void TestPosixSlotBackend::readersOfOneSlotShareNothing()
{
    const std::string name = R"(\\.\mailslot\tworeaders)";
    PosixSlotBackend backend(nsDir());
    std::unique_ptr<ServerSlot> server;
    QVERIFY(!backend.create(name, {}, &server));
    server->setReadTimeout(5);
    std::unique_ptr<ClientSlot> client;
    QVERIFY(!backend.open(name, &client));
    constexpr int kMessages = 100000;
    std::vector<std::atomic<int>> seen(kMessages);
    std::atomic<int> read{0};
    bool inOrder[2] = {true, true};
    const auto see = [&](int reader, const std::uint8_t *data, std::uint32_t size, int *last) {
        int n = -1;
        if (size == sizeof n)
            std::memcpy(&n, data, sizeof n);
        if (n < 0 || n >= kMessages)
            return;
        inOrder[reader] = inOrder[reader] && n > *last;
        *last = n;
        seen[std::size_t(n)].fetch_add(1);
        read.fetch_add(1);
    };
    const QDeadlineTimer deadline(60000); // a lost message would otherwise keep both readers waiting
    std::thread writer([&] {
        for (int n = 0; n < kMessages; ++n)
            client->write(&n, sizeof n, kMailslotWaitForever);
    });
    std::thread worker([&] {
        int last = -1;
        SlotError error;
        while (read.load() < kMessages && !deadline.hasExpired())
            server->readAvailable([&](const std::uint8_t *data, std::uint32_t size,
                                      std::int64_t) { see(0, data, size, &last); },
                                  5, 1u << 20, &error);
    });
    int last = -1;
    while (read.load() < kMessages && !deadline.hasExpired()) {
        std::uint8_t buffer[16];
        std::uint32_t size = 0;
        if (!server->read(buffer, sizeof buffer, &size))
            see(1, buffer, size, &last);
    }
    writer.join();
    worker.join();
    QVERIFY(inOrder[0] && inOrder[1]);
    int once = 0;
    for (const std::atomic<int> &count : seen)
        once += count.load() == 1 ? 1 : 0;
    QCOMPARE(once, kMessages);
    QCOMPARE(read.load(), kMessages);
}

void TestPosixSlotBackend::readinessCoversWritesDuringARead_data()
{
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("maxMessages");
    QTest::addColumn<int>("maxBytes");
    // Empty messages never reach a byte limit of 1, and their records exceed it: every read of more
    // than one message claims the whole queue and cuts it with the lock released, while the writer
    // goes on. The second row is the worker's own limits, where 1,021 to 1,023 queued 4 KiB
    // messages take that path (their records exceed 4 MiB, their payload does not).
    QTest::newRow("empty messages, every read cut") << 200000 << 0 << (1 << 20) << 1;
    QTest::newRow("4 KiB messages, the worker's limits") << 50000 << 4096 << 4096 << (4 << 20);
}

void TestPosixSlotBackend::readinessCoversWritesDuringARead()
{
    // A reader that keeps readAvailable()'s contract (read again when a limit was reached, else
    // wait for the readiness handle) never waits while messages are queued.
    QFETCH(int, messages);
    QFETCH(int, size);
    QFETCH(int, maxMessages);
    QFETCH(int, maxBytes);
    const std::string name = R"(\\.\mailslot\cutwindow)";
    PosixSlotBackend backend(nsDir());
    std::unique_ptr<ServerSlot> server;
    QVERIFY(!backend.create(name, {}, &server));
    std::unique_ptr<ClientSlot> client;
    QVERIFY(!backend.open(name, &client));
    std::atomic<bool> readerGaveUp{false};
    std::thread writer([&] {
        const std::vector<std::uint8_t> payload(std::size_t(size), 0x5a);
        for (int n = 0; n < messages && !readerGaveUp.load(); ++n) {
            while (client->write(payload.data(), std::uint32_t(size), 100) && !readerGaveUp.load()) {
            } // the queue stayed full for 100 ms: try again until the reader gives up
        }
    });
    int read = 0;
    bool stalled = false;
    SlotError error;
    const auto count = [&](const std::uint8_t *, std::uint32_t got, std::int64_t) { read += got == std::uint32_t(size) ? 1 : 0; };
    for (;;) {
        std::size_t n = 0;
        std::size_t bytes = 0;
        do {
            const int before = read;
            n = server->readAvailable(count, std::size_t(maxMessages), std::size_t(maxBytes), &error);
            bytes = std::size_t(read - before) * std::size_t(size);
        } while (!error && (n >= std::size_t(maxMessages) || bytes >= std::size_t(maxBytes)));
        if (error || read >= messages)
            break;
        pollfd p{int(server->readinessHandle()), POLLIN, 0};
        if (poll(&p, 1, 10000) <= 0) {
            stalled = true; // ten seconds with nothing signalled: a wake-up was lost
            break;
        }
        server->acknowledgeReadiness();
    }
    readerGaveUp.store(true);
    writer.join();
    QVERIFY2(!error, error.detail.c_str());
    QVERIFY2(!stalled, qPrintable(QStringLiteral("the reader waited with messages queued after %1 of %2").arg(read).arg(messages)));
    QCOMPARE(read, messages);
}

QTEST_GUILESS_MAIN(TestPosixSlotBackend)
#include "tst_posixslotbackend.moc"
