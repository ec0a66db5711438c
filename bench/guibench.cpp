#include "guibench.h"

#include "benchutil.h"
#include "guibenchwriters.h"
#include "guibenchexport.h"
#include "guibenchfind.h"
#include "guibenchpaint.h"
#include "guifilebench.h"
#include "heartbeat.h"
#include "turntrace.h"
#include "core/slots/mailslotregistry.h"
#include "core/stream/bridgesource.h"
#include "ui/network/networkdock.h"
#include "ui/network/networksettings.h"
#include "ui/stream/messagemodel.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace {

// One row in this many is checked for its write time (the check runs in the GUI thread).
constexpr quint64 kLatencySample = 16;
// How long the shown window settles before the first run.
constexpr int kSettleMs = 500;
// How long a run may take to drain after its writers stopped before what is missing counts as lost.
constexpr int kDrainTimeoutMs = 60000;

// Records when the first widget of a window is painted.
class FirstPaintFilter : public QObject
{
public:
    FirstPaintFilter(QWidget *window, const QElapsedTimer *clock) : m_window(window), m_clock(clock) {}
    qint64 firstPaintMs() const { return m_firstPaintMs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_firstPaintMs < 0 && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window)
            m_firstPaintMs = m_clock->elapsed();
        return false;
    }

private:
    QWidget *m_window;
    const QElapsedTimer *m_clock;
    qint64 m_firstPaintMs = -1;
};

struct Options
{
    bool network = false; // the writers are a UDP flood into the monitor's bridge (loopback)
    bool traceTurns = false; // print what kept the GUI thread busy (TurnTrace)
    QList<qint64> rates;  // offered msg/s of each run; 0 = unthrottled
    double seconds = 10;  // of each run
    qint64 load = 0;      // CPU-burning threads for the whole bench
    qint64 writers = 4;
    qint64 size = 64;
    qint64 capacity = MessageModel::kDefaultCapacity;
    qint64 capture = 0; // > 0: the big-file bench with a capture of this many frames instead
    qint64 repaints = 0; // > 0: the message view's repaint cost, this many times, instead
};

// The value after `name` as a whole number in [low, high]; an error naming the option otherwise.
bool integerOption(const QStringList &arguments, const QString &name, qint64 low, qint64 high, qint64 &value,
                   QString &error)
{
    const int i = int(arguments.indexOf(name));
    if (i < 0)
        return true;
    bool ok = false;
    const qint64 v = i + 1 < arguments.size() ? arguments[i + 1].toLongLong(&ok) : 0;
    if (!ok || v < low || v > high) {
        error = QStringLiteral("%1 takes a whole number from %2 to %3, not \"%4\"")
                    .arg(name).arg(low).arg(high).arg(arguments.value(i + 1));
        return false;
    }
    value = v;
    return true;
}

// The options, or an error that names what was wrong.
std::optional<Options> parseOptions(const QStringList &arguments, QString &error)
{
    Options o;
    o.network = arguments.contains(QStringLiteral("--network"));
    o.traceTurns = arguments.contains(QStringLiteral("--trace-turns"));
    o.rates = {10000, 100000, 300000, 0};
    if (const int i = int(arguments.indexOf(QStringLiteral("--rates"))); i >= 0) {
        o.rates.clear();
        for (const QString &part : arguments.value(i + 1).split(QLatin1Char(','))) {
            bool ok = false;
            const qint64 rate = part.toLongLong(&ok);
            if (!ok || rate < 0 || rate > 100000000) {
                error = QStringLiteral("--rates takes messages/s separated by commas (0 = unthrottled), not \"%1\"")
                            .arg(arguments.value(i + 1));
                return std::nullopt;
            }
            o.rates.append(rate);
        }
    }
    if (const int i = int(arguments.indexOf(QStringLiteral("--duration"))); i >= 0) {
        bool ok = false;
        o.seconds = arguments.value(i + 1).toDouble(&ok);
        if (!ok || o.seconds < 0.1 || o.seconds > 3600) {
            error = QStringLiteral("--duration takes seconds from 0.1 to 3600, not \"%1\"").arg(arguments.value(i + 1));
            return std::nullopt;
        }
    }
    if (!integerOption(arguments, QStringLiteral("--load"), 0, 64, o.load, error)
        || !integerOption(arguments, QStringLiteral("--writers"), 1, 64, o.writers, error)
        || !integerOption(arguments, QStringLiteral("--size"), 1, 65536, o.size, error)
        || !integerOption(arguments, QStringLiteral("--capacity"), MessageModel::kMinCapacity, MessageModel::kMaxCapacity,
                          o.capacity, error)
        || !integerOption(arguments, QStringLiteral("--capture"), 1, MessageModel::kMaxCapacity, o.capture, error)
        || !integerOption(arguments, QStringLiteral("--repaints"), 1, 100000, o.repaints, error))
        return std::nullopt;
    return o;
}

