// The tap on POSIX (PosixTapSlot, PosixTapFanout, TapRing): copies in order with the writer's pid
// and origin, the reader unaffected, a slow tap losing only its own copies (counted), several
// taps, a full tap table, a dead tap reclaimed, readiness (a bell at the next copy, or once a
// batch is queued for a tap that streams, with a timer for a burst's last copies), and the end
// of the slot.
#include "core/platform/posixslotbackend.h"
#include "core/platform/posixtapfile.h"
#include "core/platform/posixtapslot.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <thread>

using namespace mailslot::platform;

namespace {

struct Copy
{
    std::string bytes;
    std::int64_t pid = 0;
    std::optional<MessageOrigin> origin;
};

std::vector<Copy> drain(TapSlot *tap, SlotError *error = nullptr)
{
    std::vector<Copy> copies;
    SlotError e;
    while (tap->readAvailable(
               [&copies](const TapMessage &m) {
                   Copy c{std::string(reinterpret_cast<const char *>(m.data), m.size), m.writerPid, std::nullopt};
                   if (m.origin)
                       c.origin = *m.origin;
                   copies.push_back(std::move(c));
               },
               64, &e)
           == 64) {
    }
    if (error)
        *error = e;
    return copies;
}

std::vector<std::string> readAll(ServerSlot *server)
{
    std::vector<std::string> messages;
    SlotError e;
    server->readAvailable([&messages](const std::uint8_t *d, std::uint32_t n,
                                      std::int64_t) { messages.emplace_back(reinterpret_cast<const char *>(d), n); },
                          1u << 20, 1u << 30, &e);
    return messages;
}

bool readable(std::intptr_t fd)
{
    pollfd p{int(fd), POLLIN, 0};
    return poll(&p, 1, 0) == 1;
}

std::string message(int i, int size)
{
    std::string m = std::to_string(i);
    m.resize(std::size_t(size), char('a' + i % 26));
    return size < int(std::to_string(i).size()) ? std::string(std::size_t(size), 'z') : m;
}

// A served slot with a tap and a writer: what most tests start from.
struct Rig
{
    explicit Rig(const std::string &dir) : backend(dir) {}
    bool open(const std::string &name, std::uint64_t tapCapacity = kDefaultTapCapacity)
    {
        return !backend.create(name, {}, &server) && !backend.tap(name, {tapCapacity}, &tap)
            && !backend.open(name, &client);
    }

    PosixSlotBackend backend;
    std::unique_ptr<ServerSlot> server;
    std::unique_ptr<TapSlot> tap;
    std::unique_ptr<ClientSlot> client;
};

} // namespace

class TestPosixTap : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void copiesInOrder_data();
    void copiesInOrder();
    void slowTapLosesOnlyItsOwnCopies();
    void severalTaps();
    void tableFullIsRefused();
    void deadTapIsReclaimed();
    void originIsCarried();
    void readinessSignalsCopies();
    void ringWakesAtItsMark();
    void streamingTapGetsABurstsLastCopies();
    void slotClosedEndsTap();
    void missingSlotIsNotFound();
    void detachedTapLeavesNoFiles();

private:
    std::string nsDir() const { return (m_dir->path() + QStringLiteral("/ns")).toStdString(); }
    std::unique_ptr<ServerSlot> serve(PosixSlotBackend *backend, const std::string &name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPosixTap::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<ServerSlot> TestPosixTap::serve(PosixSlotBackend *backend, const std::string &name)
{
    std::unique_ptr<ServerSlot> server;
    const SlotError e = backend->create(name, {}, &server);
    return e ? nullptr : std::move(server);
}

void TestPosixTap::copiesInOrder_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("size");
    QTest::newRow("empty messages") << 100 << 0;
    QTest::newRow("small") << 2000 << 17;
    QTest::newRow("wrapping the tap's ring") << 300 << 1000;
}

