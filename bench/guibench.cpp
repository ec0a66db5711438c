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

} // namespace

int runGuiBench(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    // --network: the writers are a UDP flood into the monitor's bridge (loopback) instead.
    const bool network = arguments.contains(QStringLiteral("--network"));
    const auto messages = optionValue(arguments, QStringLiteral("--messages"), network ? 200000 : 1000000);
    const auto writerCount = optionValue(arguments, QStringLiteral("--writers"), 4);
    const auto size = optionValue(arguments, QStringLiteral("--size"), 64);
    const auto capacity = optionValue(arguments, QStringLiteral("--capacity"), MessageModel::kDefaultCapacity);
    if (!messages || !writerCount || !size || !capacity || *size > 65536 || *writerCount > 64) {
        err << "usage: mailslot-bench gui [--network] [--messages N] [--writers N] [--size BYTES] [--capacity N]" << Qt::endl;
        return 2;
    }

    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QApplication> ownApp;
    if (!QCoreApplication::instance()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "mailslot-bench";
        static char *argv[] = {name, nullptr};
        ownApp = std::make_unique<QApplication>(argc, argv);
    } else if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        err << "mailslot-bench gui: needs a QApplication, not a QCoreApplication" << Qt::endl;
        return 2;
    }

    // A private namespace and settings: the figures do not depend on what runs elsewhere.
    QTemporaryDir dir;
    qputenv("MAILSLOT_RUNTIME_DIR", dir.filePath(QStringLiteral("slots")).toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());

    MailslotRegistry registry;
    MainWindow window(&registry);
    FirstPaintFilter firstPaint(&window, &clock);
    qApp->installEventFilter(&firstPaint);
    window.messageModel()->setCapacity(int(*capacity));
    if (!window.startDefaultSlot()) {
        err << "mailslot-bench gui: cannot serve " << MainWindow::defaultSlotName() << Qt::endl;
        return 1;
    }
    quint16 port = 0;
    if (network) {
        // The bridge on a free loopback port, as a user would switch it on in the Network dock.
        QUdpSocket probe;
        probe.bind(QHostAddress::LocalHost, 0);
        port = probe.localPort();
        probe.close();
        NetworkSettings settings;
        settings.enabled = true;
        settings.port = port;
        settings.netbiosName = QStringLiteral("BENCHMON");
        settings.workgroup = QStringLiteral("BENCHWG");
        window.findChild<NetworkDock *>(QStringLiteral("networkDock"))->setSettings(settings);
        if (!window.findChild<NetworkDock *>(QStringLiteral("networkDock"))->setNetworkEnabled(true)) {
            err << "mailslot-bench gui: the network did not start: " << window.findChild<NetworkDock *>(QStringLiteral("networkDock"))->problem() << Qt::endl;
            return 1;
        }
    }
    window.resize(1280, 800);
    window.show();
    const qint64 shownMs = clock.elapsed();

    // Heartbeat: how late each 10 ms tick comes is the event loop's stall.
    std::vector<double> lateness;
    lateness.reserve(100000);
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(kHeartbeatMs);
    QObject::connect(&heartbeat, &QTimer::timeout, &window, [&] {
        lateness.push_back(std::max(0.0, double(beat.nsecsElapsed()) / 1e6 - kHeartbeatMs));
        beat.restart();
    });

    const quint64 total = quint64(*messages);
    QEventLoop loop;
    QElapsedTimer ingest;
    qint64 ingestMs = -1;
    MessageModel *model = window.messageModel();
    const quint64 before = model->totalMessages();
    // Network: every datagram is a row or a kernel drop; probes sent after the flood (3 bytes,
    // malformed, each a row too) bring the kernel's last drop count.
    std::atomic<quint64> probes{0};
    auto accounted = [&] {
        const quint64 rows = model->totalMessages() - before;
        return network ? rows + window.findChild<NetworkDock *>(QStringLiteral("networkDock"))->counters().kernelDrops - probes.load() : rows;
    };
    QObject::connect(model, &MessageModel::flushed, &loop, [&] {
        if (ingestMs < 0 && accounted() >= total) {
            ingestMs = ingest.elapsed();
            loop.quit();
        }
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);

    std::atomic<quint64> writeErrors{0};
    std::atomic<qint64> writersDoneNs{0};
    std::vector<std::thread> writers;
    const QString target = MainWindow::defaultSlotName();
    ingest.start();
    beat.start();
    heartbeat.start();
    for (qint64 w = 0; w < *writerCount; ++w) {
        const quint64 share = total / quint64(*writerCount) + (quint64(w) < total % quint64(*writerCount) ? 1 : 0);
        if (network) {
            writers.emplace_back([&, w, share] {
                const NetbiosName source("BENCHSENDER", 0x00);
                const NetbiosName destination("BENCHWG", 0x00);
                QList<QByteArray> datagrams;
                datagrams.reserve(qsizetype(share));
                for (quint64 i = 0; i < share; ++i) {
                    QByteArray payload(*size, 'x');
                    const QByteArray head = "sender " + QByteArray::number(w) + " datagram " + QByteArray::number(i) + ' ';
                    memcpy(payload.data(), head.constData(), size_t(std::min<qsizetype>(head.size(), payload.size())));
                    datagrams.append(NetworkSender::buildDatagram(NetbiosDatagram::DirectGroup, quint16(i), 0x7F000001, 138,
                                                                  source, destination, "\\MAILSLOT\\bench\\gui", payload));
                }
                if (BenchUtil::sendLoopback(port, datagrams) != qint64(share))
                    writeErrors += share;
                const qint64 now = ingest.nsecsElapsed();
                qint64 previous = writersDoneNs.load();
                while (now > previous && !writersDoneNs.compare_exchange_weak(previous, now)) {
                }
            });
            continue;
        }
        writers.emplace_back([&, w, share] {
            MailslotError error;
            std::unique_ptr<MailslotWriter> writer = MailslotWriter::open(target, &error);
            if (!writer) {
                writeErrors += share;
                return;
            }
            QByteArray payload(*size, 'x');
            const QByteArray tag = "writer " + QByteArray::number(w) + " message ";
            for (quint64 i = 0; i < share; ++i) {
                const QByteArray head = tag + QByteArray::number(i) + ' ';
                memcpy(payload.data(), head.constData(), size_t(std::min<qsizetype>(head.size(), payload.size())));
                if (writer->write(payload, 0xFFFFFFFFu))
                    ++writeErrors;
            }
            const qint64 now = ingest.nsecsElapsed();
            qint64 previous = writersDoneNs.load();
            while (now > previous && !writersDoneNs.compare_exchange_weak(previous, now)) {
            }
        });
    }
    QTimer prober;
    prober.setInterval(100);
    QObject::connect(&prober, &QTimer::timeout, &loop, [&] {
        if (writersDoneNs.load() > 0 && accounted() < total && BenchUtil::sendLoopback(port, {QByteArray("end")}) == 1)
            ++probes;
    });
    if (network)
        prober.start();
    loop.exec();
    prober.stop();
    heartbeat.stop();
    for (std::thread &t : writers)
        t.join();
    qApp->removeEventFilter(&firstPaint);

    const qint64 peakKiB = BenchUtil::peakRssKiB();
    const double seconds = double(ingestMs > 0 ? ingestMs : ingest.elapsed()) / 1000.0;
    const quint64 kernelDrops = network ? window.findChild<NetworkDock *>(QStringLiteral("networkDock"))->counters().kernelDrops : 0;
    const quint64 reached = model->totalMessages() - before - probes.load();
    const double rate = double(reached) / seconds;
    const double writeSeconds = double(writersDoneNs.load()) / 1e9;
    const double p50 = percentile(lateness, 0.50);
    const double p99 = percentile(lateness, 0.99);
    const double worst = lateness.empty() ? 0 : *std::max_element(lateness.cbegin(), lateness.cend());
    const bool rateOk = rate >= 200000.0;
    const bool stallOk = p99 <= 50.0;
    const bool memoryOk = model->rowCount() <= model->capacity();
    const bool windowOk = firstPaint.firstPaintMs() >= 0 && firstPaint.firstPaintMs() <= 500;

    const auto row = [&out](const QString &name, const QString &value, const QString &target, const QString &verdict) {
        out << QStringLiteral("%1 %2 %3 %4").arg(name, -34).arg(value, 16).arg(target, 14).arg(verdict) << Qt::endl;
    };
    const auto verdict = [](bool ok) { return ok ? QStringLiteral("ok") : QStringLiteral("MISSED"); };
    out << Qt::endl << "mailslot-bench gui: " << total << (network ? " UDP datagrams" : " messages") << " of " << *size
        << " bytes from " << *writerCount << " writer threads into the offscreen monitor (capacity " << model->capacity()
        << ")" << Qt::endl;
    row(QStringLiteral("figure"), QStringLiteral("measured"), QStringLiteral("target"), QString());
    if (network) {
        row(QStringLiteral("datagrams into the model"), QString::number(reached), QString(), QString());
        row(QStringLiteral("dropped by the kernel (SO_RXQ_OVFL)"), QString::number(kernelDrops), QString(), QString());
        row(QStringLiteral("model + drops (all accounted)"), QString::number(reached + kernelDrops), QString::number(total),
            verdict(reached + kernelDrops == total));
    } else {
        row(QStringLiteral("messages into the model"), QString::number(reached), QString::number(total),
            verdict(reached == total));
    }
    // The local target; a network flood is paced by the bridge (what it cannot take, the kernel drops).
    row(QStringLiteral("messages/s into the model"), QString::number(rate, 'f', 0),
        network ? QString() : QStringLiteral(">= 200000"), network ? QString() : verdict(rateOk));
    row(QStringLiteral("of which inserted as table rows"), QString::number(model->totalShown()), QString(), QString());
    row(QStringLiteral("writers' messages/s (raw side)"), QString::number(double(total) / std::max(writeSeconds, 1e-9), 'f', 0),
        QString(), QString());
    row(QStringLiteral("ingest time (s)"), QString::number(seconds, 'f', 3), QString(), QString());
    row(QStringLiteral("event-loop stall p50 (ms)"), QString::number(p50, 'f', 2), QString(), QString());
    row(QStringLiteral("event-loop stall p99 (ms)"), QString::number(p99, 'f', 2), QStringLiteral("<= 50"), verdict(stallOk));
    row(QStringLiteral("event-loop stall max (ms)"), QString::number(worst, 'f', 2), QString(), QString());
    row(QStringLiteral("heartbeats"), QString::number(lateness.size()), QString(), QString());
    row(QStringLiteral("rows kept (memory bound)"), QString::number(model->rowCount()),
        QStringLiteral("<= %1").arg(model->capacity()), verdict(memoryOk));
    row(QStringLiteral("peak RSS (MiB, VmHWM)"), QString::number(double(peakKiB) / 1024.0, 'f', 1), QString(), QString());
    row(QStringLiteral("window shown (ms)"), QString::number(shownMs), QString(), QString());
    row(QStringLiteral("first window painted (ms)"), QString::number(firstPaint.firstPaintMs()), QStringLiteral("<= 500"),
        verdict(windowOk));
    row(QStringLiteral("write errors"), QString::number(writeErrors.load()), QStringLiteral("0"),
        verdict(writeErrors.load() == 0));

    registry.closeAll();
    return reached + kernelDrops == total && writeErrors.load() == 0 ? 0 : 1;
}