// Makes a QApplication (offscreen unless QT_QPA_PLATFORM says otherwise) when there is none;
// false when the caller made a QCoreApplication.
bool ensureApplication(std::unique_ptr<QApplication> &ownApp, QTextStream &err)
{
    if (!QCoreApplication::instance()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "mailslot-bench";
        static char *argv[] = {name, nullptr};
        ownApp = std::make_unique<QApplication>(argc, argv);
    } else if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        err << "mailslot-bench gui: needs a QApplication, not a QCoreApplication" << Qt::endl;
        return false;
    }
    return true;
}

// The bridge on a free loopback port, as a user would switch it on in the Network dock: the
// port, or 0 when it did not start.
quint16 startNetwork(NetworkDock *dock, QTextStream &err)
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    const quint16 port = probe.localPort();
    probe.close();
    NetworkSettings settings;
    settings.enabled = true;
    settings.port = port;
    settings.netbiosName = QStringLiteral("BENCHMON");
    settings.workgroup = QStringLiteral("BENCHWG");
    dock->setSettings(settings);
    if (!dock->setNetworkEnabled(true)) {
        err << "mailslot-bench gui: the network did not start: " << dock->problem() << Qt::endl;
        return 0;
    }
    return port;
}

// What one run (one offered rate) measured.
struct RunFigures
{
    qint64 rate = 0;
    double seconds = 0;           // from the first write until every message was accounted for
    quint64 sent = 0;             // written without error
    quint64 reached = 0;          // rows that reached the model (probes not counted)
    quint64 kernelDrops = 0;
    quint64 writeErrors = 0;
    quint64 notDrawn = 0;         // rows that never reached the table: evicted first, or never handed over by the bridge
    quint64 bridgeNotShown = 0;   // of those, the bridge's (counted and delivered, no row: the GUI thread fell behind)
    std::vector<double> stalls;   // lateness of each 1 ms heartbeat, ms
    std::vector<double> latency;  // write -> row in the table, ms (sampled)
    qint64 guiCpuNs = 0;          // CPU time of the GUI thread over the run (its share of the work, whatever the load)
    bool drained = false;         // every message accounted for before the timeout
};

// Write-to-table latency: the write time a sample of the inserted rows carry.
void measureLatency(const MessageModel *model, const QElapsedTimer &clock, std::vector<double> &latency, QObject *context)
{
    latency.reserve(1 << 20);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, context, [model, &clock, &latency](const QModelIndex &, int first, int last) {
        const qint64 now = clock.nsecsElapsed();
        for (int r = first; r <= last; ++r) {
            const StreamRow &row = model->row(r);
            if (row.sequence % kLatencySample != 0)
                continue;
            if (const qint64 written = payloadWriteNs(row.payload); written >= 0)
                latency.push_back(double(now - written) / 1e6);
        }
    });
}

