#include "networkbench.h"

#include "benchutil.h"

#include "core/slots/mailslotserver.h"
#include "core/wire/netbiosdatagram.h"
#include "core/netio/networkbridgecontroller.h"
#include "core/netio/networksender.h"
#include "core/wire/pcapngwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

#ifndef SO_RXQ_OVFL
#define SO_RXQ_OVFL 40
#endif

using namespace mailslot::wire;

namespace {

constexpr int kWindow = 2000; // datagrams in flight at most (the sender waits for the receiver)

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int udpSocket(int receiveBuffer)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_RXQ_OVFL, &one, sizeof one);
    if (receiveBuffer > 0 && ::setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &receiveBuffer, sizeof receiveBuffer) != 0)
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    return fd;
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(port);
    return a;
}

struct Rate
{
    qint64 sent = 0;
    qint64 received = 0;
    qint64 kernelDrops = 0;
    double seconds = 0;
    QString accounting; // the bridge's counters, printed when a datagram was lost

    double perSecond() const { return seconds > 0 ? double(received) / seconds : 0; }
};

// (a) sendto/recvfrom of 100-byte payloads on 127.0.0.1.
Rate rawLoopback(qint64 count)
{
    Rate r;
    const int rx = udpSocket(8 * 1024 * 1024);
    sockaddr_in a = loopback(0);
    ::bind(rx, reinterpret_cast<sockaddr *>(&a), sizeof a);
    socklen_t len = sizeof a;
    ::getsockname(rx, reinterpret_cast<sockaddr *>(&a), &len);
    timeval tv{1, 0};
    ::setsockopt(rx, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    std::atomic<qint64> received{0};
    std::atomic<quint32> drops{0};
    std::atomic<qint64> lastNs{0};
    QElapsedTimer timer;
    std::thread receiver([&] {
        char buf[2048];
        alignas(cmsghdr) char control[128];
        for (;;) {
            iovec iov{buf, sizeof buf};
            msghdr msg{};
            msg.msg_iov = &iov;
            msg.msg_iovlen = 1;
            msg.msg_control = control;
            msg.msg_controllen = sizeof control;
            const ssize_t n = ::recvmsg(rx, &msg, 0);
            if (n < 0)
                break; // 1 s without data
            for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
                if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_RXQ_OVFL) {
                    quint32 v;
                    memcpy(&v, CMSG_DATA(c), sizeof v);
                    drops = v;
                }
            }
            if (n == 1)
                break; // the end marker
            lastNs = timer.nsecsElapsed();
            received.fetch_add(1, std::memory_order_release);
            received.notify_one();
        }
    });
    const int tx = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    const QByteArray payload(100, 'p');
    timer.start();
    for (qint64 i = 0; i < count; ++i) {
        for (qint64 seen = received.load(std::memory_order_acquire); i - seen > kWindow;
             seen = received.load(std::memory_order_acquire))
            received.wait(seen); // a window, so that the receiver is measured, not the queue

        if (::sendto(tx, payload.constData(), size_t(payload.size()), 0, reinterpret_cast<sockaddr *>(&a), sizeof a) > 0)
            ++r.sent;
    }
    while (received.load() < r.sent && timer.elapsed() < 60000) {
        const qint64 before = received.load();
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (received.load() == before)
            break; // nothing more arrives: the rest was lost
    }
    r.seconds = double(lastNs.load()) / 1e9;
    ::sendto(tx, "e", 1, 0, reinterpret_cast<sockaddr *>(&a), sizeof a); // carries the final drop counter
    receiver.join();
    r.received = received.load();
    r.kernelDrops = drops.load();
    ::close(tx);
    ::close(rx);
    return r;
}

