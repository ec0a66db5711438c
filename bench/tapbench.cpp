#include "tapbench.h"

#include "benchload.h"
#include "core/platform/slotbackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <poll.h>
#include <sched.h>
#include <sys/resource.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace mailslot::platform;

namespace {

const std::string kSlot = R"(\\.\mailslot\bench\tapped)";
constexpr std::size_t kTapBatch = 4096;

struct TapCount
{
    qint64 seen = 0;
    qint64 missed = 0;
};

struct Round
{
    double readerRate = 0; // messages/s into the reader
    qint64 lost = 0;       // the reader's: missing, duplicated or out of order
    std::vector<TapCount> taps;
};

// Waits for a readiness handle (a notification, never a sleep); the timeout only guards a hang.
void waitReady(std::intptr_t fd)
{
    pollfd p{int(fd), POLLIN, 0};
    poll(&p, 1, 1000);
}

// Runs the calling thread on that processor only (-1: anywhere).
void pinTo(int cpu)
{
    if (cpu < 0)
        return;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    sched_setaffinity(0, sizeof set, &set);
}

// Where the threads run: by default where the system puts them; --pin puts the writer on CPU 0,
// the reader on CPU 1 and the taps beside one of them; --tap-nice lowers the taps' priority.
struct Placement
{
    int writerCpu = -1;
    int readerCpu = -1;
    int tapCpu = -1;
    int tapNice = 0;
};

// A tap read at full speed until every copy is accounted for (seen or missed).
TapCount drainTap(TapSlot *tap, qint64 total, const Placement &placement)
{
    TapCount c;
    SlotError error;
    pinTo(placement.tapCpu);
    if (placement.tapNice > 0)
        setpriority(PRIO_PROCESS, 0, placement.tapNice); // Linux: this thread only
    while (c.seen + qint64(tap->missed()) < total && !error) {
        // As TapWorker does: a batch short of the limit has armed the readiness handle.
        const std::size_t n = tap->readAvailable([&c](const TapMessage &) { ++c.seen; }, kTapBatch, &error);
        if (n < kTapBatch) {
            waitReady(tap->readinessHandle());
            tap->acknowledgeReadiness();
        }
    }
    c.missed = qint64(tap->missed());
    return c;
}

// readTaps false: the taps are read only after the reader is done (they keep what fits in their
// queue and count the rest as missed): the writer's and the reader's own cost of a tap, without a
// tap thread competing with them for the processors.
Round runRound(SlotBackend *backend, const BenchLoad &load, int taps, bool readTaps, const Placement &placement)
{
    Round r;
    std::unique_ptr<ServerSlot> server;
    SlotOptions options;
    if (backend->create(kSlot, options, &server))
        return r;
    std::vector<std::unique_ptr<TapSlot>> attached(static_cast<std::size_t>(taps));
    for (auto &tap : attached) {
        if (backend->tap(kSlot, {}, &tap))
            return r;
    }
    r.taps.resize(attached.size());
    std::vector<std::thread> tapThreads;
    for (std::size_t i = 0; readTaps && i < attached.size(); ++i)
        tapThreads.emplace_back([&, i] { r.taps[i] = drainTap(attached[i].get(), load.total(), placement); });

    SequenceCheck check(load);
    QProcess writer;
    QElapsedTimer clock;
    clock.start();
    writer.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("tap-writer"), QString::fromStdString(kSlot), QString::number(load.total()),
                  QString::number(load.size), QString::number(placement.writerCpu)});
    SlotError error;
    while (check.received() < load.total() && !error) {
        const std::size_t n = server->readAvailable(
            [&check](const std::uint8_t *data, std::uint32_t size, std::int64_t) {
                check.see(reinterpret_cast<const char *>(data), size);
            },
            4096, 4u << 20, &error);
        if (n == 0) {
            waitReady(server->readinessHandle());
            server->acknowledgeReadiness();
        }
    }
    r.readerRate = check.received() / (clock.nsecsElapsed() / 1e9);
    r.lost = check.lost();
    writer.waitForFinished(-1);
    for (std::thread &t : tapThreads)
        t.join();
    for (std::size_t i = 0; !readTaps && i < attached.size(); ++i)
        r.taps[i] = drainTap(attached[i].get(), load.total(), Placement{});
    return r;
}

struct Options
{
    qint64 messages = 1000000;
    qint64 size = 100;
    qint64 rounds = 5;
    qint64 taps = 0; // 0: the configurations 0, 1 and 4 taps; else 0 and this many
    qint64 tapNice = 0;
    QString pin;     // "writer" or "reader": the taps' processor; empty: no pinning
    bool readTaps = true;

    Placement placement() const
    {
        if (pin.isEmpty())
            return {-1, -1, -1, int(tapNice)};
        return {0, 1, pin == QLatin1String("writer") ? 0 : 1, int(tapNice)};
    }
};

