#include "core/netio/networksender.h"

#include "core/wire/netbiosdatagram.h"
#include "core/netio/netbiosnamequery.h"
#include "core/wire/mailslotlimits.h"
#include "core/wire/smbmailslotwrite.h"
#include "core/platform/win32error.h"

#include <QHostInfo>
#include <QRandomGenerator>
#include <QUdpSocket>

#ifndef Q_OS_WIN
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace mailslot::wire;
using namespace mailslot::platform;

NetworkSender::NetworkSender() : NetworkSender(Options())
{
}

NetworkSender::~NetworkSender() = default;

NetworkSender::NetworkSender(const Options &options) : m_options(options), m_identity(options.identity)
{
    if (m_identity.netbiosName().isEmpty() || m_identity.workgroup().isEmpty()) {
        const NetworkIdentity system = NetworkIdentity::systemDefault();
        if (m_identity.netbiosName().isEmpty())
            m_identity.setNetbiosName(system.netbiosName());
        if (m_identity.workgroup().isEmpty())
            m_identity.setWorkgroup(system.workgroup());
    }
}

qsizetype NetworkSender::maxPayloadSize(const QByteArray &wireNameOrPath)
{
    qsizetype length = wireNameOrPath.size();
    if (SmbMailslotWrite::isMailslotName(wireNameOrPath))
        length -= 10; // "\MAILSLOT\"
    return qsizetype(maxNetworkPayload(length));
}

std::optional<QByteArray> NetworkSender::wireNameBytes(const MailslotName &name)
{
    const QString wire = name.wireName();
    for (const QChar c : wire) {
        if (c.unicode() > 0xFF)
            return std::nullopt;
    }
    return wire.toLatin1();
}

MailslotError NetworkSender::checkSize(const MailslotName &name, qsizetype payloadSize)
{
    const auto wire = wireNameBytes(name);
    if (!wire)
        return MailslotError(kErrorInvalidName, tr("A network mailslot name may only use Latin-1 characters."));
    const qsizetype limit = maxPayloadSize(*wire);
    if (payloadSize > limit)
        return MailslotError(kErrorBadNetpath, {}, quint64(payloadSize), quint64(limit));
    return {};
}

quint8 NetworkSender::messageType(const MailslotName &target) const
{
    if (target.scope() == MailslotName::Scope::Broadcast || m_options.domain
        || target.server().compare(m_identity.workgroup(), Qt::CaseInsensitive) == 0)
        return NetbiosDatagram::DirectGroup;
    return NetbiosDatagram::DirectUnique;
}

NetbiosName NetworkSender::destinationName(const MailslotName &target) const
{
    if (target.scope() == MailslotName::Scope::Broadcast)
        return NetbiosName(m_identity.workgroup().toLatin1(), 0x00);
    return NetbiosName(NetworkIdentity::normalizeName(target.server()).toLatin1(), 0x00);
}

QByteArray NetworkSender::buildDatagram(quint8 msgType, quint16 dgmId, quint32 sourceIp, quint16 sourcePort,
                                        const NetbiosName &source, const NetbiosName &destination,
                                        const QByteArray &wireName, QByteArrayView payload, quint16 priority, bool pad)
{
    // One allocation: the SMB write is encoded into the datagram's buffer, the payload read where
    // it lies (a sender encodes every datagram it sends).
    SmbMailslotWrite write(wireName, QByteArray::fromRawData(payload.data(), payload.size()));
    write.setPriority(priority);
    write.setPadToFourBytes(pad);
    const qsizetype smbSize = write.encodedSize();
    if (smbSize == 0)
        return {};
    NetbiosDatagram datagram;
    datagram.setMsgType(msgType);
    datagram.setFlags(NetbiosDatagram::FirstFlag | (NetbiosDatagram::MNode << 2));
    datagram.setDgmId(dgmId);
    datagram.setSourceIp(sourceIp);
    datagram.setSourcePort(sourcePort);
    datagram.setSourceName(source);
    datagram.setDestinationName(destination);
    return datagram.encodeDataMessage(smbSize, [&write](QByteArray &out) { write.appendEncoded(out); });
}

