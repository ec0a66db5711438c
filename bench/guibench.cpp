#include "guibench.h"

#include "benchutil.h"
#include "core/slots/mailslotregistry.h"
#include "core/slots/mailslotwriter.h"
#include "ui/window/mainwindow.h"
#include "core/wire/netbiosdatagram.h"
#include "core/netio/networksender.h"
#include "ui/network/networkdock.h"
#include "ui/network/networksettings.h"
#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"
#include "ui/stream/messagestreamwidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace {

constexpr int kHeartbeatMs = 10;
constexpr int kTimeoutMs = 600000;
using mailslot::wire::NetbiosDatagram;
using mailslot::wire::NetbiosName;

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

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(std::clamp(p * double(values.size() - 1), 0.0, double(values.size() - 1)));
    return values[index];
}

std::optional<qint64> optionValue(const QStringList &arguments, const QString &name, qint64 fallback)
{
    const int i = int(arguments.indexOf(name));
    if (i < 0)
        return fallback;
    bool ok = false;
    const qint64 value = i + 1 < arguments.size() ? arguments[i + 1].toLongLong(&ok) : 0;
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

struct Options
{
    bool network = false; // the writers are a UDP flood into the monitor's bridge (loopback)
    quint64 messages = 0;
    qint64 writers = 0;
    qint64 size = 0;
    qint64 capacity = 0;
};

// The options, or nothing when one is not a positive number or is too large.
std::optional<Options> parseOptions(const QStringList &arguments)
{
    const bool network = arguments.contains(QStringLiteral("--network"));
    const auto messages = optionValue(arguments, QStringLiteral("--messages"), network ? 200000 : 1000000);
    const auto writers = optionValue(arguments, QStringLiteral("--writers"), 4);
    const auto size = optionValue(arguments, QStringLiteral("--size"), 64);
    const auto capacity = optionValue(arguments, QStringLiteral("--capacity"), MessageModel::kDefaultCapacity);
    if (!messages || !writers || !size || !capacity || *size > 65536 || *writers > 64)
        return std::nullopt;
    return Options{network, quint64(*messages), *writers, *size, *capacity};
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

// What the writer threads share: their write errors, and when the last one finished (ns of the
// ingest clock).
struct WriterProgress
{
    std::atomic<quint64> errors{0};
    std::atomic<qint64> doneNs{0};
};

void noteWriterDone(WriterProgress &progress, const QElapsedTimer &ingest)
{
    const qint64 now = ingest.nsecsElapsed();
    qint64 previous = progress.doneNs.load();
    while (now > previous && !progress.doneNs.compare_exchange_weak(previous, now)) {
    }
}

// One writer thread's share of the messages, written into the local slot target.
void writeLocal(const QString &target, qint64 w, quint64 share, qint64 size, const QElapsedTimer &ingest,
                WriterProgress &progress)
{
    MailslotError error;
    std::unique_ptr<MailslotWriter> writer = MailslotWriter::open(target, &error);
    if (!writer) {
        progress.errors += share;
        return;
    }
    QByteArray payload(size, 'x');
    const QByteArray tag = "writer " + QByteArray::number(w) + " message ";
    for (quint64 i = 0; i < share; ++i) {
        const QByteArray head = tag + QByteArray::number(i) + ' ';
        memcpy(payload.data(), head.constData(), size_t(std::min<qsizetype>(head.size(), payload.size())));
        if (writer->write(payload, 0xFFFFFFFFu))
            ++progress.errors;
    }
    noteWriterDone(progress, ingest);
}

// One writer thread's share of the messages, sent as UDP datagrams to the bridge's loopback port.
void writeDatagrams(quint16 port, qint64 w, quint64 share, qint64 size, const QElapsedTimer &ingest,
                    WriterProgress &progress)
{
    const NetbiosName source("BENCHSENDER", 0x00);
    const NetbiosName destination("BENCHWG", 0x00);
    QList<QByteArray> datagrams;
    datagrams.reserve(qsizetype(share));
    for (quint64 i = 0; i < share; ++i) {
        QByteArray payload(size, 'x');
        const QByteArray head = "sender " + QByteArray::number(w) + " datagram " + QByteArray::number(i) + ' ';
        memcpy(payload.data(), head.constData(), size_t(std::min<qsizetype>(head.size(), payload.size())));
        datagrams.append(NetworkSender::buildDatagram(NetbiosDatagram::DirectGroup, quint16(i), 0x7F000001, 138, source,
                                                      destination, "\\MAILSLOT\\bench\\gui", payload));
    }
    if (BenchUtil::sendLoopback(port, datagrams) != qint64(share))
        progress.errors += share;
    noteWriterDone(progress, ingest);
}

std::vector<std::thread> startWriters(const Options &options, quint16 port, const QElapsedTimer &ingest,
                                      WriterProgress &progress)
{
    std::vector<std::thread> writers;
    const QString target = MainWindow::defaultSlotName();
    const quint64 count = quint64(options.writers);
    for (qint64 w = 0; w < options.writers; ++w) {
        const quint64 share = options.messages / count + (quint64(w) < options.messages % count ? 1 : 0);
        const qint64 size = options.size;
        if (options.network) {
            writers.emplace_back([&ingest, &progress, port, w, share, size] {
                writeDatagrams(port, w, share, size, ingest, progress);
            });
        } else {
            writers.emplace_back([&ingest, &progress, target, w, share, size] {
                writeLocal(target, w, share, size, ingest, progress);
            });
        }
    }
    return writers;
}

// What a run measured.
struct Figures
{
    qint64 shownMs = 0;
    double seconds = 0;         // ingest time
    std::vector<double> lateness; // of each heartbeat, ms
    quint64 reached = 0;        // rows that reached the model (probes not counted)
    quint64 kernelDrops = 0;
    quint64 writeErrors = 0;
    double writeSeconds = 0;    // until the last writer finished
};

// Runs the writers until every message is accounted for in the model (or the timeout), with a
// heartbeat: how late each 10 ms tick comes is the event loop's stall.
void ingest(const Options &options, MessageModel *model, NetworkDock *dock, quint16 port, Figures &figures)
{
    figures.lateness.reserve(100000);
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(kHeartbeatMs);
    QObject::connect(&heartbeat, &QTimer::timeout, model, [&] {
        figures.lateness.push_back(std::max(0.0, double(beat.nsecsElapsed()) / 1e6 - kHeartbeatMs));
        beat.restart();
    });

    QEventLoop loop;
    QElapsedTimer ingest;
    qint64 ingestMs = -1;
    const quint64 before = model->totalMessages();
    // Network: every datagram is a row or a kernel drop; probes sent after the flood (3 bytes,
    // malformed, each a row too) bring the kernel's last drop count.
    std::atomic<quint64> probes{0};
    auto accounted = [&] {
        const quint64 rows = model->totalMessages() - before;
        return options.network ? rows + dock->counters().kernelDrops - probes.load() : rows;
    };
    QObject::connect(model, &MessageModel::flushed, &loop, [&] {
        if (ingestMs < 0 && accounted() >= options.messages) {
            ingestMs = ingest.elapsed();
            loop.quit();
        }
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);

    WriterProgress progress;
    ingest.start();
    beat.start();
    heartbeat.start();
    std::vector<std::thread> writers = startWriters(options, port, ingest, progress);
    QTimer prober;
    prober.setInterval(100);
    QObject::connect(&prober, &QTimer::timeout, &loop, [&] {
        if (progress.doneNs.load() > 0 && accounted() < options.messages
            && BenchUtil::sendLoopback(port, {QByteArray("end")}) == 1)
            ++probes;
    });
    if (options.network)
        prober.start();
    loop.exec();
    prober.stop();
    heartbeat.stop();
    for (std::thread &t : writers)
        t.join();

    figures.seconds = double(ingestMs > 0 ? ingestMs : ingest.elapsed()) / 1000.0;
    figures.kernelDrops = options.network ? dock->counters().kernelDrops : 0;
    figures.reached = model->totalMessages() - before - probes.load();
    figures.writeErrors = progress.errors.load();
    figures.writeSeconds = double(progress.doneNs.load()) / 1e9;
}

// The figures as a table, each with its target and verdict where it has one.
void printFigures(QTextStream &out, const Options &options, const MessageModel &model, const Figures &f,
                  qint64 firstPaintMs, qint64 peakKiB)
{
    const double rate = double(f.reached) / f.seconds;
    const double p50 = percentile(f.lateness, 0.50);
    const double p99 = percentile(f.lateness, 0.99);
    const double worst = f.lateness.empty() ? 0 : *std::max_element(f.lateness.cbegin(), f.lateness.cend());
    const bool rateOk = rate >= 200000.0;
    const bool stallOk = p99 <= 50.0;
    const bool memoryOk = model.rowCount() <= model.capacity();
    const bool windowOk = firstPaintMs >= 0 && firstPaintMs <= 500;
    const quint64 total = options.messages;
    const bool network = options.network;

    const auto row = [&out](const QString &name, const QString &value, const QString &target, const QString &verdict) {
        out << QStringLiteral("%1 %2 %3 %4").arg(name, -34).arg(value, 16).arg(target, 14).arg(verdict) << Qt::endl;
    };
    const auto verdict = [](bool ok) { return ok ? QStringLiteral("ok") : QStringLiteral("MISSED"); };
    out << Qt::endl << "mailslot-bench gui: " << total << (network ? " UDP datagrams" : " messages") << " of " << options.size
        << " bytes from " << options.writers << " writer threads into the offscreen monitor (capacity " << model.capacity()
        << ")" << Qt::endl;
    row(QStringLiteral("figure"), QStringLiteral("measured"), QStringLiteral("target"), QString());
    if (network) {
        row(QStringLiteral("datagrams into the model"), QString::number(f.reached), QString(), QString());
        row(QStringLiteral("dropped by the kernel (SO_RXQ_OVFL)"), QString::number(f.kernelDrops), QString(), QString());
        row(QStringLiteral("model + drops (all accounted)"), QString::number(f.reached + f.kernelDrops), QString::number(total),
            verdict(f.reached + f.kernelDrops == total));
    } else {
        row(QStringLiteral("messages into the model"), QString::number(f.reached), QString::number(total),
            verdict(f.reached == total));
    }
    // The local target; a network flood is paced by the bridge (what it cannot take, the kernel drops).
    row(QStringLiteral("messages/s into the model"), QString::number(rate, 'f', 0),
        network ? QString() : QStringLiteral(">= 200000"), network ? QString() : verdict(rateOk));
    row(QStringLiteral("of which inserted as table rows"), QString::number(model.totalShown()), QString(), QString());
    row(QStringLiteral("writers' messages/s (raw side)"), QString::number(double(total) / std::max(f.writeSeconds, 1e-9), 'f', 0),
        QString(), QString());
    row(QStringLiteral("ingest time (s)"), QString::number(f.seconds, 'f', 3), QString(), QString());
    row(QStringLiteral("event-loop stall p50 (ms)"), QString::number(p50, 'f', 2), QString(), QString());
    row(QStringLiteral("event-loop stall p99 (ms)"), QString::number(p99, 'f', 2), QStringLiteral("<= 50"), verdict(stallOk));
    row(QStringLiteral("event-loop stall max (ms)"), QString::number(worst, 'f', 2), QString(), QString());
    row(QStringLiteral("heartbeats"), QString::number(f.lateness.size()), QString(), QString());
    row(QStringLiteral("rows kept (memory bound)"), QString::number(model.rowCount()),
        QStringLiteral("<= %1").arg(model.capacity()), verdict(memoryOk));
    row(QStringLiteral("peak RSS (MiB, VmHWM)"), QString::number(double(peakKiB) / 1024.0, 'f', 1), QString(), QString());
    row(QStringLiteral("window shown (ms)"), QString::number(f.shownMs), QString(), QString());
    row(QStringLiteral("first window painted (ms)"), QString::number(firstPaintMs), QStringLiteral("<= 500"),
        verdict(windowOk));
    row(QStringLiteral("write errors"), QString::number(f.writeErrors), QStringLiteral("0"), verdict(f.writeErrors == 0));
}

} // namespace

int runGuiBench(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const std::optional<Options> options = parseOptions(arguments);
    if (!options) {
        err << "usage: mailslot-bench gui [--network] [--messages N] [--writers N] [--size BYTES] [--capacity N]" << Qt::endl;
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
    Figures figures;
    figures.shownMs = clock.elapsed();

    ingest(*options, model, dock, port, figures);
    qApp->removeEventFilter(&firstPaint);
    printFigures(out, *options, *model, figures, firstPaint.firstPaintMs(), BenchUtil::peakRssKiB());

    registry.closeAll();
    return figures.reached + figures.kernelDrops == options->messages && figures.writeErrors == 0 ? 0 : 1;
}
