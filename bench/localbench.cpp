#include "localbench.h"

#include "slotpathrun.h"
#include "spscringfloor.h"
#include "wakefloor.h"
#include "core/slots/mailslotserver.h"
#include "core/slots/mailslotwriter.h"
#include "core/platform/win32error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#ifdef _WIN32
#include "win32slotfloor.h"
#else
#include "afunixfloor.h"
#include "backlogdrain.h"
#include "benchutil.h"

#include <sys/stat.h>
#endif

#include <algorithm>
#include <vector>

using namespace mailslot::platform;

namespace {

constexpr int kPayload = 100;

// (b), the kernel's own copy per message: AF_UNIX datagrams on POSIX, the system's mailslots on Windows.
#ifdef _WIN32
using KernelFloor = Win32SlotFloor;
constexpr const char *kKernelFloor = "the system's mailslot";
constexpr const char *kKernelColumn = "Win32";
constexpr const char *kRatioColumn = "ours/win32";
#else
using KernelFloor = AfUnixFloor;
constexpr const char *kKernelFloor = "AF_UNIX datagrams";
constexpr const char *kKernelColumn = "AF_UNIX";
constexpr const char *kRatioColumn = "ours/unix";
#endif

#ifndef _WIN32
struct QueuedMemory
{
    qint64 queued = 0;
    quint64 fileBytes = 0;   // memory the slot's shared file holds (tmpfs pages)
    qint64 rssBefore = 0;
    qint64 rssAfter = 0;
    qint64 peakRss = 0;
};

// (c) Memory with every message queued (a held slot): what the queue costs per payload byte.
QueuedMemory queuedMemory(qint64 count, const QString &namespaceDir)
{
    QueuedMemory m;
    m.rssBefore = BenchUtil::currentRssKiB();
    MailslotError error;
    MailslotServer::Options options;
    options.hold = true;
    options.slot.queueCapacity = quint64(count) * 128 + (1 << 20);
    std::unique_ptr<MailslotServer> server(MailslotServer::create(QStringLiteral("bench\\held"), options, &error));
    auto w = MailslotWriter::open(QStringLiteral("bench\\held"), &error);
    if (!server || !w)
        return m;
    const QByteArray payload(kPayload, 'q');
    for (qint64 i = 0; i < count; ++i) {
        if (w->write(payload, 0))
            break;
    }
    m.queued = server->info().messageCount;
    for (const QFileInfo &file : QDir(namespaceDir).entryInfoList({QStringLiteral("*.slot")}, QDir::Files)) {
        struct stat st{};
        if (stat(file.absoluteFilePath().toLocal8Bit().constData(), &st) == 0)
            m.fileBytes += quint64(st.st_blocks) * 512;
    }
    m.rssAfter = BenchUtil::currentRssKiB();
    m.peakRss = BenchUtil::peakRssKiB();
    return m;
}
#endif

struct Options
{
    qint64 messages = 1000000;      // headline figure: 1 writer, 100 bytes
    qint64 writers = 1;
    qint64 size = kPayload;
    qint64 rounds = 5;
    qint64 matrixMessages = 200000; // per configuration of the writers x sizes table
    qint64 matrixRounds = 3;
    qint64 latencyMessages = 50000;
    qint64 latencyRate = 10000;
    bool oursOnly = false; // only (c) for the headline, nothing else (for profilers such as callgrind)
    bool latencyOnly = false; // only the latency at a paced rate
    qint64 backlogMessages = 400000; // queued before a reader drains them beside a writer
    bool backlogOnly = false;
};

// Reads "--name N" options; false (and a message naming it) for an unknown option or a value that
// is not a positive number.
bool parseOptions(const QStringList &arguments, Options *o)
{
    const struct
    {
        const char *name;
        qint64 *value;
        qint64 low;
        qint64 high;
    } all[] = {{"--messages", &o->messages, 1, 1000000000},
               {"--writers", &o->writers, 1, 64},
               {"--size", &o->size, 0, 65536},
               {"--rounds", &o->rounds, 1, 1000},
               {"--matrix-messages", &o->matrixMessages, 1, 1000000000},
               {"--matrix-rounds", &o->matrixRounds, 1, 1000},
               {"--latency-messages", &o->latencyMessages, 1, 1000000000},
               {"--latency-rate", &o->latencyRate, 1, 1000000},
               {"--backlog-messages", &o->backlogMessages, 1, 2000000}};
    for (int i = 0; i < arguments.size(); i += 2) {
        const std::pair<const char *, bool *> flags[] = {
            {"--ours-only", &o->oursOnly}, {"--latency-only", &o->latencyOnly}, {"--backlog-only", &o->backlogOnly}};
        const auto flag = std::find_if(std::begin(flags), std::end(flags),
                                       [&](const auto &f) { return arguments.at(i) == QLatin1String(f.first); });
        if (flag != std::end(flags)) {
            *flag->second = true;
            --i;
            continue;
        }
        const auto option = std::find_if(std::begin(all), std::end(all),
                                         [&](const auto &a) { return arguments.at(i) == QLatin1String(a.name); });
        if (option == std::end(all)) {
            QTextStream(stderr) << "mailslot-bench local: unknown option \"" << arguments.at(i) << "\"" << Qt::endl;
            return false;
        }
        bool ok = false;
        const qint64 value = arguments.value(i + 1).toLongLong(&ok);
        if (!ok || value < option->low || value > option->high) {
            QTextStream(stderr) << "mailslot-bench local: " << option->name << " needs a number from " << option->low
                                << " to " << option->high << ", not \"" << arguments.value(i + 1) << "\"" << Qt::endl;
            return false;
        }
        *option->value = value;
    }
    return true;
}

struct Figures
{
    Spread shm;
    Spread afUnix;
    Spread ours;
    Spread batches;
    qint64 lost = 0;
};

// Runs the three paths `rounds` times, interleaved (a busy moment of the machine hits all three).
Figures measure(const BenchLoad &load, qint64 rounds, bool oursOnly = false)
{
    std::vector<double> shm, afUnix, ours, batches;
    Figures f;
    for (qint64 r = 0; r < rounds; ++r) {
        qint64 lost = 0;
        if (!oursOnly) {
            shm.push_back(SpscRingFloor::run(load, &lost));
            f.lost += lost;
            afUnix.push_back(KernelFloor::run(load, &lost));
            f.lost += lost;
        }
        const SlotPathRun::Throughput t = SlotPathRun::throughput(load);
        ours.push_back(t.rate);
        batches.push_back(double(t.batches));
        f.lost += t.lost;
    }
    f.shm = Spread::of(shm);
    f.afUnix = Spread::of(afUnix);
    f.ours = Spread::of(ours);
    f.batches = Spread::of(batches);
    return f;
}

QString rate(const Spread &s)
{
    return QStringLiteral("%1 (%2-%3)").arg(s.median, 10, 'f', 0).arg(s.low, 0, 'f', 0).arg(s.high, 0, 'f', 0);
}

void printHeadline(QTextStream &out, const Options &o, const Figures &f)
{
    out << QStringLiteral("headline: %1 writer(s), %2 messages of %3 bytes, median (min-max) of %4 rounds, msg/s\n")
               .arg(o.writers).arg(o.messages).arg(o.size).arg(o.rounds);
    if (!o.oursOnly) {
        out << QStringLiteral("  (a) floor: shared-memory SPSC ring, 2 threads   %1\n").arg(rate(f.shm));
        out << QStringLiteral("  (b) floor: %1%2\n").arg(QStringLiteral("%1, 2 threads").arg(QLatin1String(kKernelFloor)), -37)
                   .arg(rate(f.afUnix));
    }
    out << QStringLiteral("  (c) ours: write -> worker -> consumer signal    %1  (%2 signal batches)\n")
               .arg(rate(f.ours)).arg(f.batches.median, 0, 'f', 0);
    if (o.oursOnly) // no floor was measured: a ratio would mean nothing
        out << QStringLiteral("  lost: %1 (--ours-only: no floor, no ratio)\n").arg(f.lost);
    else
        out << QStringLiteral("  ratio c/a: %1 (target >= 0.25)   ratio c/b: %2 (target >= 3)   lost: %3\n")
                   .arg(f.shm.median > 0 ? f.ours.median / f.shm.median : 0.0, 0, 'f', 3)
                   .arg(f.afUnix.median > 0 ? f.ours.median / f.afUnix.median : 0.0, 0, 'f', 2)
                   .arg(f.lost);
    out.flush();
}

qint64 printMatrix(QTextStream &out, const Options &o)
{
    out << QStringLiteral("writers x size: %1 messages per configuration, median of %2 rounds, msg/s\n")
               .arg(o.matrixMessages).arg(o.matrixRounds);
    out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n").arg(QStringLiteral("writers"), 7).arg(QStringLiteral("bytes"), 6)
               .arg(QStringLiteral("shm ring"), 11).arg(QLatin1String(kKernelColumn), 10).arg(QStringLiteral("ours"), 10)
               .arg(QStringLiteral("ours/shm"), 9).arg(QLatin1String(kRatioColumn), 10);
    qint64 lost = 0;
    for (int writers : {1, 2, 4}) {
        for (int size : {0, 100, 424, 4096}) {
            const BenchLoad load{writers, size, std::max<qint64>(1, o.matrixMessages / writers)};
            const Figures f = measure(load, o.matrixRounds);
            lost += f.lost;
            out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n").arg(writers, 7).arg(size, 6)
                       .arg(f.shm.median, 11, 'f', 0).arg(f.afUnix.median, 10, 'f', 0).arg(f.ours.median, 10, 'f', 0)
                       .arg(f.shm.median > 0 ? f.ours.median / f.shm.median : 0.0, 9, 'f', 3)
                       .arg(f.afUnix.median > 0 ? f.ours.median / f.afUnix.median : 0.0, 10, 'f', 2);
            out.flush();
        }
    }
    return lost;
}

// The latency at a paced rate; returns how many messages were measured.
qint64 printLatency(QTextStream &out, const Options &o)
{
    out << QStringLiteral("latency, %1 messages of 100 bytes at %2 msg/s, write -> consumer, us:\n")
               .arg(o.latencyMessages).arg(o.latencyRate);
    const auto line = [&out](const char *what, const SlotPathRun::Latency &l) {
        out << QStringLiteral("  %1 p50 %2  p99 %3  p99.9 %4  max %5\n").arg(QLatin1String(what), -44)
                   .arg(l.p50Us, 6, 'f', 1).arg(l.p99Us, 7, 'f', 1).arg(l.p999Us, 7, 'f', 1).arg(l.maxUs, 0, 'f', 0);
        out.flush();
    };
    line("floor: two thread wake-ups, nothing else", WakeFloor::latency(o.latencyMessages, int(o.latencyRate)));
    const SlotPathRun::Latency l = SlotPathRun::latency(o.latencyMessages, int(o.latencyRate));
    line("ours: write -> worker -> consumer signal", l);
    // A consumer that reads the slot in its own thread (as `mailslot serve` does): one wake-up.
    line("floor: one thread wake-up, nothing else", WakeFloor::latency(o.latencyMessages, int(o.latencyRate), 1));
    const SlotPathRun::Latency here = SlotPathRun::latency(o.latencyMessages, int(o.latencyRate), true);
    line("ours: write -> slot read in consumer thread", here);
    out << QStringLiteral("  (target: ours p99 <= 50)\n");
    return std::min(l.messages, here.messages);
}

// A reader catching up with a backlog beside a writer; returns the backlog messages lost.
qint64 printBacklog(QTextStream &out, const Options &o)
{
#ifdef _WIN32
    Q_UNUSED(o)
    out << "backlog: not measured on Windows (the system keeps the queue)\n";
    return 0;
#else
    const BacklogDrain::Result r = BacklogDrain::run(o.backlogMessages);
    out << QStringLiteral("backlog: %1 queued messages of 100 bytes read in the worker's batches while a writer "
                          "goes on, write() us:\n").arg(o.backlogMessages);
    const auto line = [&out](const char *what, const SlotPathRun::Latency &l) {
        out << QStringLiteral("  %1 p50 %2  p99 %3  p99.9 %4  max %5  (%6 writes)\n").arg(QLatin1String(what), -40)
                   .arg(l.p50Us, 5, 'f', 2).arg(l.p99Us, 6, 'f', 1).arg(l.p999Us, 6, 'f', 1).arg(l.maxUs, 0, 'f', 0)
                   .arg(l.messages);
    };
    line("floor: the writer, nobody reading", r.alone);
    line("ours: the writer beside the drain", r.during);
    out << QStringLiteral("  drained in %1 ms, %2 batches; ratio p99 ours/floor: %3   lost: %4\n")
               .arg(r.drainMs, 0, 'f', 1).arg(r.batches)
               .arg(r.alone.p99Us > 0 ? r.during.p99Us / r.alone.p99Us : 0.0, 0, 'f', 2).arg(r.lost);
    out.flush();
    return r.lost;
#endif
}

// (c) What a held slot's queue costs; false when not every message was queued.
bool printQueuedMemory(QTextStream &out, qint64 count, const QString &namespaceDir)
{
#ifdef _WIN32
    Q_UNUSED(count)
    Q_UNUSED(namespaceDir)
    out << "  queued (held slot): not measured on Windows (the system keeps the queue in kernel memory)\n";
    return true;
#else
    const QueuedMemory m = queuedMemory(count, namespaceDir);
    const double payloadMiB = double(count) * kPayload / (1 << 20);
    out << QStringLiteral("  queued (held slot): %1 messages, payload %2 MiB\n").arg(m.queued).arg(payloadMiB, 0, 'f', 1);
    out << QStringLiteral("    slot memory (shared file): %1 MiB = %2 x payload (target <= 3)\n")
               .arg(m.fileBytes / double(1 << 20), 0, 'f', 1)
               .arg(m.fileBytes / (double(count) * kPayload), 0, 'f', 2);
    out << QStringLiteral("    process RSS: %1 -> %2 MiB, peak %3 MiB (the writer maps the same pages)\n")
               .arg(m.rssBefore / 1024.0, 0, 'f', 1)
               .arg(m.rssAfter / 1024.0, 0, 'f', 1)
               .arg(m.peakRss / 1024.0, 0, 'f', 1);
    return m.queued == count;
#endif
}

} // namespace

