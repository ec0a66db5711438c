#include "networkbridge.h"

#include "mailslotname.h"
#include "mailslotwriter.h"
#include "pcapngwriter.h"
#include "win32error.h"

#include <QDateTime>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QUdpSocket>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

#ifndef SO_RXQ_OVFL
#define SO_RXQ_OVFL 40
#endif

using namespace mailslot::net;
using namespace mailslot::platform;

namespace {

qint64 nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Peeks at the next datagram: its size, and the kernel's drop counter (SO_RXQ_OVFL) when present.
// -1 when nothing is queued.
qint64 peekNext(int fd, quint32 *drops, bool *haveDrops)
{
    char byte = 0;
    iovec iov{&byte, 1};
    alignas(cmsghdr) char control[256];
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    ssize_t n;
    do {
        n = ::recvmsg(fd, &msg, MSG_PEEK | MSG_TRUNC | MSG_DONTWAIT);
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        return -1;
    *haveDrops = false;
    for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_RXQ_OVFL) {
            memcpy(drops, CMSG_DATA(c), sizeof(quint32));
            *haveDrops = true;
        }
    }
    return n;
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
    if (m_socket)
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

    m_socket = new QUdpSocket(this);
    if (!m_socket->bind(m_options.bindAddress, m_options.port,
                        QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        const bool denied = m_socket->error() == QAbstractSocket::SocketAccessError;
        QString message = tr("Cannot listen on UDP %1 port %2: %3")
                              .arg(m_options.bindAddress.toString())
                              .arg(m_options.port)
                              .arg(m_socket->errorString());
        if (denied && m_options.port < 1024)
            message += QLatin1Char(' ')
                + tr("Ports below 1024 need root or the CAP_NET_BIND_SERVICE capability: run "
                     "'sudo setcap cap_net_bind_service=+ep %1', or choose another port with --port.")
                      .arg(QCoreApplication::applicationFilePath());
        delete m_socket;
        m_socket = nullptr;
        return fail(message);
    }
    const int fd = int(m_socket->socketDescriptor());
    const int one = 1;
    m_counters.kernelDropsKnown = ::setsockopt(fd, SOL_SOCKET, SO_RXQ_OVFL, &one, sizeof one) == 0;
    if (m_options.receiveBufferBytes > 0) {
        const int size = m_options.receiveBufferBytes;
        if (::setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size) != 0)
            ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &NetworkBridge::onReadyRead);
    // Datagrams that arrived between bind() and connect().
    if (m_socket->hasPendingDatagrams())
        QMetaObject::invokeMethod(this, &NetworkBridge::onReadyRead, Qt::QueuedConnection);
    return true;
}

void NetworkBridge::stop()
{
    if (!m_socket)
        return;
    readBatch();
    m_socket->close();
    delete m_socket;
    m_socket = nullptr;
    m_writers.clear();
    if (m_capture) {
        m_capture.reset();
        m_captureFile.close();
    }
}

bool NetworkBridge::isListening() const
{
    return m_socket != nullptr;
}

quint16 NetworkBridge::localPort() const
{
    return m_socket ? m_socket->localPort() : 0;
}

void NetworkBridge::onReadyRead()
{
    readBatch();
}

void NetworkBridge::readBatch()
{
    if (!m_socket)
        return;
    const int fd = int(m_socket->socketDescriptor());
    ObservedDatagramList batch;
    bool receivedAny = false;
    auto take = [&](const QNetworkDatagram &dg) {
        bool ok = false;
        const quint32 src = dg.senderAddress().toIPv4Address(&ok);
        if (!ok && dg.senderAddress().isNull())
            return;
        ++m_counters.received;
        if (!m_interfaceIndexes.isEmpty() && dg.interfaceIndex() != 0
            && !m_interfaceIndexes.contains(int(dg.interfaceIndex()))) {
            ++m_counters.otherInterface;
            return;
        }
        const qint64 ts = nowNs();
        ObservedDatagram d = ObservedDatagram::fromUdp(dg.data(), ts, src, quint16(dg.senderPort()),
                                                       dg.destinationAddress().toIPv4Address(),
                                                       m_socket->localPort(), m_options.codePage);
        writeCapture(d);
        if (m_options.deduplicate && d.parsed.headerValid
            && m_duplicates.isDuplicate(d.sourceIp, d.sourcePort, d.parsed.dgmId, d.raw, ts / 1000000)) {
            ++m_counters.duplicates;
            return;
        }
        handle(d);
        batch.append(std::move(d));
    };
    for (int n = 0; n < m_options.maxBatch; ++n) {
        quint32 drops = 0;
        bool haveDrops = false;
        const qint64 size = peekNext(fd, &drops, &haveDrops);
        if (size < 0)
            break;
        if (haveDrops)
            m_counters.kernelDrops = drops; // cumulative
        const QNetworkDatagram dg = m_socket->receiveDatagram(qMax<qint64>(size, 1));
        receivedAny = true;
        take(dg);
    }
    if (!receivedAny) {
        // Keeps QUdpSocket's notification state right even when the notification found nothing.
        QNetworkDatagram dg = m_socket->receiveDatagram(65536);
        if (dg.isValid()) {
            dg.setData(QByteArray(dg.data().constData(), dg.data().size()));
            take(dg);
        }
    }
    if (m_capture)
        m_captureFile.flush();
    if (!batch.isEmpty())
        emit datagramsObserved(batch);
    if (receivedAny || !batch.isEmpty())
        emit countersChanged(m_counters);
}

void NetworkBridge::handle(ObservedDatagram &d)
{
    if (!d.parsed.isMailslotWrite()) {
        m_counters.countMalformed(d.parsed.malformed);
        return;
    }
    if (m_options.deliver && m_options.identity.isAddressedToUs(d.parsed.destinationName) && deliver(d)) {
        ++m_counters.delivered;
        return;
    }
    ++m_counters.observed;
}

bool NetworkBridge::deliver(ObservedDatagram &d)
{
    // A name from the network is validated before anything is opened with it.
    const QString wire = QString::fromLatin1(d.parsed.slotName);
    const MailslotName name = MailslotName::parse(wire);
    if (!name.isValid() || !name.isLocal() || !wire.startsWith(QLatin1Char('\\'))
        || wire.contains(QLatin1Char('/'))) {
        ++m_counters.invalidNames;
        return false;
    }
    const QString local = name.localCanonical();
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::shared_ptr<MailslotWriter> writer = m_writers.value(local);
        if (!writer) {
            MailslotError error;
            writer = std::shared_ptr<MailslotWriter>(MailslotWriter::open(local, &error).release());
            if (!writer)
                return false; // no such slot here: observed only
            m_writers.insert(local, writer);
        }
        const MailslotError e = writer->write(d.parsed.payload, 0);
        if (!e) {
            d.delivered = true;
            d.deliveredTo = local;
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