// (b) encode -> send -> bridge receive -> parse -> deliver into a local slot -> server signal.
// inConsumerThread: the slot read in the consumer's thread (as `mailslot serve` reads it), not a worker's.
Rate bridgePath(qint64 count, QString *problem, bool inConsumerThread = false)
{
    Rate r;
    MailslotServer::Options so;
    so.slot.queueCapacity = 256ull * 1024 * 1024;
    so.readInThisThread = inConsumerThread;
    MailslotError error;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(QStringLiteral("bench\\network"), so, &error));
    if (!server) {
        *problem = error.toString();
        return r;
    }
    NetworkBridge::Options bo;
    bo.identity = NetworkIdentity(QStringLiteral("BENCH"), QStringLiteral("BENCHWG"));
    bo.bindAddress = QHostAddress::LocalHost;
    bo.port = 0;
    NetworkBridgeController bridge;
    if (!bridge.start(bo, problem))
        return r;
    const quint16 port = bridge.localPort();

    std::atomic<qint64> delivered{0};
    QElapsedTimer timer;
    qint64 lastNs = 0;
    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(2000);
    QObject::connect(&idle, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(server.get(), &MailslotServer::messagesReceived, &loop, [&](const StreamRowList &m) {
        lastNs = timer.nsecsElapsed();
        const qint64 now = delivered.fetch_add(m.size(), std::memory_order_release) + m.size();
        delivered.notify_one();
        if (now >= count)
            loop.quit();
        else
            idle.start();
    });
    std::atomic<qint64> sent{0};
    timer.start();
    std::thread sender([&] {
        const int tx = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in to = loopback(port);
        const QByteArray wire("\\MAILSLOT\\bench\\network");
        const QByteArray payload(100, 'p');
        const NetbiosName source("BENCHSENDER", 0x00);
        const NetbiosName destination("BENCHWG", 0x00);
        for (qint64 i = 0; i < count; ++i) {
            for (qint64 seen = delivered.load(std::memory_order_acquire); i - seen > kWindow;
                 seen = delivered.load(std::memory_order_acquire))
                delivered.wait(seen);
            const QByteArray d = NetworkSender::buildDatagram(NetbiosDatagram::DirectGroup, quint16(i), 0x7F000001,
                                                              138, source, destination, wire, payload);
            if (::sendto(tx, d.constData(), size_t(d.size()), 0, reinterpret_cast<sockaddr *>(&to), sizeof to) > 0)
                sent.fetch_add(1);
        }
        ::close(tx);
    });
    idle.start();
    loop.exec();
    sender.join();
    r.seconds = double(lastNs) / 1e9;
    r.sent = sent.load();
    r.received = delivered.load();
    // A last datagram (to no slot) carries the kernel's final drop counter.
    const int tx = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in to = loopback(port);
    ::sendto(tx, "end", 3, 0, reinterpret_cast<sockaddr *>(&to), sizeof to);
    ::close(tx);
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();
    bridge.stop();
    const BridgeCounters c = bridge.counters();
    r.kernelDrops = qint64(c.kernelDrops);
    r.accounting = QStringLiteral("bridge: %1 received, %2 delivered, %3 observed, %4 malformed, %5 duplicates, "
                                  "%6 delivery failures, %7 slot opens")
                       .arg(c.received).arg(c.delivered).arg(c.observed).arg(c.malformed).arg(c.duplicates)
                       .arg(c.deliveryFailures).arg(c.slotOpens);
    server->stop();
    return r;
}

QString findMailslotTool()
{
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {dir + QStringLiteral("/mailslot"), dir + QStringLiteral("/../app/mailslot")}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("mailslot"));
}

// What `mailslot-bench network` was asked to do.
struct NetworkBenchOptions
{
    qint64 wireCount = 200000;
    qint64 captureCount = 1000000;
    int rounds = 5;        // (a), (b) and (c) run this many times, in turning order; the medians are compared
    bool wireOnly = false; // no decode bench
    bool tshark = true;
    QString keptCapture; // where the decode bench's capture is written (kept), or a temporary file
};

// Reads the options after "network"; false (with the reason on standard error) for a bad count.
bool parseOptions(const QStringList &arguments, NetworkBenchOptions *options)
{
    auto positive = [](const QString &option, const QString &text, qint64 *value) {
        bool ok = false;
        *value = text.toLongLong(&ok);
        if (ok && *value > 0)
            return true;
        QTextStream(stderr) << QCoreApplication::translate("NetworkBench", "%1: '%2' is not a positive number").arg(option, text)
                            << Qt::endl;
        return false;
    };
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &option = arguments[i];
        qint64 n = 0;
        if (option == QLatin1String("--count") && i + 1 < arguments.size()) {
            if (!positive(option, arguments[++i], &n))
                return false;
            options->wireCount = options->captureCount = n;
        } else if (option == QLatin1String("--rounds") && i + 1 < arguments.size()) {
            if (!positive(option, arguments[++i], &n))
                return false;
            if (n > 1000) {
                QTextStream(stderr) << QCoreApplication::translate("NetworkBench", "--rounds: %1 is more than 1000").arg(n) << Qt::endl;
                return false;
            }
            options->rounds = int(n);
        } else if (option == QLatin1String("--wire-only")) {
            options->wireOnly = true;
        } else if (option == QLatin1String("--no-tshark")) {
            options->tshark = false;
        } else if (option == QLatin1String("--keep-capture") && i + 1 < arguments.size()) {
            options->keptCapture = arguments[++i];
        }
    }
    return true;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// format's %1..%5 filled with the rate, how many arrived of how many sent, the lost and the kernel's drops.
QString rateLine(const QString &format, const Rate &rate)
{
    return format.arg(rate.perSecond(), 0, 'f', 0)
        .arg(rate.received)
        .arg(rate.sent)
        .arg(rate.sent - rate.received)
        .arg(rate.kernelDrops);
}

