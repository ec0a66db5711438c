#include "guibenchwriters.h"

#include "core/netio/networksender.h"
#include "core/slots/mailslotwriter.h"
#include "core/wire/netbiosdatagram.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <functional>
#include <memory>

namespace {

using mailslot::wire::NetbiosDatagram;
using mailslot::wire::NetbiosName;

// A paced writer waits this long when it is ahead of its schedule (the offered rate holds on
// average; the bench's writers are a load generator, not project code).
constexpr auto kPacingPause = std::chrono::microseconds(500);

// Writes the head "w<w> m<i> t<ns> " over the start of the payload.
void stamp(QByteArray &payload, qint64 w, quint64 i, qint64 ns)
{
    char head[64];
    const int n = std::snprintf(head, sizeof head, "w%lld m%llu t%lld ", static_cast<long long>(w),
                                static_cast<unsigned long long>(i), static_cast<long long>(ns));
    memcpy(payload.data(), head, size_t(std::min<qsizetype>(n, payload.size())));
}

// Calls writeOne(i, now) for i = 0, 1, ... at `rate` per second (0: as fast as it returns) until
// durationNs have passed.
void paced(const QElapsedTimer &clock, qint64 rate, qint64 durationNs, const std::function<void(quint64, qint64)> &writeOne)
{
    const qint64 start = clock.nsecsElapsed();
    for (quint64 i = 0;;) {
        const qint64 now = clock.nsecsElapsed();
        if (now - start >= durationNs)
            return;
        if (rate > 0 && i >= quint64((now - start) * rate / 1000000000)) {
            std::this_thread::sleep_for(kPacingPause);
            continue;
        }
        writeOne(i++, now);
    }
}

void writeLocal(const OfferedLoad &load, qint64 w, qint64 rate, const QElapsedTimer &clock, WriterProgress &progress)
{
    MailslotError error;
    std::unique_ptr<MailslotWriter> writer = MailslotWriter::open(load.target, &error);
    if (!writer) {
        ++progress.errors;
        return;
    }
    QByteArray payload(load.size, 'x');
    paced(clock, rate, load.durationNs, [&](quint64 i, qint64 now) {
        stamp(payload, w, i, now);
        if (writer->write(payload, 0xFFFFFFFFu))
            ++progress.errors;
        else
            ++progress.sent;
    });
}

void writeDatagrams(const OfferedLoad &load, qint64 w, qint64 rate, const QElapsedTimer &clock, WriterProgress &progress)
{
    const int tx = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (tx < 0) {
        ++progress.errors;
        return;
    }
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(load.port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const NetbiosName source("BENCHSENDER", 0x00);
    const NetbiosName destination("BENCHWG", 0x00);
    QByteArray payload(load.size, 'x');
    paced(clock, rate, load.durationNs, [&](quint64 i, qint64 now) {
        stamp(payload, w, i, now);
        const QByteArray d = NetworkSender::buildDatagram(NetbiosDatagram::DirectGroup, quint16(i), 0x7F000001, 138, source,
                                                          destination, "\\MAILSLOT\\bench\\gui", payload);
        if (::sendto(tx, d.constData(), size_t(d.size()), 0, reinterpret_cast<sockaddr *>(&to), sizeof to) == d.size())
            ++progress.sent;
        else
            ++progress.errors;
    });
    ::close(tx);
}

} // namespace

std::vector<std::thread> startWriters(const OfferedLoad &load, const QElapsedTimer &clock, WriterProgress &progress)
{
    std::vector<std::thread> threads;
    for (qint64 w = 0; w < load.writers; ++w) {
        // The rate is shared out; the first writers take the remainder.
        const qint64 rate = load.rate / load.writers + (w < load.rate % load.writers ? 1 : 0);
        threads.emplace_back([&load, &clock, &progress, w, rate] {
            if (load.network)
                writeDatagrams(load, w, rate, clock, progress);
            else
                writeLocal(load, w, rate, clock, progress);
            ++progress.finished;
        });
    }
    return threads;
}

qint64 payloadWriteNs(const QByteArray &payload)
{
    // "w<w> m<i> t<ns> ": the third word.
    const qsizetype t = payload.indexOf(" t");
    if (t < 0 || t > 48)
        return -1;
    const qsizetype end = payload.indexOf(' ', t + 2);
    if (end < 0)
        return -1; // the payload is shorter than the head: the time may be cut
    bool ok = false;
    const qint64 ns = payload.mid(t + 2, end - t - 2).toLongLong(&ok);
    return ok ? ns : -1;
}

CpuLoad::CpuLoad(int threads)
{
    for (int i = 0; i < threads; ++i) {
        m_threads.emplace_back([this] {
            volatile quint64 x = 1;
            while (!m_stop.load(std::memory_order_relaxed))
                for (int k = 0; k < 10000; ++k)
                    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        });
    }
}

CpuLoad::~CpuLoad()
{
    m_stop = true;
    for (std::thread &t : m_threads)
        t.join();
}
