#include "app/cli/fieldslisting.h"

#include "core/capture/wellformedwrite.h"
#include "core/wire/udpextractor.h"

#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QtEndian>

#include <deque>
#include <memory>

using namespace mailslot::wire;

namespace {
constexpr std::size_t kBatchFrames = 8192;
constexpr qsizetype kBatchTextBytes = 2 * 1024 * 1024; // room for a batch's lines (grows if needed)
constexpr qsizetype kIpv4Header = 20;
constexpr qsizetype kEthernetHeader = 14;

quint16 u16be(QByteArrayView bytes, qsizetype at)
{
    return qFromBigEndian<quint16>(bytes.data() + at);
}

// The UDP datagram of a plain IPv4 frame (raw IP, or Ethernet without tags) when its framing is
// sound: not a fragment, no IP options, the lengths within the frame; what UdpExtractor gives for
// it then, with the payload in place. False for anything else (UdpExtractor reads it).
bool plainIpv4Udp(quint32 linkType, QByteArrayView frame, DatagramFields::Origin *origin, QByteArrayView *payload)
{
    if (linkType == UdpExtractor::LinkEthernet) {
        if (frame.size() < kEthernetHeader || u16be(frame, 12) != 0x0800)
            return false;
        frame = frame.sliced(kEthernetHeader);
    } else if (linkType != UdpExtractor::LinkRaw && linkType != UdpExtractor::LinkIpv4) {
        return false;
    }
    if (frame.size() < kIpv4Header + 8 || quint8(frame[0]) != 0x45 || quint8(frame[9]) != 17
        || (u16be(frame, 6) & 0x3FFF) != 0)
        return false;
    const qsizetype total = u16be(frame, 2);
    const qsizetype udpLength = u16be(frame, kIpv4Header + 4);
    if (total < kIpv4Header + 8 || total > frame.size() || udpLength < 8 || udpLength > total - kIpv4Header)
        return false;
    origin->sourceIp = qFromBigEndian<quint32>(frame.data() + 12);
    origin->destinationIp = qFromBigEndian<quint32>(frame.data() + 16);
    origin->sourcePort = u16be(frame, kIpv4Header);
    origin->destinationPort = u16be(frame, kIpv4Header + 2);
    *payload = frame.sliced(kIpv4Header + 8, udpLength - 8);
    return true;
}

void addStats(CaptureDecoder::Stats &to, const CaptureDecoder::Stats &more)
{
    to.frames += more.frames;
    to.datagrams += more.datagrams;
    to.otherFrames += more.otherFrames;
    to.unsupportedFrames += more.unsupportedFrames;
    for (auto it = more.unsupportedLinkTypes.cbegin(); it != more.unsupportedLinkTypes.cend(); ++it)
        to.unsupportedLinkTypes[it.key()] += it.value();
}
} // namespace

FieldsListing::FieldsListing(const DatagramFields &fields, quint16 port, OemCodePage codePage)
    : m_fields(fields), m_port(port), m_codePage(codePage), m_decoder(port, codePage)
{
    m_decoder.setDecoding(false);
}

void FieldsListing::take(const CaptureScanner::Frame &frame, Batch &batch) const
{
    CaptureDecoder::Stats &stats = batch.stats;
    ++stats.frames;
    DatagramFields::Origin origin;
    origin.timestampNs = frame.timestampNs;
    QByteArrayView payload;
    WellFormedWrite write;
    const bool plain = plainIpv4Udp(frame.linkType, frame.data, &origin, &payload);
    if (plain) {
        if (origin.destinationPort != m_port && origin.sourcePort != m_port) {
            ++stats.otherFrames;
            return;
        }
        ++stats.datagrams;
        if (write.read(payload)) {
            m_fields.write(origin, write, batch.timeCache, batch.text);
            return;
        }
    }
    // Any other frame, or datagram: the general way.
    const UdpExtractor::Result udp = UdpExtractor::extract(frame.linkType, frame.data, frame.originalLength);
    if (plain) { // a datagram of the port, counted already
        m_fields.write(CaptureDecoder::observe(udp.datagram, frame.timestampNs, m_codePage, false), batch.text);
        return;
    }
    if (udp.status == UdpExtractor::Status::UnsupportedLinkType) {
        ++stats.unsupportedFrames;
        ++stats.unsupportedLinkTypes[frame.linkType];
    }
    const UdpDatagram &d = udp.datagram;
    if (!udp.ok() || (d.destinationPort != m_port && d.sourcePort != m_port)) {
        ++stats.otherFrames;
        return;
    }
    ++stats.datagrams;
    m_fields.write(CaptureDecoder::observe(d, frame.timestampNs, m_codePage, false), batch.text);
}

void FieldsListing::format(Batch &batch) const
{
    for (const CaptureScanner::Frame &frame : batch.frames)
        take(frame, batch);
}

bool FieldsListing::scan(CaptureScanner &scanner, const CaptureDecoder::ChunkSink &write)
{
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    const std::size_t maxInFlight = std::size_t(pool.maxThreadCount()) * 2 + 2;
    struct InFlight
    {
        std::shared_ptr<Batch> batch;
        QFuture<void> formatted;
    };
    std::deque<InFlight> pending; // in file order
    std::vector<std::shared_ptr<Batch>> spare;
    bool stopped = false;
    const auto writeFront = [&] {
        InFlight front = std::move(pending.front());
        pending.pop_front();
        front.formatted.waitForFinished();
        front.batch->handoff.collect();
        if (!stopped && front.batch->text.size() > 0)
            stopped = !write(front.batch->text.view());
        addStats(m_stats, front.batch->stats);
        scanner.release(front.batch->frames.back().data.data());
        front.batch->frames.clear();
        front.batch->text.clear();
        front.batch->stats = {};
        spare.push_back(std::move(front.batch));
    };
    std::shared_ptr<Batch> batch;
    const auto submit = [&] {
        batch->handoff.submit();
        QFuture<void> formatted = QtConcurrent::run(&pool, [this, b = batch.get()] {
            b->handoff.begin();
            format(*b);
            b->handoff.finish();
        });
        pending.push_back({std::move(batch), std::move(formatted)});
        while (!pending.empty() && (pending.size() >= maxInFlight || pending.front().formatted.isFinished()))
            writeFront();
    };
    scanner.scan([&](const CaptureScanner::Frame &frame) {
        if (!batch && spare.empty()) {
            batch = std::make_shared<Batch>();
            batch->frames.reserve(kBatchFrames);
            batch->text.reserveTotal(kBatchTextBytes);
        } else if (!batch) {
            batch = std::move(spare.back());
            spare.pop_back();
        }
        batch->frames.push_back(frame);
        if (batch->frames.size() >= kBatchFrames)
            submit();
        return !stopped;
    });
    if (batch && !batch->frames.empty())
        submit();
    while (!pending.empty())
        writeFront();
    return !stopped;
}

bool FieldsListing::run(const QString &path, const CaptureDecoder::ChunkSink &write)
{
    m_stats = {};
    CaptureScanner scanner;
    qint64 scanned = 0;
    if (scanner.open(path)) {
        if (!scan(scanner, write) || scanner.finished())
            return true;
        scanned = m_stats.frames;
    }
    // The rest (or all) of the file the general way, after the frames listed already.
    m_decoder.setSkippedFrames(scanned);
    const DatagramFields &fields = m_fields;
    const bool ok = m_decoder.formatFile(
        path, [&fields](const ObservedDatagram &d, JsonLineWriter &lines) { fields.write(d, lines); }, write);
    addStats(m_stats, m_decoder.stats());
    return ok;
}