// On the wire: (a) raw UDP loopback, (b) the whole bridge path into a server's worker thread and
// (c) the same into a server read in the consumer's thread, for the given rounds (the order turns
// every round); each ratio is the median of the rounds' b/a or c/a, measured within seconds of
// each other. False when the bridge path could not run or lost a datagram.
bool benchWire(qint64 count, int rounds)
{
    out() << QCoreApplication::translate("NetworkBench", "Network bench: %1 datagrams of 100 bytes on 127.0.0.1 (at most %2 in flight), %3 rounds")
                 .arg(count)
                 .arg(kWindow)
                 .arg(rounds)
          << Qt::endl;
    std::vector<double> rawRates, bridgedRates, servedRates, ratios, servedRatios;
    bool complete = true;
    for (int round = 1; round <= rounds; ++round) {
        Rate raw, bridged, served;
        QString problem;
        if (round % 2) { // the order turns every round, so that none always runs on a warmer machine
            raw = rawLoopback(count);
            bridged = bridgePath(count, &problem);
            served = bridgePath(count, &problem, true);
        } else {
            served = bridgePath(count, &problem, true);
            bridged = bridgePath(count, &problem);
            raw = rawLoopback(count);
        }
        if (!problem.isEmpty()) {
            out() << QCoreApplication::translate("NetworkBench", "(b) bridge path: cannot run: %1").arg(problem) << Qt::endl;
            return false;
        }
        out() << QCoreApplication::translate("NetworkBench", "round %1:").arg(round) << Qt::endl
              << rateLine(QCoreApplication::translate("NetworkBench", "  (a) raw UDP sendto/recvfrom:     %1 datagrams/s (%2 received of %3, %4 lost, %5 kernel drops)"), raw)
              << Qt::endl
              << rateLine(QCoreApplication::translate("NetworkBench", "  (b) encode->bridge->slot->signal: %1 messages/s (%2 delivered of %3, %4 lost, %5 kernel drops)"), bridged)
              << Qt::endl
              << rateLine(QCoreApplication::translate("NetworkBench", "  (c) the same, slot read in the consumer's thread (as `mailslot serve`): %1 messages/s (%2 delivered of %3, %4 lost, %5 kernel drops)"), served)
              << Qt::endl;
        for (const Rate *r : {&bridged, &served}) {
            if (r->received != count)
                out() << "  lost: " << r->accounting << Qt::endl;
        }
        complete = complete && bridged.received == count && served.received == count;
        rawRates.push_back(raw.perSecond());
        bridgedRates.push_back(bridged.perSecond());
        servedRates.push_back(served.perSecond());
        ratios.push_back(raw.perSecond() > 0 ? bridged.perSecond() / raw.perSecond() : 0);
        servedRatios.push_back(raw.perSecond() > 0 ? served.perSecond() / raw.perSecond() : 0);
        out() << QCoreApplication::translate("NetworkBench", "  ratio b/a: %1, c/a: %2").arg(ratios.back(), 0, 'f', 2).arg(servedRatios.back(), 0, 'f', 2) << Qt::endl;
    }
    out() << QCoreApplication::translate("NetworkBench", "medians of %1 rounds: (a) %2 datagrams/s, (b) %3 messages/s, (c) %4 messages/s")
                 .arg(rounds)
                 .arg(median(rawRates), 0, 'f', 0)
                 .arg(median(bridgedRates), 0, 'f', 0)
                 .arg(median(servedRates), 0, 'f', 0)
          << Qt::endl;
    out() << QCoreApplication::translate("NetworkBench", "ratio b/a: %1, c/a: %2 (medians of the rounds' ratios; target >= 0.8)")
                 .arg(median(ratios), 0, 'f', 2)
                 .arg(median(servedRatios), 0, 'f', 2)
          << Qt::endl;
    if (!complete)
        out() << QCoreApplication::translate("NetworkBench", "(b, c) lost datagrams: the bridge path must deliver every one") << Qt::endl;
    return complete;
}

// Writes the decode bench's capture and says how long that took; false if it cannot be written.
bool writeTimedCapture(const QString &capture, qint64 count)
{
    QElapsedTimer timer;
    timer.start();
    if (!BenchUtil::writeCapture(capture, count)) {
        out() << QCoreApplication::translate("NetworkBench", "decode: cannot write %1").arg(capture) << Qt::endl;
        return false;
    }
    out() << QCoreApplication::translate("NetworkBench", "decode: wrote %1 datagrams (%2 MB) with PcapngWriter in %3 s")
                 .arg(count)
                 .arg(double(QFileInfo(capture).size()) / 1e6, 0, 'f', 1)
                 .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 2)
          << Qt::endl;
    return true;
}