QList<QNetworkInterface> NetworkSender::chooseInterfaces(const QStringList &names, QString *problem)
{
    QList<QNetworkInterface> chosen;
    auto hasBroadcast = [](const QNetworkInterface &iface) {
        for (const QNetworkAddressEntry &e : iface.addressEntries()) {
            if (e.ip().protocol() == QAbstractSocket::IPv4Protocol && !e.broadcast().isNull())
                return true;
        }
        return false;
    };
    if (!names.isEmpty()) {
        for (const QString &name : names) {
            const QNetworkInterface iface = QNetworkInterface::interfaceFromName(name);
            if (!iface.isValid()) {
                if (problem)
                    *problem = tr("There is no network interface \"%1\".").arg(name);
                return {};
            }
            if (!(iface.flags() & QNetworkInterface::IsUp) || !hasBroadcast(iface)) {
                if (problem)
                    *problem = tr("The network interface \"%1\" is down or has no IPv4 broadcast address.").arg(name);
                return {};
            }
            chosen.append(iface);
        }
        return chosen;
    }
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : all) {
        const auto flags = iface.flags();
        if ((flags & QNetworkInterface::IsUp) && (flags & QNetworkInterface::IsRunning)
            && (flags & QNetworkInterface::CanBroadcast) && !(flags & QNetworkInterface::IsLoopBack)
            && hasBroadcast(iface))
            chosen.append(iface);
    }
    if (chosen.isEmpty() && problem)
        *problem = tr("No running network interface has an IPv4 broadcast address.");
    return chosen;
}

QHostAddress NetworkSender::sourceAddressFor(const QHostAddress &destination)
{
    bool ok = false;
    const quint32 ip = destination.toIPv4Address(&ok);
    if (!ok)
        return {};
#ifdef Q_OS_WIN
    // A connected UDP socket has its local address chosen by the route; nothing is sent.
    Q_UNUSED(ip);
    QUdpSocket socket;
    socket.connectToHost(destination, kDatagramPort);
    return socket.waitForConnected(1000) ? socket.localAddress() : QHostAddress();
#else
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return {};
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof one);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(kDatagramPort);
    to.sin_addr.s_addr = htonl(ip);
    QHostAddress result;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) == 0) {
        sockaddr_in local{};
        socklen_t len = sizeof local;
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &len) == 0)
            result = QHostAddress(ntohl(local.sin_addr.s_addr));
    }
    ::close(fd);
    return result;
#endif
}

QList<NetworkSender::Destination> NetworkSender::resolve(const MailslotName &target, MailslotError *error) const
{
    QList<Destination> destinations;
    auto fail = [error](const QString &detail) {
        *error = MailslotError(kErrorBadNetpath, detail);
        return QList<Destination>{};
    };
    if (!m_options.to.isEmpty()) {
        QHostAddress address(m_options.to);
        if (address.isNull()) {
            const QHostInfo info = QHostInfo::fromName(m_options.to);
            for (const QHostAddress &a : info.addresses()) {
                if (a.protocol() == QAbstractSocket::IPv4Protocol) {
                    address = a;
                    break;
                }
            }
        }
        if (address.isNull() || address.protocol() != QAbstractSocket::IPv4Protocol)
            return fail(tr("The address \"%1\" is not an IPv4 address or a known host.").arg(m_options.to));
        destinations.append({address, sourceAddressFor(address), {}});
        return destinations;
    }
    QString problem;
    const QList<QNetworkInterface> interfaces = chooseInterfaces(m_options.interfaces, &problem);
    if (messageType(target) == NetbiosDatagram::DirectGroup) {
        if (interfaces.isEmpty())
            return fail(problem);
        for (const QNetworkInterface &iface : interfaces) {
            for (const QNetworkAddressEntry &e : iface.addressEntries()) {
                if (e.ip().protocol() == QAbstractSocket::IPv4Protocol && !e.broadcast().isNull()) {
                    destinations.append({e.broadcast(), e.ip(), iface.name()});
                    break;
                }
            }
        }
        return destinations;
    }
    // A computer: NetBIOS name query first, then the system resolver.
    QList<QHostAddress> broadcasts;
    for (const QNetworkInterface &iface : interfaces) {
        for (const QNetworkAddressEntry &e : iface.addressEntries()) {
            if (e.ip().protocol() == QAbstractSocket::IPv4Protocol && !e.broadcast().isNull())
                broadcasts.append(e.broadcast());
        }
    }
    QHostAddress address = NetbiosNameQuery::resolve(destinationName(target), broadcasts, m_options.nameQueryTimeoutMs);
    if (address.isNull()) {
        const QHostInfo info = QHostInfo::fromName(target.server().toLower());
        for (const QHostAddress &a : info.addresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol) {
                address = a;
                break;
            }
        }
    }
    if (address.isNull())
        return fail(tr("The computer \"%1\" did not answer a NetBIOS name query and the system resolver does not "
                       "know it; give its address with --to.")
                        .arg(target.server()));
    destinations.append({address, sourceAddressFor(address), {}});
    return destinations;
}

