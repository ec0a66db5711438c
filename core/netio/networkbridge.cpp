#include "core/netio/networkbridge.h"

#include "core/slots/mailslotname.h"
#include "core/platform/slotbackend.h"
#include "core/slots/mailslotwriter.h"
#include "core/stream/deliveryledger.h"
#include "core/wire/pcapngwriter.h"
#include "core/platform/win32error.h"

#include <QDateTime>
#include <QNetworkInterface>
#include <QSocketNotifier>
#include <QTimer>
#include <QUdpSocket>

#include <cerrno>
#include <cstring>
#include <utility>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>


using namespace mailslot::wire;
using namespace mailslot::platform;

namespace {

qint64 nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

NetworkBridge::NetworkBridge(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_duplicates(options.duplicateWindowMs)
{
    if (m_options.identity.netbiosName().isEmpty() || m_options.identity.workgroup().isEmpty()) {
        const NetworkIdentity system = NetworkIdentity::systemDefault();
        if (m_options.identity.netbiosName().isEmpty())
            m_options.identity.setNetbiosName(system.netbiosName());
        if (m_options.identity.workgroup().isEmpty())
            m_options.identity.setWorkgroup(system.workgroup());
    }
}

NetworkBridge::~NetworkBridge()
{
    stop();
}

bool NetworkBridge::start(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_fd >= 0)
        return true;
    for (const QString &name : std::as_const(m_options.interfaces)) {
        const QNetworkInterface iface = QNetworkInterface::interfaceFromName(name);
        if (!iface.isValid())
            return fail(tr("There is no network interface \"%1\".").arg(name));
        m_interfaceIndexes.insert(iface.index());
    }
    if (!m_options.captureFile.isEmpty()) {
        m_captureFile.setFileName(m_options.captureFile);
        if (!m_captureFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(tr("Cannot write the capture file %1: %2").arg(m_options.captureFile, m_captureFile.errorString()));
        m_capture = std::make_unique<PcapngWriter>(&m_captureFile, PcapngWriter::RawIpv4);
        if (!m_capture->writeHeader())
            return fail(tr("Cannot write the capture file %1: %2").arg(m_options.captureFile, m_capture->errorString()));
    }

    QUdpSocket socket;
    if (!socket.bind(m_options.bindAddress, m_options.port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        const bool denied = socket.error() == QAbstractSocket::SocketAccessError;
        QString message = tr("Cannot listen on UDP %1 port %2: %3")
                              .arg(m_options.bindAddress.toString())
                              .arg(m_options.port)
                              .arg(socket.errorString());
        if (!message.endsWith(QLatin1Char('.')))
            message += QLatin1Char('.');
        if (denied && m_options.port < 1024)
            message += QLatin1Char(' ')
                + tr("Ports below 1024 need root or the CAP_NET_BIND_SERVICE capability: run "
                     "'sudo setcap cap_net_bind_service=+ep %1', or choose another port with --port.")
                      .arg(QCoreApplication::applicationFilePath());
        return fail(message);
    }
    // QUdpSocket bound (address sharing beside nmbd, clear errors); from here on a duplicate of
    // its descriptor is read with recvmmsg() (many datagrams per system call, each with the
    // kernel's drop counter) under our own notifier; the QUdpSocket closes its own at return.
    m_fd = ::fcntl(int(socket.socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (m_fd < 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        return fail(tr("Cannot listen on UDP %1 port %2: %3")
                        .arg(m_options.bindAddress.toString())
                        .arg(m_options.port)
                        .arg(reason));
    }
    m_localPort = socket.localPort();
    m_receiver = std::make_unique<DatagramReceiver>(m_fd);
    m_counters.kernelDropsKnown = m_receiver->dropsKnown();
    if (m_options.receiveBufferBytes > 0) {
        const int size = m_options.receiveBufferBytes;
        if (::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size) != 0)
            ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    }
    m_countersTimer = new QTimer(this);
    m_countersTimer->setSingleShot(true);
    m_countersTimer->setInterval(kCountersIntervalMs);
    connect(m_countersTimer, &QTimer::timeout, this, [this] {
        if (m_countersPending)
            reportCounters();
    });
    m_rowsTimer = new QTimer(this);
    m_rowsTimer->setSingleShot(true);
    m_rowsTimer->setTimerType(Qt::PreciseTimer);
    connect(m_rowsTimer, &QTimer::timeout, this, [this] { sendRows(false); });
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &NetworkBridge::readBatch);
    return true;
}

void NetworkBridge::stop()
{
    if (m_fd < 0)
        return;
    readBatch();
    delete m_notifier;
    m_notifier = nullptr;
    delete m_countersTimer;
    m_countersTimer = nullptr;
    if (m_countersPending)
        reportCounters(); // the last figures are never held back
    sendRows(true); // the last rows are never held back either
    m_receiver.reset();
    ::close(m_fd);
    m_fd = -1;
    m_localPort = 0;
    m_writers.clear();
    if (m_capture) {
        m_capture.reset();
        m_captureFile.close();
    }
}

bool NetworkBridge::isListening() const
{
    return m_fd >= 0;
}

quint16 NetworkBridge::localPort() const
{
    return m_localPort;
}

void NetworkBridge::readBatch()
{
    if (!m_receiver)
        return;
    ObservedDatagramList batch;
    StreamRowList rowBatch;
    qint64 received = 0;
    const qint64 ts = nowNs(); // one reading of the clock per batch
    // No one to report to: no list, no event into another thread, per batch.
    const bool datagrams = m_reportDatagrams.load(std::memory_order_relaxed);
    const bool rows = m_reportRows.load(std::memory_order_relaxed);
    if (rows)
        rowBatch.reserve(m_lastRowBatch);
    auto take = [&](const DatagramReceiver::Datagram &dg) {
        ++m_counters.received;
        if (!m_interfaceIndexes.isEmpty() && dg.interfaceIndex != 0 && !m_interfaceIndexes.contains(dg.interfaceIndex)) {
            ++m_counters.otherInterface;
            return;
        }
        ObservedDatagram d = ObservedDatagram::fromUdp(dg.data.toByteArray(), ts, dg.sourceIp, dg.sourcePort,
                                                       dg.destinationIp, m_localPort, m_options.codePage);
        writeCapture(d);
        const mailslot::wire::ParsedDatagram parsed = d.parsed(); // parsed once, here
        if (m_options.deduplicate && parsed.headerValid
            && m_duplicates.isDuplicate(d.sourceIp, d.sourcePort, parsed.dgmId, d.raw, ts / 1000000)) {
            ++m_counters.duplicates;
            return;
        }
        handle(d, parsed);
        if (rows) { // built here, in this thread; a run of one slot's rows shares its name
            QString slot = d.delivered ? d.deliveredTo() : rowSlotFor(parsed.slotName);
            rowBatch.append(StreamRow::withSlot(d, parsed, RowOrigin::Network, std::move(slot)));
        }
        if (datagrams)
            batch.append(std::move(d));
    };
    while (received < m_options.maxBatch) {
        m_unservedSynced = false; // what this read brings may be for a slot created just before it
        const int n = m_receiver->receive(int(qMin<qint64>(DatagramReceiver::kBatch, m_options.maxBatch - received)), take);
        if (n <= 0)
            break; // nothing more queued (or a socket error, e.g. ICMP feedback: the next read goes on)
        received += n;
    }
    m_unservedSynced = false;
    m_counters.kernelDrops = m_receiver->kernelDrops(); // cumulative
    if (m_capture)
        m_captureFile.flush();
    if (rows)
        m_lastRowBatch = rowBatch.size();
    if (rows && !rowBatch.isEmpty()) {
        StreamRow::shareEqualSlots(rowBatch);
        queueRows(std::move(rowBatch));
    } else if (!rows) {
        sendRows(true); // no one wants rows any more: what still waits goes now
    }
    if (datagrams && !batch.isEmpty())
        emit datagramsObserved(batch);
    if (received > 0)
        reportCounters();
}

void NetworkBridge::queueRows(StreamRowList rows)
{
    m_pendingCount += rows.size();
    m_pendingRows.push_back(std::move(rows));
    // The receiver fell behind: the oldest waiting rows go, counted, never the counting or delivery.
    for (qsizetype excess = m_pendingCount - qMax(1, m_options.maxPendingRows); excess > 0;
         excess = m_pendingCount - qMax(1, m_options.maxPendingRows)) {
        StreamRowList &oldest = m_pendingRows.front();
        const qsizetype dropped = qMin(excess, oldest.size());
        if (dropped == oldest.size())
            m_pendingRows.pop_front();
        else
            oldest.remove(0, dropped);
        m_pendingCount -= dropped;
        m_rowsNotShown += quint64(dropped);
    }
    sendRows(false);
}

StreamRowList NetworkBridge::takePendingRows()
{
    StreamRowList batch = std::move(m_pendingRows.front());
    m_pendingRows.pop_front();
    if (batch.size() > kMaxRowsPerBatch) {
        m_pendingRows.push_front(batch.sliced(kMaxRowsPerBatch));
        batch.resize(kMaxRowsPerBatch);
    }
    // Reads' batches that wait together go together (up to kMaxRowsPerBatch rows).
    while (!m_pendingRows.empty() && batch.size() + m_pendingRows.front().size() <= kMaxRowsPerBatch) {
        batch.append(std::move(m_pendingRows.front()));
        m_pendingRows.pop_front();
    }
    m_pendingCount -= batch.size();
    return batch;
}

void NetworkBridge::sendRows(bool all)
{
    if (!all && !m_pendingRows.empty() && m_rowBatchesInFlight < kMaxRowBatchesInFlight
        && m_pendingCount < kMaxRowsPerBatch && m_sinceRowsSent.isValid() && m_rowsTimer) {
        // Options::rowsIntervalMs apart, a full batch at once.
        const qint64 wait = m_options.rowsIntervalMs - m_sinceRowsSent.elapsed();
        if (wait > 0) {
            if (!m_rowsTimer->isActive())
                m_rowsTimer->start(int(wait));
            return;
        }
    }
    while (!m_pendingRows.empty() && (all || m_rowBatchesInFlight < kMaxRowBatchesInFlight)) {
        const StreamRowList batch = takePendingRows();
        ++m_rowBatchesInFlight;
        m_sinceRowsSent.start();
        emit rowsReady(batch, std::exchange(m_rowsNotShown, 0));
    }
}

void NetworkBridge::rowsTaken()
{
    if (m_rowBatchesInFlight > 0)
        --m_rowBatchesInFlight;
    sendRows(false);
}

void NetworkBridge::reportCounters()
{
    // At most one report per interval: the first change at once, later ones at the interval's end.
    if (m_countersTimer && m_countersTimer->isActive()) {
        m_countersPending = true;
        return;
    }
    m_countersPending = false;
    emit countersChanged(m_counters);
    if (m_countersTimer)
        m_countersTimer->start();
}

void NetworkBridge::handle(ObservedDatagram &d, const mailslot::wire::ParsedDatagram &parsed)
{
    if (!parsed.isMailslotWrite()) {
        m_counters.countMalformed(parsed.malformed);
        return;
    }
    if (m_options.deliver && m_options.identity.isAddressedToUs(parsed.destinationName) && deliver(d, parsed)) {
        ++m_counters.delivered;
        return;
    }
    ++m_counters.observed;
}

bool NetworkBridge::deliver(ObservedDatagram &d, const mailslot::wire::ParsedDatagram &parsed)
{
    const QString local = localNameFor(parsed.slotName);
    if (local.isEmpty()) {
        ++m_counters.invalidNames;
        return false;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        const std::shared_ptr<MailslotWriter> writer = writerFor(local);
        if (!writer)
            return false; // no such slot here: observed only
        // Noted before the write, so that the local copy is known when it is read.
        const bool noted = m_options.ledger && m_options.ledger->expect(local, parsed.payload);
        const MailslotError e = writer->writeFrom(parsed.payload, originOf(d, parsed), 0);
        if (e && noted)
            m_options.ledger->withdraw(local, parsed.payload);
        if (!e) {
            d.delivered = true;
            d.setDeliveredTo(local);
            return true;
        }
        if (e.code() != kErrorFileNotFound && e.code() != kErrorInvalidHandle) {
            ++m_counters.deliveryFailures;
            return false;
        }
        m_writers.remove(local); // the server went away: try a fresh open once
    }
    return false;
}

QString NetworkBridge::remembered(QHash<QByteArray, QString> &memo, const QByteArray &wireName,
                                  QString (*make)(const QByteArray &))
{
    if (const auto it = memo.constFind(wireName); it != memo.cend())
        return it.value();
    if (memo.size() >= kMaxRememberedNames)
        memo.clear(); // a flood of ever new names costs a make() each, never unbounded memory
    const QString value = make(wireName);
    memo.insert(wireName, value);
    return value;
}

QString NetworkBridge::localNameFor(const QByteArray &wireName)
{
    // A name from the network is validated before anything is opened with it (once per name).
    return remembered(m_localNames, wireName, [](const QByteArray &bytes) {
        const QString wire = QString::fromLatin1(bytes);
        const MailslotName name = MailslotName::parse(wire);
        if (name.isValid() && name.isLocal() && wire.startsWith(QLatin1Char('\\')) && !wire.contains(QLatin1Char('/')))
            return name.localCanonical();
        return QString();
    });
}

QString NetworkBridge::rowSlotFor(const QByteArray &wireName)
{
    return remembered(m_rowSlots, wireName, [](const QByteArray &bytes) { return MailslotName::localFromWire(bytes); });
}

const mailslot::platform::MessageOrigin &NetworkBridge::originOf(const ObservedDatagram &d,
                                                                 const mailslot::wire::ParsedDatagram &parsed)
{
    // Datagrams come in runs from one sender: its texts are made when it changes, not per datagram.
    const bool ipv4 = d.sourceIpv6().isEmpty(); // (an IPv6 sender's text is made every time)
    if (!ipv4 || !m_originIpKnown || d.sourceIp != m_originIp) {
        m_origin.address = d.sourceAddress().toStdString();
        m_originIp = d.sourceIp;
        m_originIpKnown = ipv4;
    }
    if (!m_originNameKnown || !(parsed.sourceName == m_originName)) {
        m_origin.netbiosName = parsed.sourceName.toDisplayString().toStdString();
        m_originName = parsed.sourceName;
        m_originNameKnown = true;
    }
    m_origin.port = d.sourcePort;
    m_origin.datagramType = parsed.msgType;
    return m_origin;
}

std::shared_ptr<MailslotWriter> NetworkBridge::writerFor(const QString &local)
{
    if (std::shared_ptr<MailslotWriter> writer = m_writers.value(local))
        return writer;
    if (!m_unservedSynced) {
        // Read after the datagram was: a slot created before it was sent is known now.
        m_unserved.sync();
        m_unservedSynced = true;
    }
    if (m_unserved.contains(local))
        return nullptr;
    m_unserved.prepare(); // watched before the open, so that a slot created after it is noticed
    ++m_counters.slotOpens;
    MailslotError error;
    std::shared_ptr<MailslotWriter> writer(MailslotWriter::open(local, &error).release());
    if (!writer) {
        if (error.code() == kErrorFileNotFound)
            m_unserved.remember(local);
        return nullptr;
    }
    m_writers.insert(local, writer);
    return writer;
}

void NetworkBridge::writeCapture(const ObservedDatagram &d)
{
    if (!m_capture)
        return;
    quint32 destination = d.destinationIp;
    if (!destination)
        destination = m_options.bindAddress.toIPv4Address();
    if (!m_capture->writeUdp(d.sourceIp, d.sourcePort, destination, d.destinationPort, d.raw, d.timestampNs)) {
        emit errorOccurred(tr("Writing the capture file failed: %1").arg(m_capture->errorString()));
        m_capture.reset();
    }
}