// Our two decodes of the capture: the same columns tshark prints, then the full JSON listing.
struct DecodeRuns
{
    BenchUtil::ChildRun fields;
    BenchUtil::ChildRun json;
    bool ok() const { return fields.ok && json.ok; }
};

void printDecodeRun(const QString &what, const BenchUtil::ChildRun &run, qint64 count)
{
    out() << QCoreApplication::translate("NetworkBench", "%1: %2 s (CPU %3 s; %4 datagrams/s), peak RSS %5 MB%6")
                 .arg(what)
                 .arg(run.seconds, 0, 'f', 2)
                 .arg(run.cpuSeconds, 0, 'f', 2)
                 .arg(run.seconds > 0 ? double(count) / run.seconds : 0, 0, 'f', 0)
                 .arg(double(run.maxRssKb) / 1024, 0, 'f', 1)
                 .arg(run.ok ? QString() : QCoreApplication::translate("NetworkBench", " (FAILED)"))
          << Qt::endl;
}

// Runs `mailslot decode` on the capture twice; false if the tool is missing or a run failed.
bool benchDecode(const QString &capture, qint64 count, DecodeRuns *runs)
{
    const QString tool = findMailslotTool();
    if (tool.isEmpty()) {
        out() << QCoreApplication::translate("NetworkBench", "decode: the mailslot tool was not found next to this program; skipped") << Qt::endl;
        return false;
    }
    runs->fields = BenchUtil::runChild(tool, {QStringLiteral("decode"), capture, QStringLiteral("--fields"), QStringLiteral("slot,hex")});
    printDecodeRun(QStringLiteral("mailslot decode --fields slot,hex"), runs->fields, count);
    runs->json = BenchUtil::runChild(tool, {QStringLiteral("decode"), capture, QStringLiteral("--json")});
    printDecodeRun(QStringLiteral("mailslot decode --json"), runs->json, count);
    return runs->ok();
}

// tshark on the same capture with the same two columns, and our speed-up against it.
void compareWithTshark(bool enabled, const QString &capture, const DecodeRuns &ours)
{
    const QString tsharkPath = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (!enabled || tsharkPath.isEmpty()) {
        out() << QCoreApplication::translate("NetworkBench", "tshark: not installed (or --no-tshark); comparison skipped") << Qt::endl;
        return;
    }
    const BenchUtil::ChildRun theirs = BenchUtil::runChild(tsharkPath, {QStringLiteral("-r"), capture, QStringLiteral("-T"),
                                                  QStringLiteral("fields"), QStringLiteral("-e"),
                                                  QStringLiteral("mailslot.name"), QStringLiteral("-e"),
                                                  QStringLiteral("data.data")});
    out() << QCoreApplication::translate("NetworkBench", "tshark -T fields -e mailslot.name -e data.data: %1 s (CPU %4 s), peak RSS %2 MB%3")
                 .arg(theirs.seconds, 0, 'f', 2)
                 .arg(double(theirs.maxRssKb) / 1024, 0, 'f', 1)
                 .arg(theirs.ok ? QString() : QCoreApplication::translate("NetworkBench", " (FAILED)"))
                 .arg(theirs.cpuSeconds, 0, 'f', 2)
          << Qt::endl;
    if (ours.fields.ok && ours.fields.seconds > 0 && ours.json.ok && ours.json.seconds > 0)
        out() << QCoreApplication::translate("NetworkBench", "decode speed-up versus tshark: %1x with the same fields (target >= 20x), %2x for the full JSON listing")
                     .arg(theirs.seconds / ours.fields.seconds, 0, 'f', 1)
                     .arg(theirs.seconds / ours.json.seconds, 0, 'f', 1)
              << Qt::endl;
}

} // namespace

int runNetworkBench(const QStringList &arguments)
{
    std::unique_ptr<QCoreApplication> ownApp;
    static int argc = 1;
    static char name[] = "mailslot-bench";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        ownApp = std::make_unique<QCoreApplication>(argc, argv);

    NetworkBenchOptions options;
    if (!parseOptions(arguments, &options))
        return 2;
    QTemporaryDir dir;
    if (qEnvironmentVariableIsEmpty("MAILSLOT_RUNTIME_DIR"))
        qputenv("MAILSLOT_RUNTIME_DIR", QFile::encodeName(dir.path() + QStringLiteral("/ns")));
    int exitCode = benchWire(options.wireCount, options.rounds) ? 0 : 1;
    if (options.wireOnly)
        return exitCode;

    const QString capture = options.keptCapture.isEmpty() ? dir.filePath(QStringLiteral("bench.pcapng")) : options.keptCapture;
    if (!writeTimedCapture(capture, options.captureCount))
        return 1;
    DecodeRuns ours;
    if (!benchDecode(capture, options.captureCount, &ours))
        exitCode = 1;
    compareWithTshark(options.tshark, capture, ours);
    return exitCode;
}
