#include "localbench.h"

#include "benchutil.h"
#include "core/slots/mailslotserver.h"
#include "core/slots/mailslotwriter.h"
#include "core/platform/win32error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

using namespace mailslot::platform;

namespace {

constexpr int kPayload = 100;

// (a) The floor: two threads, a socketpair(AF_UNIX, SOCK_DGRAM), send() and recv() of 100 bytes.
double rawAfUnix(qint64 count, qint64 *lost)
{
    int fds[2];
    if (socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, fds) != 0)
        return 0;
    QElapsedTimer clock;
    clock.start();
    std::thread sender([&] {
        char buffer[kPayload] = {};
        for (qint64 i = 0; i < count; ++i) {
            std::memcpy(buffer, &i, sizeof i);
            while (send(fds[0], buffer, sizeof buffer, 0) < 0) {
            }
        }
    });
    char buffer[2048];
    qint64 received = 0;
    qint64 outOfOrder = 0;
    for (; received < count; ++received) {
        if (recv(fds[1], buffer, sizeof buffer, 0) != kPayload)
            break;
        qint64 seq;
        std::memcpy(&seq, buffer, sizeof seq);
        outOfOrder += seq != received;
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    sender.join();
    close(fds[0]);
    close(fds[1]);
    *lost = count - received + outOfOrder;
    return received / seconds;
}

// (b) Ours: a writer thread writes, the server's worker thread reads, and the messages reach this
// (the consumer) thread through the server's signal.
double ours(qint64 count, qint64 *lost, qint64 *batches)
{
    MailslotError error;
    MailslotServer::Options options;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(QStringLiteral("bench\\local"), options, &error));
    if (!server) {
        QTextStream(stderr) << error.toString() << Qt::endl;
        return 0;
    }
    qint64 received = 0;
    qint64 outOfOrder = 0;
    *batches = 0;
    QObject context;
    QObject::connect(server.get(), &MailslotServer::messagesReceived, &context, [&](const StreamRowList &list) {
        ++*batches;
        for (const StreamRow &m : list) {
            qint64 seq = -1;
            if (m.payload.size() == kPayload)
                std::memcpy(&seq, m.payload.constData(), sizeof seq);
            outOfOrder += seq != received;
            ++received;
        }
        if (received >= count)
            QCoreApplication::exit(0);
    });
    QElapsedTimer clock;
    clock.start();
    std::thread writer([&] {
        MailslotError e;
        auto w = MailslotWriter::open(QStringLiteral("bench\\local"), &e);
        char buffer[kPayload] = {};
        for (qint64 i = 0; w && i < count; ++i) {
            std::memcpy(buffer, &i, sizeof i);
            if (w->write(QByteArrayView(buffer, kPayload), kMailslotWaitForever))
                break;
        }
    });
    QCoreApplication::exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    writer.join();
    *lost = count - received + outOfOrder;
    return received / seconds;
}

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

} // namespace

int runLocalBench(const QStringList &arguments)
{
    qint64 count = 1000000;
    const int at = arguments.indexOf(QStringLiteral("--messages"));
    if (at >= 0 && at + 1 < arguments.size())
        count = arguments.at(at + 1).toLongLong();
    if (count <= 0) {
        QTextStream(stderr) << "mailslot-bench: --messages needs a positive number" << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    const QString ns = dir.path() + QStringLiteral("/ns");
    qputenv("MAILSLOT_RUNTIME_DIR", ns.toLocal8Bit());

    QTextStream out(stdout);
    out << QStringLiteral("mailslot-bench local: %1 messages of %2 bytes\n").arg(count).arg(kPayload);
    qint64 rawLost = 0;
    qint64 oursLost = 0;
    qint64 batches = 0;
    const double raw = rawAfUnix(count, &rawLost);
    const double our = ours(count, &oursLost, &batches);
    out << QStringLiteral("  %1 %2 msg/s  lost %3\n").arg(QStringLiteral("(a) floor: AF_UNIX datagrams, 2 threads"), -48)
               .arg(raw, 12, 'f', 0).arg(rawLost);
    out << QStringLiteral("  %1 %2 msg/s  lost %3  (%4 signal batches)\n")
               .arg(QStringLiteral("(b) ours: write -> worker -> consumer signal"), -48)
               .arg(our, 12, 'f', 0).arg(oursLost).arg(batches);
    out << QStringLiteral("  ratio b/a: %1 (target >= 0.6)\n").arg(raw > 0 ? our / raw : 0.0, 0, 'f', 2);
    out.flush();

    const QueuedMemory m = queuedMemory(count, ns);
    const double payloadMiB = double(count) * kPayload / (1 << 20);
    out << QStringLiteral("  queued (held slot): %1 messages, payload %2 MiB\n").arg(m.queued).arg(payloadMiB, 0, 'f', 1);
    out << QStringLiteral("    slot memory (shared file): %1 MiB = %2 x payload (target <= 3)\n")
               .arg(m.fileBytes / double(1 << 20), 0, 'f', 1)
               .arg(m.fileBytes / (double(count) * kPayload), 0, 'f', 2);
    out << QStringLiteral("    process RSS: %1 -> %2 MiB, peak %3 MiB (the writer maps the same pages)\n")
               .arg(m.rssBefore / 1024.0, 0, 'f', 1)
               .arg(m.rssAfter / 1024.0, 0, 'f', 1)
               .arg(m.peakRss / 1024.0, 0, 'f', 1);
    const bool ok = rawLost == 0 && oursLost == 0 && m.queued == count;
    out << (ok ? "  result: no message lost\n" : "  result: MESSAGES LOST\n");
    return ok ? 0 : 1;
}