void TestPosixTap::copiesInOrder()
{
    QFETCH(int, count);
    QFETCH(int, size);
    Rig rig(nsDir());
    const std::string name = R"(\\.\mailslot\order)";
    QVERIFY(rig.open(name, 64 * 1024));
    TapSlot *tap = rig.tap.get();
    QCOMPARE(tap->name(), name);
    QCOMPARE(tap->serverPid(), std::int64_t(getpid()));
    std::vector<Copy> copies;
    std::vector<std::string> read;
    // Written in rounds that fit the tap's queue; both the reader and the tap take every message.
    for (int i = 0; i < count; ++i) {
        const std::string m = message(i, size);
        QVERIFY(!rig.client->write(m.data(), std::uint32_t(m.size()), 1000));
        if (i % 40 == 39 || i == count - 1) {
            for (Copy &c : drain(tap))
                copies.push_back(std::move(c));
            for (std::string &r : readAll(rig.server.get()))
                read.push_back(std::move(r));
        }
    }
    QCOMPARE(int(copies.size()), count);
    QCOMPARE(int(read.size()), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(copies[std::size_t(i)].bytes, message(i, size));
        QCOMPARE(read[std::size_t(i)], message(i, size));
        QCOMPARE(copies[std::size_t(i)].pid, std::int64_t(getpid()));
        QVERIFY(!copies[std::size_t(i)].origin);
    }
    QCOMPARE(tap->missed(), 0u);
}

