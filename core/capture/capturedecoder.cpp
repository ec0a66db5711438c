#include "core/capture/capturedecoder.h"

#include "core/platform/win32error.h"
#include "core/wire/pcapreader.h"
#include "core/wire/udpextractor.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <condition_variable>
#include <limits>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace mailslot::wire;

CaptureDecoder::CaptureDecoder(quint16 port, OemCodePage codePage) : m_port(port), m_codePage(codePage)
{
}

CaptureDecoder::~CaptureDecoder() = default;

bool CaptureDecoder::open(const QString &path)
{
    close();
    m_stats = {};
    m_error.clear();
    m_errorCode = 0;
    m_atEnd = false;
    m_path = path;
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_error = tr("%1: cannot open: %2").arg(path, file->errorString());
        const QFileInfo info(path);
        m_errorCode = !info.exists() ? mailslot::platform::kErrorFileNotFound : mailslot::platform::kErrorAccessDenied;
        return false;
    }
    m_stats.fileSize = file->size();
    m_reader = std::make_unique<PcapReader>(file.get());
    m_file = std::move(file);
    return true;
}

void CaptureDecoder::close()
{
    m_reader.reset();
    m_file.reset();
}

bool CaptureDecoder::takeSome(qint64 maxDatagrams, const DatagramTaker &take)
{
    if (!m_reader || m_atEnd || hasError())
        return false;
    CaptureFrame frame;
    for (qint64 taken = 0; taken < maxDatagrams;) {
        if (!m_reader->readNext(frame)) {
            m_atEnd = true;
            if (m_reader->hasError())
                fail(m_path, *m_reader);
            return false;
        }
        ++m_stats.frames;
        m_stats.bytesRead = m_file->pos();
        UdpExtractor::Result udp = UdpExtractor::extract(frame.linkType, frame.data);
        if (udp.status == UdpExtractor::Status::UnsupportedLinkType) {
            ++m_stats.unsupportedFrames;
            ++m_stats.unsupportedLinkTypes[frame.linkType];
        }
        if (!udp.ok() || (udp.datagram.destinationPort != m_port && udp.datagram.sourcePort != m_port)) {
            ++m_stats.otherFrames;
            continue;
        }
        ++m_stats.datagrams;
        ++taken;
        if (!take(udp.datagram, frame.timestampNs))
            return false;
    }
    return true;
}

bool CaptureDecoder::readDatagrams(const QString &path, const DatagramTaker &take)
{
    if (!open(path))
        return false;
    while (takeSome(std::numeric_limits<qint64>::max(), take)) {
    }
    close();
    return !hasError();
}

bool CaptureDecoder::readSome(int maxDatagrams, const Sink &sink)
{
    return takeSome(maxDatagrams, [&](UdpDatagram &udp, qint64 timestampNs) {
        return sink(ObservedDatagram::fromUdp(udp.payload, timestampNs, udp.sourceIp, udp.sourcePort, udp.destinationIp,
                                              udp.destinationPort, m_codePage, m_decoding));
    });
}

bool CaptureDecoder::decodeFile(const QString &path, const Sink &sink)
{
    if (!open(path))
        return false;
    while (readSome(std::numeric_limits<int>::max(), sink)) {
    }
    close();
    return !hasError();
}

bool CaptureDecoder::fail(const QString &path, const PcapReader &reader)
{
    m_error = tr("%1: not a readable capture file at byte offset %2: %3")
                  .arg(path)
                  .arg(reader.errorOffset())
                  .arg(reader.errorString());
    m_errorCode = mailslot::platform::kErrorInvalidData;
    return false;
}

namespace {

// A run of consecutive datagrams of the file, formatted by one worker.
struct Batch
{
    struct Item
    {
        QByteArray payload;
        qint64 timestampNs = 0;
        quint32 sourceIp = 0;
        quint32 destinationIp = 0;
        quint16 sourcePort = 0;
        quint16 destinationPort = 0;
    };
    std::vector<Item> items;
    JsonLineWriter text;
    bool done = false;
};

constexpr std::size_t kBatchDatagrams = 1024;
constexpr qsizetype kBatchTextBytes = 1024 * 1024; // room for a batch's listing (grows if needed)

} // namespace

