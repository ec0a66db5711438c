#include "core/capture/capturedecoder.h"

#include "core/capture/batchhandoff.h"
#include "core/platform/win32error.h"

#include "core/wire/pcapreader.h"
#include "core/wire/udpextractor.h"

#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <deque>
#include <vector>

using namespace mailslot::wire;

CaptureDecoder::CaptureDecoder(quint16 port, std::optional<OemCodePage> codePage)
    : m_port(port), m_codePage(codePage.value_or(OemCodec::systemDefault().codePage))
{
}

CaptureDecoder::~CaptureDecoder() = default;

ObservedDatagram CaptureDecoder::observe(const UdpDatagram &udp, qint64 timestampNs, OemCodePage codePage, bool decode,
                                         const QList<QByteArray> &comments)
{
    ObservedDatagram d = ObservedDatagram::fromUdp(udp.payload, timestampNs, udp.sourceIp, udp.sourcePort,
                                                   udp.destinationIp, udp.destinationPort, codePage, decode);
    if (udp.ipv6) {
        d.setIpv6(QByteArray(reinterpret_cast<const char *>(udp.sourceIpv6.data()), 16),
                  QByteArray(reinterpret_cast<const char *>(udp.destinationIpv6.data()), 16));
    }
    if (udp.malformed != MalformedReason::None)
        d.setFrameFlaw(udp.malformed); // the frame's flaw explains whatever else is wrong
    d.setComments(comments);
    return d;
}

bool CaptureDecoder::open(const QString &path)
{
    close();
    m_stats = {};
    m_error.clear();
    m_errorCode = 0;
    m_path = path;
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_error = tr("%1: cannot open: %2").arg(path, file->errorString());
        m_errorCode = QFileInfo::exists(path) ? mailslot::platform::kErrorAccessDenied
                                              : mailslot::platform::kErrorFileNotFound;
        return false;
    }
    m_stats.fileSize = file->size();
    m_reader = std::make_unique<PcapReader>(file.get());
    m_file = std::move(file);
    m_atEnd = false;
    CaptureFrame skipped;
    for (qint64 i = 0; i < m_skippedFrames && m_reader->readNext(skipped); ++i) {
    }
    return true;
}

void CaptureDecoder::close()
{
    m_reader.reset();
    m_file.reset();
    m_atEnd = true;
}

bool CaptureDecoder::readDatagrams(qint64 maxDatagrams, const DatagramTaker &take)
{
    if (!m_reader || m_atEnd)
        return false;
    CaptureFrame frame;
    qint64 taken = 0;
    for (qint64 frames = 0; taken < maxDatagrams && frames < kMaxFramesPerStep; ++frames) {
        if (!m_reader->readNext(frame)) {
            m_atEnd = true;
            if (m_reader->hasError()) {
                m_error = tr("%1: not a readable capture file at byte offset %2: %3")
                              .arg(m_path)
                              .arg(m_reader->errorOffset())
                              .arg(m_reader->errorString());
                m_errorCode = mailslot::platform::kErrorInvalidData;
            }
            return false;
        }
        ++m_stats.frames;
        m_stats.bytesRead = m_file->pos();
        UdpExtractor::Result udp = UdpExtractor::extract(frame.linkType, frame.data, frame.originalLength);
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
        if (!take(udp.datagram, frame))
            break;
    }
    return true;
}

bool CaptureDecoder::readSome(int maxDatagrams, const Sink &sink)
{
    return readDatagrams(qMax(1, maxDatagrams), [&](UdpDatagram &udp, CaptureFrame &frame) {
        return sink(observe(udp, frame.timestampNs, m_codePage, m_decoding, frame.comments));
    });
}

bool CaptureDecoder::decodeFile(const QString &path, const Sink &sink)
{
    if (!open(path))
        return false;
    bool stopped = false;
    const Sink until = [&](const ObservedDatagram &d) {
        stopped = !sink(d);
        return !stopped;
    };
    while (!stopped && readSome(1024, until)) {
    }
    close();
    return !hasError();
}

namespace {

// A run of consecutive datagrams of the file, formatted by one task of the pool.
struct Batch
{
    struct Item
    {
        UdpDatagram udp;
        qint64 timestampNs = 0;
        QList<QByteArray> comments;
    };
    std::vector<Item> items;
    JsonLineWriter text;
    BatchHandoff handoff;
};

struct InFlight
{
    std::shared_ptr<Batch> batch;
    QFuture<void> formatted;
};

constexpr qint64 kBatchDatagrams = 1024;
constexpr qsizetype kBatchTextBytes = 1024 * 1024; // room for a batch's listing (grows if needed)

} // namespace

bool CaptureDecoder::formatFile(const QString &path, const Formatter &format, const ChunkSink &write, int workers)
{
    if (!open(path))
        return false;
    if (workers <= 0)
        workers = std::max(1, QThread::idealThreadCount());
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    const OemCodePage codePage = m_codePage;
    const bool decoding = m_decoding;
    const std::size_t maxInFlight = std::size_t(workers) * 2 + 2;
    std::atomic_bool stopped = false;   // write() refused: the tasks still queued skip their work
    std::deque<InFlight> pending;        // submitted, in file order
    std::vector<std::shared_ptr<Batch>> spare; // written, ready for reuse (their buffers keep their size)

    // The batch at the front, once formatted, to write() (waiting for it; a task not started yet
    // is run on this thread meanwhile).
    const auto writeFront = [&] {
        InFlight front = std::move(pending.front());
        pending.pop_front();
        front.formatted.waitForFinished();
        front.batch->handoff.collect();
        if (!stopped && front.batch->text.size() > 0 && !write(front.batch->text.view()))
            stopped = true;
        front.batch->items.clear();
        front.batch->text.clear();
        spare.push_back(std::move(front.batch));
    };
    const auto freshBatch = [&] {
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
    const auto formatBatch = [&format, &stopped, codePage, decoding](Batch *batch) {
        batch->handoff.begin();
        if (!stopped) {
            for (const Batch::Item &item : batch->items)
                format(observe(item.udp, item.timestampNs, codePage, decoding, item.comments), batch->text);
        }
        batch->handoff.finish();
    };

    for (bool more = true; more && !stopped;) {
        std::shared_ptr<Batch> batch = freshBatch();
        more = readDatagrams(kBatchDatagrams, [&batch](UdpDatagram &udp, CaptureFrame &frame) {
            batch->items.push_back({std::move(udp), frame.timestampNs, std::move(frame.comments)});
            return true;
        });
        if (batch->items.empty()) {
            spare.push_back(std::move(batch));
            continue;
        }
        batch->handoff.submit();
        QFuture<void> formatted = QtConcurrent::run(&pool, formatBatch, batch.get());
        pending.push_back({std::move(batch), std::move(formatted)});
        while (!pending.empty() && (pending.size() >= maxInFlight || pending.front().formatted.isFinished()))
            writeFront();
    }
    while (!pending.empty())
        writeFront();
    close();
    return !hasError();
}