void TestPosixTap::slowTapLosesOnlyItsOwnCopies()
{
    Rig rig(nsDir());
    QVERIFY(rig.open(R"(\\.\mailslot\slow)", 64 * 1024));
    TapSlot *tap = rig.tap.get();
    ClientSlot *client = rig.client.get();
    const int count = 500; // 500 KB: far more than the tap's 64 KiB queue
    for (int i = 0; i < count; ++i) {
        const std::string m = message(i, 1000);
        QVERIFY(!client->write(m.data(), std::uint32_t(m.size()), 0)); // never waits for the tap
    }
    const std::vector<std::string> read = readAll(rig.server.get());
    QCOMPARE(int(read.size()), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(read[std::size_t(i)], message(i, 1000));
    const std::vector<Copy> copies = drain(tap);
    QVERIFY(!copies.empty());
    QVERIFY(tap->missed() > 0);
    QCOMPARE(copies.size() + tap->missed(), std::uint64_t(count));
    // What the tap kept is the first messages, in order.
    for (std::size_t i = 0; i < copies.size(); ++i)
        QCOMPARE(copies[i].bytes, message(int(i), 1000));
    // Once it has caught up, it gets copies again.
    QVERIFY(!client->write("again", 5, 0));
    const std::vector<Copy> later = drain(tap);
    QCOMPARE(later.size(), std::size_t(1));
    QCOMPARE(later[0].bytes, std::string("again"));
}

void TestPosixTap::severalTaps()
{
    PosixSlotBackend backend(nsDir());
    const std::string name = R"(\\.\mailslot\several)";
    auto server = serve(&backend, name);
    QVERIFY(server);
    std::unique_ptr<ClientSlot> client;
    QVERIFY(!backend.open(name, &client));
    QVERIFY(!client->write("before", 6, 0)); // before any tap: seen by none
    std::vector<std::unique_ptr<TapSlot>> taps(3);
    for (auto &tap : taps)
        QVERIFY(!backend.tap(name, {}, &tap));
    for (int i = 0; i < 50; ++i)
        QVERIFY(!client->write(std::to_string(i).data(), std::uint32_t(std::to_string(i).size()), 0));
    taps[1].reset(); // one goes away: the others go on
    QVERIFY(!client->write("last", 4, 0));
    for (std::size_t t : {std::size_t(0), std::size_t(2)}) {
        const std::vector<Copy> copies = drain(taps[t].get());
        QCOMPARE(copies.size(), std::size_t(51));
        for (int i = 0; i < 50; ++i)
            QCOMPARE(copies[std::size_t(i)].bytes, std::to_string(i));
        QCOMPARE(copies[50].bytes, std::string("last"));
    }
    QCOMPARE(readAll(server.get()).size(), std::size_t(52));
}

void TestPosixTap::tableFullIsRefused()
{
    PosixSlotBackend backend(nsDir());
    const std::string name = R"(\\.\mailslot\full)";
    auto server = serve(&backend, name);
    QVERIFY(server);
    std::vector<std::unique_ptr<TapSlot>> taps(kMaxTapsPerSlot);
    for (auto &tap : taps)
        QVERIFY(!backend.tap(name, {}, &tap));
    std::unique_ptr<TapSlot> extra;
    const SlotError e = backend.tap(name, {}, &extra);
    QCOMPARE(e.code, std::uint32_t(kErrorNotEnoughQuota));
    QVERIFY(e.detail.find("8 taps") != std::string::npos);
    QVERIFY(!extra);
    taps.pop_back();
    QVERIFY(!backend.tap(name, {}, &extra));
}

void TestPosixTap::deadTapIsReclaimed()
{
    const std::string name = R"(\\.\mailslot\deadtap)";
    PosixSlotBackend backend(nsDir());
    auto server = serve(&backend, name);
    QVERIFY(server);
    int ready[2];
    QCOMPARE(pipe(ready), 0);
    const pid_t child = fork();
    if (child == 0) {
        PosixSlotBackend childBackend(nsDir());
        std::unique_ptr<TapSlot> tap;
        const char ok = childBackend.tap(name, {}, &tap) ? 'n' : 'y';
        [[maybe_unused]] auto n = write(ready[1], &ok, 1);
        pause(); // until SIGKILL
        _exit(0);
    }
    char ok = 0;
    QCOMPARE(read(ready[0], &ok, 1), ssize_t(1));
    QCOMPARE(ok, 'y');
    QCOMPARE(kill(child, SIGKILL), 0);
    QCOMPARE(waitpid(child, nullptr, 0), child);
    ::close(ready[0]);
    ::close(ready[1]);
    QCOMPARE(QDir(QString::fromStdString(nsDir())).entryList({QStringLiteral("*.tap")}, QDir::Files).size(), 1);
    // All eight entries are ours again: the dead tap's entry and files were reclaimed.
    std::vector<std::unique_ptr<TapSlot>> taps(kMaxTapsPerSlot);
    for (auto &tap : taps)
        QVERIFY(!backend.tap(name, {}, &tap));
    std::unique_ptr<ClientSlot> client;
    QVERIFY(!backend.open(name, &client));
    QVERIFY(!client->write("x", 1, 0));
    for (auto &tap : taps)
        QCOMPARE(drain(tap.get()).size(), std::size_t(1));
    QCOMPARE(QDir(QString::fromStdString(nsDir())).entryList({QStringLiteral("*.tap")}, QDir::Files).size(),
             kMaxTapsPerSlot);
}

void TestPosixTap::originIsCarried()
{
    Rig rig(nsDir());
    QVERIFY(rig.open(R"(\\.\mailslot\origin)"));
    MessageOrigin origin;
    origin.address = "10.1.2.3";
    origin.port = 138;
    origin.netbiosName = "PC1";
    origin.datagramType = 0x11;
    QVERIFY(!rig.client->writeFrom("hi", 2, 0, origin));
    QVERIFY(!rig.client->write("local", 5, 0));
    const std::vector<Copy> copies = drain(rig.tap.get());
    QCOMPARE(copies.size(), std::size_t(2));
    QVERIFY(copies[0].origin);
    QCOMPARE(copies[0].origin->address, origin.address);
    QCOMPARE(copies[0].origin->port, origin.port);
    QCOMPARE(copies[0].origin->netbiosName, origin.netbiosName);
    QCOMPARE(copies[0].origin->datagramType, origin.datagramType);
    QCOMPARE(copies[0].bytes, std::string("hi"));
    QVERIFY(!copies[1].origin);
}

void TestPosixTap::readinessSignalsCopies()
{
    Rig rig(nsDir());
    QVERIFY(rig.open(R"(\\.\mailslot\ready)"));
    TapSlot *tap = rig.tap.get();
    QCOMPARE(drain(tap).size(), std::size_t(0)); // arms the signal
    QVERIFY(!readable(tap->readinessHandle()));
    QVERIFY(!rig.client->write("one", 3, 0));
    QVERIFY(readable(tap->readinessHandle()));
    tap->acknowledgeReadiness();
    QVERIFY(!readable(tap->readinessHandle()));
    QCOMPARE(drain(tap).size(), std::size_t(1));
}

void TestPosixTap::ringWakesAtItsMark()
{
    // The producer rings only for a consumer that sleeps, and only once the copies reach the mark
    // the consumer set; a consumer that arms with enough queued already does not sleep.
    TapQueueState state{};
    std::vector<std::uint8_t> data(64 * 1024);
    TapRing ring(&state, data.data(), data.size());
    const std::string m(100, 'x');
    const auto offer = [&ring, &m] { return ring.offer(m.data(), std::uint32_t(m.size()), 0, 7, {}); };
    const auto consumeAll = [&ring] { return ring.consume(1000, [](const TapMessage &) {}); };
    QVERIFY(!offer()); // awake: no bell
    QCOMPARE(consumeAll(), std::size_t(1));
    QVERIFY(ring.arm(1)); // empty: it may sleep, to be woken at the next copy
    QVERIFY(offer());
    QVERIFY(!offer()); // the bell is rung once per sleep
    QCOMPARE(consumeAll(), std::size_t(2));
    QVERIFY(ring.arm(4 * TapRing::recordSize(0, std::uint32_t(m.size())))); // a batch of four copies
    for (int i = 0; i < 3; ++i)
        QVERIFY(!offer());
    QVERIFY(offer()); // the fourth reaches the mark
    QVERIFY(!ring.arm(1)); // four are queued: read them, no bell would come
    QCOMPARE(consumeAll(), std::size_t(4));
    QCOMPARE(ring.missed(), std::uint64_t(0));
}

void TestPosixTap::streamingTapGetsABurstsLastCopies()
{
    // After a large batch the tap asks for a bell only once a batch more is queued: one copy
    // after the burst is still signalled, by the tap's timer.
    Rig rig(nsDir());
    QVERIFY(rig.open(R"(\\.\mailslot\burst)"));
    TapSlot *tap = rig.tap.get();
    QCOMPARE(drain(tap).size(), std::size_t(0)); // arms the signal
    const std::string m(100, 'b');
    for (std::size_t i = 0; i < PosixTapSlot::kStreamingMessages; ++i)
        QVERIFY(!rig.client->write(m.data(), std::uint32_t(m.size()), 0));
    QVERIFY(readable(tap->readinessHandle()));
    tap->acknowledgeReadiness();
    QCOMPARE(drain(tap).size(), PosixTapSlot::kStreamingMessages);
    QVERIFY(!rig.client->write("last", 4, 0));
    pollfd p{int(tap->readinessHandle()), POLLIN, 0};
    QCOMPARE(poll(&p, 1, 20000), 1); // the timer (kStreamingWakeMs) ends the wait; 20 s only guard a hang
    tap->acknowledgeReadiness();
    const std::vector<Copy> last = drain(tap);
    QCOMPARE(last.size(), std::size_t(1));
    QCOMPARE(last.front().bytes, std::string("last"));
    // Having read few, it asks for a bell at the next copy again.
    QVERIFY(!readable(tap->readinessHandle()));
    QVERIFY(!rig.client->write("next", 4, 0));
    QVERIFY(readable(tap->readinessHandle()));
}

void TestPosixTap::slotClosedEndsTap()
{
    Rig rig(nsDir());
    QVERIFY(rig.open(R"(\\.\mailslot\closing)"));
    QVERIFY(!rig.client->write("last words", 10, 0));
    rig.server.reset();
    QVERIFY(readable(rig.tap->readinessHandle()));
    SlotError error;
    const std::vector<Copy> copies = drain(rig.tap.get(), &error);
    QCOMPARE(copies.size(), std::size_t(1)); // what was queued is still handed out
    QCOMPARE(error.code, std::uint32_t(kErrorFileNotFound));
}

void TestPosixTap::missingSlotIsNotFound()
{
    PosixSlotBackend backend(nsDir());
    std::unique_ptr<TapSlot> tap;
    QCOMPARE(backend.tap(R"(\\.\mailslot\nobody)", {}, &tap).code, std::uint32_t(kErrorFileNotFound));
    auto server = serve(&backend, R"(\\.\mailslot\somebody)");
    QVERIFY(server);
    QCOMPARE(backend.tap(R"(\\.\mailslot\nobody)", {}, &tap).code, std::uint32_t(kErrorFileNotFound));
    QCOMPARE(backend.tap(R"(\\.\mailslot\somebody)", {1024}, &tap).code, std::uint32_t(kErrorInvalidParameter));
}

void TestPosixTap::detachedTapLeavesNoFiles()
{
    Rig rig(nsDir());
    QVERIFY(rig.open(R"(\\.\mailslot\tidy)"));
    QVERIFY(!rig.client->write("seen", 4, 0));
    rig.tap.reset();
    QVERIFY(!rig.client->write("after", 5, 0)); // the writer lets go of the detached tap
    const QStringList left = QDir(QString::fromStdString(nsDir())).entryList({QStringLiteral("*.tap*")}, QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    QCOMPARE(readAll(rig.server.get()).size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestPosixTap)
#include "tst_posixtap.moc"