int runLocalBench(const QStringList &arguments)
{
    Options o;
    if (!parseOptions(arguments, &o))
        return 2;
    QTemporaryDir dir;
    const QString ns = dir.path() + QStringLiteral("/ns");
    qputenv("MAILSLOT_RUNTIME_DIR", ns.toLocal8Bit());

    QTextStream out(stdout);
    out << "mailslot-bench local\n";
    if (o.latencyOnly)
        return printLatency(out, o) == o.latencyMessages ? 0 : 1;
    if (o.backlogOnly)
        return printBacklog(out, o) == 0 ? 0 : 1;
    const Figures headline = measure(BenchLoad{int(o.writers), int(o.size), std::max<qint64>(1, o.messages / o.writers)},
                                     o.rounds, o.oursOnly);
    printHeadline(out, o, headline);
    if (o.oursOnly)
        return headline.lost == 0 ? 0 : 1;
    const qint64 matrixLost = printMatrix(out, o);

    const qint64 latencyMeasured = printLatency(out, o);
    const qint64 backlogLost = printBacklog(out, o);

    const bool allQueued = printQueuedMemory(out, o.messages, ns);
    const bool ok = headline.lost == 0 && matrixLost == 0 && latencyMeasured == o.latencyMessages && backlogLost == 0
        && allQueued;
    out << (ok ? "  result: no message lost\n" : "  result: MESSAGES LOST\n");
    return ok ? 0 : 1;
}