bool parseOptions(const QStringList &arguments, Options *o)
{
    for (int i = 0; i < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--unread-taps")) {
            o->readTaps = false;
            --i;
            continue;
        }
        if (arguments.at(i) == QLatin1String("--pin")
            && (arguments.value(i + 1) == QLatin1String("writer") || arguments.value(i + 1) == QLatin1String("reader"))) {
            o->pin = arguments.at(i + 1);
            continue;
        }
        qint64 *value = arguments.at(i) == QLatin1String("--messages") ? &o->messages
            : arguments.at(i) == QLatin1String("--size")               ? &o->size
            : arguments.at(i) == QLatin1String("--rounds")             ? &o->rounds
            : arguments.at(i) == QLatin1String("--taps")               ? &o->taps
            : arguments.at(i) == QLatin1String("--tap-nice")           ? &o->tapNice
                                                                       : nullptr;
        bool ok = false;
        const qint64 n = arguments.value(i + 1).toLongLong(&ok);
        const qint64 most = value == &o->taps ? kMaxTapsPerSlot : value == &o->tapNice ? 19 : 1000000000;
        if (!value || !ok || n < (value == &o->size ? 16 : 1) || n > most) {
            QTextStream(stderr) << "mailslot-bench tap: options are --messages N, --size N (16 or more), --rounds N, "
                                   "--taps N (1 to 8: 0 and N taps only), --tap-nice N (1 to 19), --pin writer|reader "
                                   "(the writer on CPU 0, the reader on CPU 1, the taps beside the one named), "
                                   "--unread-taps; "
                                   "not \""
                                << arguments.at(i) << ' ' << arguments.value(i + 1) << "\"" << Qt::endl;
            return false;
        }
        *value = n;
    }
    return true;
}

} // namespace

int runTapWriter(const QStringList &arguments)
{
    if (arguments.size() != 4)
        return 2;
    pinTo(arguments.at(3).toInt());
    std::unique_ptr<ClientSlot> client;
    if (createSystemBackend()->open(arguments.at(0).toStdString(), &client))
        return 1;
    const BenchLoad load{1, arguments.at(2).toInt(), arguments.at(1).toLongLong()};
    std::vector<char> buffer(std::size_t(load.size));
    for (qint64 i = 0; i < load.perWriter; ++i) {
        load.stamp(buffer.data(), 0, i);
        if (client->write(buffer.data(), std::uint32_t(buffer.size()), kMailslotWaitForever))
            return 1;
    }
    return 0;
}

int runTapBench(const QStringList &arguments)
{
    Options o;
    if (!parseOptions(arguments, &o))
        return 2;
    const Placement placement = o.placement();
    pinTo(placement.readerCpu);
    QTemporaryDir dir;
    qputenv("MAILSLOT_RUNTIME_DIR", (dir.path() + QStringLiteral("/ns")).toLocal8Bit());
    const std::unique_ptr<SlotBackend> backend = createSystemBackend();
    const BenchLoad load{1, int(o.size), o.messages};
    const std::vector<int> tapCounts = o.taps > 0 ? std::vector<int>{0, int(o.taps)} : std::vector<int>{0, 1, 4};
    const int configurations = int(tapCounts.size());
    std::vector<std::vector<double>> rates(tapCounts.size());
    std::vector<Round> last(tapCounts.size());
    qint64 lost = 0;
    // Interleaved: a busy moment of the machine hits every configuration alike.
    for (qint64 round = 0; round < o.rounds; ++round) {
        for (int c = 0; c < configurations; ++c) {
            last[std::size_t(c)] = runRound(backend.get(), load, tapCounts[std::size_t(c)], o.readTaps, placement);
            rates[std::size_t(c)].push_back(last[std::size_t(c)].readerRate);
            lost += last[std::size_t(c)].lost + (last[std::size_t(c)].readerRate > 0 ? 0 : load.total());
        }
    }
    QTextStream out(stdout);
    out << QStringLiteral("mailslot-bench tap: 1 writer process, %1 messages of %2 bytes, the reader at full speed; "
                          "%4; median (min-max) of %3 rounds, msg/s\n")
               .arg(o.messages).arg(o.size).arg(o.rounds)
               .arg(o.readTaps ? QStringLiteral("each tap read by a thread of its own at the same time")
                               : QStringLiteral("the taps read only afterwards (--unread-taps)"));
    if (!o.pin.isEmpty())
        out << QStringLiteral("  pinned: the writer on CPU 0, the reader on CPU 1, the taps on CPU %1 (beside the %2)\n")
                   .arg(placement.tapCpu).arg(o.pin);
    if (o.tapNice > 0)
        out << QStringLiteral("  the tap threads at nice %1\n").arg(o.tapNice);
    const Spread floor = Spread::of(rates[0]);
    for (int c = 0; c < configurations; ++c) {
        const Spread s = Spread::of(rates[std::size_t(c)]);
        out << QStringLiteral("  %1 tap(s): reader %2 (%3-%4)  ratio %5%6\n")
                   .arg(tapCounts[std::size_t(c)]).arg(s.median, 10, 'f', 0).arg(s.low, 0, 'f', 0).arg(s.high, 0, 'f', 0)
                   .arg(floor.median > 0 ? s.median / floor.median : 0.0, 0, 'f', 3)
                   .arg(tapCounts[std::size_t(c)] == 1 ? QStringLiteral(" (target >= 0.9)") : QString());
        for (std::size_t t = 0; t < last[std::size_t(c)].taps.size(); ++t)
            out << QStringLiteral("      tap %1 (last round): seen %2, missed %3\n")
                       .arg(t + 1).arg(last[std::size_t(c)].taps[t].seen).arg(last[std::size_t(c)].taps[t].missed);
    }
    out << (lost == 0 ? "  result: the reader lost no message\n" : "  result: THE READER LOST MESSAGES\n");
    return lost == 0 ? 0 : 1;
}