// Offers `rate` msg/s for the run's duration, then waits until every message sent is a row (or,
// on the network, a row, a kernel drop or a row the bridge counted but could not hand over), with
// the heartbeat running all the while.
RunFigures measureRun(const Options &options, qint64 rate, MessageModel *model, NetworkDock *dock, const BridgeSource *bridge,
                      quint16 port)
{
    RunFigures f;
    f.rate = rate;
    model->clear();
    const quint64 rowsBefore = model->totalMessages();
    const quint64 shownBefore = model->totalShown();
    const quint64 dropsBefore = options.network ? dock->counters().kernelDrops : 0;
    quint64 probes = 0;
    auto rows = [&] { return model->totalMessages() - rowsBefore; };
    auto drops = [&] { return options.network ? dock->counters().kernelDrops - dropsBefore : 0; };
    const quint64 notShownBefore = bridge->rowsNotShown();
    auto notShown = [&] { return bridge->rowsNotShown() - notShownBefore; };

    QElapsedTimer clock;
    OfferedLoad load{options.network, port, MainWindow::defaultSlotName(), rate, options.writers, options.size,
                     qint64(options.seconds * 1e9)};
    WriterProgress progress;
    QEventLoop loop;
    auto check = [&] {
        if (progress.finished.load() == int(options.writers) && rows() + drops() + notShown() >= progress.sent.load() + probes)
            loop.quit();
    };
    QObject::connect(model, &MessageModel::flushed, &loop, check);
    // Network: probes sent after the flood (3 bytes, malformed, each a row) bring the last drop count.
    QTimer prober;
    QObject::connect(&prober, &QTimer::timeout, &loop, [&] {
        if (options.network && progress.finished.load() == int(options.writers)
            && BenchUtil::sendLoopback(port, {QByteArray("end")}) == 1)
            ++probes;
        check();
    });
    QTimer::singleShot(int(options.seconds * 1000) + kDrainTimeoutMs, &loop, &QEventLoop::quit);
    measureLatency(model, clock, f.latency, &loop);

    Heartbeat heartbeat(f.stalls);
    clock.start();
    const qint64 guiCpuBefore = BenchUtil::threadCpuNs();
    std::vector<std::thread> writers = startWriters(load, clock, progress);
    prober.start(100);
    loop.exec();
    f.seconds = double(clock.nsecsElapsed()) / 1e9;
    f.guiCpuNs = BenchUtil::threadCpuNs() - guiCpuBefore;
    for (std::thread &t : writers)
        t.join();
    model->flush();

    f.sent = progress.sent.load();
    f.writeErrors = progress.errors.load();
    f.kernelDrops = drops();
    f.reached = rows() - probes;
    f.bridgeNotShown = notShown();
    f.notDrawn = f.reached + probes - (model->totalShown() - shownBefore) + f.bridgeNotShown;
    f.drained = f.reached + f.kernelDrops + f.bridgeNotShown == f.sent;
    return f;
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

// One line per run, each figure with its target where the issue sets one.
void printRuns(QTextStream &out, const Options &options, const std::vector<RunFigures> &runs)
{
    const double stallTarget = options.load > 0 ? 16.0 : 8.0;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13 %14 %15 %16")
               .arg(QStringLiteral("offered/s"), 10).arg(QStringLiteral("into model/s"), 12)
               .arg(QStringLiteral("sent"), 10).arg(QStringLiteral("rows"), 10).arg(QStringLiteral("drops"), 8)
               .arg(QStringLiteral("lost"), 6).arg(QStringLiteral("not drawn"), 10)
               .arg(QStringLiteral("stall p50"), 9).arg(QStringLiteral("p99"), 7).arg(QStringLiteral("p99.9"), 7)
               .arg(QStringLiteral("max"), 7).arg(QStringLiteral("samples"), 8)
               .arg(QStringLiteral("w2m p50"), 8).arg(QStringLiteral("p99"), 8)
               .arg(QStringLiteral("GUI us/row"), 10).arg(QStringLiteral("GUI cpu%"), 8)
        << "  verdict" << Qt::endl;
    for (const RunFigures &f : runs) {
        const double p99 = Heartbeat::percentile(f.stalls, 0.99);
        const double worst = Heartbeat::worst(f.stalls);
        const double w2m99 = Heartbeat::percentile(f.latency, 0.99);
        const quint64 lost = f.sent - std::min(f.sent, f.reached + f.kernelDrops + f.bridgeNotShown);
        QStringList missed;
        if (lost != 0 || !f.drained || f.writeErrors != 0)
            missed << QStringLiteral("LOST");
        if (f.rate > 0 && p99 > stallTarget)
            missed << QStringLiteral("p99>%1").arg(stallTarget);
        if (f.rate > 0 && worst > 50)
            missed << QStringLiteral("max>50");
        if (f.rate > 0 && w2m99 > 100)
            missed << QStringLiteral("w2m>100");
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13 %14 %15 %16")
                   .arg(f.rate > 0 ? QString::number(f.rate) : QStringLiteral("unthrottled"), 10)
                   .arg(fixed(double(f.reached) / std::max(options.seconds, f.seconds), 0), 12)
                   .arg(f.sent, 10).arg(f.reached, 10).arg(f.kernelDrops, 8).arg(lost, 6).arg(f.notDrawn, 10)
                   .arg(fixed(Heartbeat::percentile(f.stalls, 0.5), 2), 9).arg(fixed(p99, 2), 7)
                   .arg(fixed(Heartbeat::percentile(f.stalls, 0.999), 2), 7).arg(fixed(worst, 2), 7).arg(f.stalls.size(), 8)
                   .arg(fixed(Heartbeat::percentile(f.latency, 0.5), 1), 8).arg(fixed(w2m99, 1), 8)
                   .arg(fixed(double(f.guiCpuNs) / 1e3 / double(std::max<quint64>(f.reached, 1)), 2), 10)
                   .arg(fixed(double(f.guiCpuNs) / 1e7 / std::max(f.seconds, 1e-9), 1), 8)
            << "  " << (f.rate == 0 ? QStringLiteral("(no target)") : missed.isEmpty() ? QStringLiteral("ok") : missed.join(QLatin1Char(' ')))
            << Qt::endl;
    }
}

} // namespace