namespace {

bool waitWritable(QUdpSocket &socket, int timeoutMs)
{
#ifdef Q_OS_WIN
    // No retry: on Windows the system carries remote mailslot writes (MailslotRegistry).
    Q_UNUSED(socket);
    Q_UNUSED(timeoutMs);
    return false;
#else
    pollfd p{int(socket.socketDescriptor()), POLLOUT, 0};
    return ::poll(&p, 1, timeoutMs) > 0;
#endif
}

} // namespace

MailslotError NetworkSender::send(const MailslotName &target, QByteArrayView payload, quint64 repeat, Report *report)
{
    Report local;
    Report &r = report ? *report : local;
    if (const MailslotError e = prepare(target, payload.size(), &r))
        return e;
    return sendPrepared(target, payload, repeat, &r);
}

MailslotError NetworkSender::prepare(const MailslotName &target, qsizetype payloadSize, Report *report) const
{
    Report &r = *report;
    r = {};
    if (!target.isValid())
        return MailslotError(kErrorInvalidName);
    if (target.isLocal())
        return MailslotError(kErrorInvalidParameter, tr("%1 is a mailslot on this computer.").arg(target.canonical()));
    if (const MailslotError e = checkSize(target, payloadSize))
        return e;
    r.msgType = messageType(target);
    r.destinationName = destinationName(target);
    MailslotError error;
    r.destinations = resolve(target, &error);
    return error;
}

MailslotError NetworkSender::openSocket()
{
    if (m_socket)
        return {};
    auto socket = std::make_unique<QUdpSocket>();
    bool bound = false;
    if (m_options.bindPort138)
        bound = socket->bind(QHostAddress::AnyIPv4, kDatagramPort, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint);
    if (!bound && !socket->bind(QHostAddress::AnyIPv4, 0))
        return MailslotError(kErrorGenFailure, tr("Cannot open a UDP socket: %1").arg(socket->errorString()));
    m_socket = std::move(socket);
    return {};
}

MailslotError NetworkSender::sendPrepared(const MailslotName &target, QByteArrayView payload, quint64 repeat,
                                          Report *report)
{
    Report &r = *report;
    if (const MailslotError e = checkSize(target, payload.size()))
        return e;
    if (const MailslotError e = openSocket())
        return e;
    QUdpSocket &socket = *m_socket;
    r.sourcePort = socket.localPort();
    const QByteArray wireName = *wireNameBytes(target);
    const NetbiosName source = m_identity.sourceName();

    quint64 failed = 0;
    QString lastProblem;
    for (quint64 i = 0; i < repeat; ++i) {
        for (const Destination &d : std::as_const(r.destinations)) {
            const auto id = quint16(QRandomGenerator::global()->generate());
            const QByteArray datagram =
                buildDatagram(r.msgType, id, d.sourceAddress.toIPv4Address(), r.sourcePort, source, r.destinationName,
                              wireName, payload, m_options.priority, m_options.padToFourBytes);
            qint64 written = socket.writeDatagram(datagram, d.address, m_options.port);
            // A full send buffer: wait until the socket is writable again, once.
            if (written < 0 && socket.error() == QAbstractSocket::TemporaryError
                && waitWritable(socket, 1000))
                written = socket.writeDatagram(datagram, d.address, m_options.port);
            if (written == datagram.size()) {
                ++r.datagramsSent;
            } else {
                ++r.datagramsFailed;
                ++failed;
                lastProblem = tr("Sending to %1 port %2 failed: %3")
                                  .arg(d.address.toString())
                                  .arg(m_options.port)
                                  .arg(socket.errorString());
            }
        }
    }
    if (failed)
        return MailslotError(kErrorGenFailure,
                             tr("%n datagram(s) could not be sent.", nullptr, int(qMin<quint64>(failed, 0x7FFFFFFF)))
                                 + QLatin1Char(' ') + lastProblem);
    return {};
}