bool CaptureDecoder::formatFile(const QString &path, const Formatter &format, const ChunkSink &write, int workers)
{
    if (workers <= 0)
        workers = std::max(1, QThread::idealThreadCount());

    // Batches go to the workers through `queue` and come back in file order through `pending`.
    std::mutex mutex;
    std::condition_variable workAvailable;
    std::condition_variable batchDone;
    std::deque<std::shared_ptr<Batch>> queue;
    bool closing = false;
    const OemCodePage codePage = m_codePage;
    const bool decoding = m_decoding;
    auto work = [&] {
        std::unique_lock lock(mutex);
        for (;;) {
            workAvailable.wait(lock, [&] { return closing || !queue.empty(); });
            if (queue.empty())
                return;
            const std::shared_ptr<Batch> batch = queue.front();
            queue.pop_front();
            lock.unlock();
            for (const Batch::Item &item : batch->items) {
                const ObservedDatagram d =
                    ObservedDatagram::fromUdp(item.payload, item.timestampNs, item.sourceIp, item.sourcePort,
                                              item.destinationIp, item.destinationPort, codePage, decoding);
                format(d, batch->text);
            }
            lock.lock();
            batch->done = true;
            batchDone.notify_all();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(std::size_t(workers));
    for (int i = 0; i < workers; ++i)
        threads.emplace_back(work);

    std::deque<std::shared_ptr<Batch>> pending; // submitted, in file order
    std::vector<std::shared_ptr<Batch>> spare;  // written, ready for reuse
    const std::size_t maxInFlight = std::size_t(workers) * 2 + 2;
    bool stopped = false;
    // Hands finished batches at the front to write(), in order. Ready: only those already done;
    // Bounded: waits while too many are in flight; All: waits for every one.
    enum class Drain { Ready, Bounded, All };
    auto flush = [&](Drain drain) {
        while (!pending.empty() && !stopped) {
            const bool mustWait = drain == Drain::All || (drain == Drain::Bounded && pending.size() >= maxInFlight);
            {
                std::unique_lock lock(mutex);
                if (mustWait)
                    batchDone.wait(lock, [&] { return pending.front()->done; });
                else if (!pending.front()->done)
                    return;
            }
            std::shared_ptr<Batch> batch = std::move(pending.front());
            pending.pop_front();
            if (batch->text.size() > 0 && !write(batch->text.view()))
                stopped = true;
            // Used again: its buffers keep their size (no growing, no fresh pages per batch).
            batch->items.clear();
            batch->text.clear();
            batch->done = false;
            spare.push_back(std::move(batch));
        }
    };
    auto freshBatch = [&] {
        if (spare.empty()) {
            auto batch = std::make_shared<Batch>();
            batch->items.reserve(kBatchDatagrams);
            batch->text.reserveTotal(kBatchTextBytes);
            return batch;
        }
        std::shared_ptr<Batch> batch = std::move(spare.back());
        spare.pop_back();
        return batch;
    };
    auto submit = [&](std::shared_ptr<Batch> batch) {
        pending.push_back(batch);
        {
            std::lock_guard lock(mutex);
            queue.push_back(std::move(batch));
        }
        workAvailable.notify_one();
        flush(Drain::Bounded);
    };

    std::shared_ptr<Batch> batch = freshBatch();
    const bool ok = readDatagrams(path, [&](UdpDatagram &udp, qint64 timestampNs) {
        batch->items.push_back({std::move(udp.payload), timestampNs, udp.sourceIp, udp.destinationIp, udp.sourcePort,
                                udp.destinationPort});
        if (batch->items.size() == kBatchDatagrams) {
            submit(std::move(batch));
            batch = freshBatch();
        }
        return !stopped;
    });
    if (!batch->items.empty() && !stopped)
        submit(std::move(batch));
    flush(Drain::All);
    {
        std::lock_guard lock(mutex);
        closing = true;
        queue.clear(); // when stopped: nothing more is wanted
    }
    workAvailable.notify_all();
    for (std::thread &t : threads)
        t.join();
    return ok;
}