int runGuiBench(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const std::optional<Options> options = parseOptions(arguments, error);
    if (!options) {
        err << "mailslot-bench gui: " << error << Qt::endl
            << "usage: mailslot-bench gui [--network] [--rates N,N,...] [--duration S] [--load N] [--writers N] [--size BYTES] "
               "[--capacity N] [--capture FRAMES] [--repaints N] [--trace-turns]"
            << Qt::endl;
        return 2;
    }

    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QApplication> ownApp;
    if (!ensureApplication(ownApp, err))
        return 2;

    // A private namespace and settings: the figures do not depend on what runs elsewhere.
    QTemporaryDir dir;
    qputenv("MAILSLOT_RUNTIME_DIR", dir.filePath(QStringLiteral("slots")).toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());

    MailslotRegistry registry;
    MainWindow window(&registry);
    auto *dock = window.findChild<NetworkDock *>(QStringLiteral("networkDock"));
    const auto *bridge = window.findChild<BridgeSource *>();
    MessageModel *model = window.messageModel();
    FirstPaintFilter firstPaint(&window, &clock);
    qApp->installEventFilter(&firstPaint);
    model->setCapacity(int(options->capacity));
    if (!window.startDefaultSlot()) {
        err << "mailslot-bench gui: cannot serve " << MainWindow::defaultSlotName() << Qt::endl;
        return 1;
    }
    quint16 port = 0;
    if (options->network && (port = startNetwork(dock, err)) == 0)
        return 1;
    window.resize(1280, 800);
    window.show();
    std::unique_ptr<TurnTrace> trace;
    if (options->traceTurns)
        trace = std::make_unique<TurnTrace>();
    if (options->capture > 0) {
        const bool ok = runGuiFileBench(window, options->capture, dir.path(), out, err)
            && runWindowExports(window, dir.path(), out) && runWindowFind(window, out);
        registry.closeAll();
        return ok ? 0 : 1;
    }

    // The window is on screen before traffic comes, as a user's is: its first show (polish,
    // layout, fonts, the first paint of every dock) is not a stall of any run.
    QEventLoop settle;
    QTimer::singleShot(kSettleMs, &settle, &QEventLoop::quit);
    settle.exec();
    if (options->repaints > 0) {
        const bool ok = runViewRepaints(window, int(options->repaints), out);
        registry.closeAll();
        return ok ? 0 : 1;
    }
    out << "mailslot-bench gui: " << (options->network ? "UDP datagrams into the bridge" : "messages into the default slot")
        << ", " << options->size << " bytes, " << options->writers << " writer threads, " << options->seconds
        << " s a rate, --load " << options->load << " (CPU-burning threads), capacity " << model->capacity()
        << ", heartbeat " << Heartbeat::kIntervalMs << " ms; stall and write-to-model (w2m) in ms" << Qt::endl;
    std::vector<RunFigures> runs;
    {
        const CpuLoad load(int(options->load));
        for (const qint64 rate : options->rates)
            runs.push_back(measureRun(*options, rate, model, dock, bridge, port));
    }
    qApp->removeEventFilter(&firstPaint);
    printRuns(out, *options, runs);
    out << "targets: stall p99 <= " << (options->load > 0 ? 16 : 8) << ", max <= 50, w2m p99 <= 100, 0 lost; peak RSS "
        << fixed(double(BenchUtil::peakRssKiB()) / 1024.0, 1) << " MiB; first window painted at " << firstPaint.firstPaintMs()
        << " ms" << Qt::endl;

    registry.closeAll();
    const bool complete = std::all_of(runs.cbegin(), runs.cend(), [](const RunFigures &f) { return f.drained && f.writeErrors == 0; });
    return complete ? 0 : 1;
}
