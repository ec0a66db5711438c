#include "slotpathrun.h"

#include "core/platform/win32error.h"
#include "core/slots/mailslotserver.h"
#include "core/slots/mailslotwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <thread>
#include <vector>

using namespace mailslot::platform;

namespace {

const QString kSlot = QStringLiteral("bench\\local");

std::unique_ptr<MailslotServer> createServer(bool inConsumerThread = false)
{
    MailslotError error;
    MailslotServer::Options options;
    options.readInThisThread = inConsumerThread;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(kSlot, options, &error));
    if (!server)
        QTextStream(stderr) << error.toString() << Qt::endl;
    return server;
}

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

SlotPathRun::Throughput SlotPathRun::throughput(const BenchLoad &load)
{
    Throughput result;
    result.lost = load.total();
    std::unique_ptr<MailslotServer> server = createServer();
    if (!server)
        return result;
    SequenceCheck check(load);
    QObject context;
    QObject::connect(server.get(), &MailslotServer::messagesReceived, &context, [&](const StreamRowList &list) {
        ++result.batches;
        for (const StreamRow &m : list)
            check.see(m.payload.constData(), m.payload.size());
        if (check.received() >= load.total())
            QCoreApplication::exit(0);
    });
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> writers;
    for (int w = 0; w < load.writers; ++w) {
        writers.emplace_back([&load, w] {
            MailslotError e;
            auto writer = MailslotWriter::open(kSlot, &e);
            std::vector<char> buffer(std::size_t(load.size) + 1);
            for (qint64 i = 0; writer && i < load.perWriter; ++i) {
                load.stamp(buffer.data(), w, i);
                if (writer->write(QByteArrayView(buffer.data(), load.size), kMailslotWaitForever))
                    break;
            }
        });
    }
    QCoreApplication::exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    for (std::thread &t : writers)
        t.join();
    result.rate = double(check.received()) / seconds;
    result.lost = check.lost();
    return result;
}

SlotPathRun::Latency SlotPathRun::latency(qint64 count, int perSecond, bool inConsumerThread)
{
    Latency result;
    std::unique_ptr<MailslotServer> server = createServer(inConsumerThread);
    if (!server || count <= 0)
        return result;
    std::vector<double> micros;
    micros.reserve(std::size_t(count));
    QObject context;
    QObject::connect(server.get(), &MailslotServer::messagesReceived, &context, [&](const StreamRowList &list) {
        const qint64 now = steadyNs();
        for (const StreamRow &m : list) {
            qint64 sent = now;
            if (m.payload.size() >= qsizetype(sizeof sent))
                std::memcpy(&sent, m.payload.constData(), sizeof sent);
            micros.push_back(double(now - sent) / 1e3);
        }
        if (qint64(micros.size()) >= count)
            QCoreApplication::exit(0);
    });
    std::thread writer([count, perSecond] {
        MailslotError e;
        auto w = MailslotWriter::open(kSlot, &e);
        char buffer[100] = {};
        const auto step = std::chrono::nanoseconds(1000000000 / perSecond);
        auto next = std::chrono::steady_clock::now();
        for (qint64 i = 0; w && i < count; ++i) {
            next += step;
            std::this_thread::sleep_until(next);
            const qint64 now = steadyNs();
            std::memcpy(buffer, &now, sizeof now);
            if (w->write(QByteArrayView(buffer, sizeof buffer), kMailslotWaitForever))
                break;
        }
    });
    QCoreApplication::exec();
    writer.join();
    return summarize(std::move(micros));
}

SlotPathRun::Latency SlotPathRun::summarize(std::vector<double> micros)
{
    Latency result;
    std::sort(micros.begin(), micros.end());
    result.messages = qint64(micros.size());
    if (!micros.empty()) {
        const auto at = [&](double q) { return micros[std::min(micros.size() - 1, std::size_t(q * double(micros.size())))]; };
        result.p50Us = at(0.50);
        result.p99Us = at(0.99);
        result.p999Us = at(0.999);
        result.maxUs = micros.back();
    }
    return result;
}
