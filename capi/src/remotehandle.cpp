#include "capi/src/remotehandle.h"

#include "core/netio/netbiosnamequery.h"
#include "core/wire/netbiosdatagram.h"

#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdlib>

namespace mailslot::capi {

RemoteHandle::RemoteHandle(const MailslotName &name, bool canWrite, quint16 port)
    : m_name(name), m_canWrite(canWrite)
{
    m_options.port = port;
    m_sender = std::make_unique<NetworkSender>(m_options);
}

QString RemoteHandle::resolveComputer() const
{
    QList<QHostAddress> broadcasts;
    for (const QNetworkInterface &iface : NetworkSender::chooseInterfaces({}, nullptr)) {
        for (const QNetworkAddressEntry &e : iface.addressEntries()) {
            if (e.ip().protocol() == QAbstractSocket::IPv4Protocol && !e.broadcast().isNull())
                broadcasts.append(e.broadcast());
        }
    }
    const QHostAddress address = NetbiosNameQuery::resolve(m_sender->destinationName(m_name), broadcasts,
                                                           m_options.nameQueryTimeoutMs);
    if (!address.isNull())
        return address.toString();
    addrinfo hints{};
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_DGRAM;
    addrinfo *found = nullptr;
    if (::getaddrinfo(m_name.server().toLower().toUtf8().constData(), nullptr, &hints, &found) != 0 || !found)
        return {};
    const auto *ipv4 = reinterpret_cast<const sockaddr_in *>(found->ai_addr);
    const QString result = QHostAddress(ntohl(ipv4->sin_addr.s_addr)).toString();
    ::freeaddrinfo(found);
    return result;
}

bool RemoteHandle::portFromEnvironment(quint16 *port)
{
    *port = NetworkSender::kDatagramPort;
    const char *text = std::getenv("MAILSLOT_DATAGRAM_PORT");
    if (!text)
        return true;
    char *end = nullptr;
    const unsigned long value = std::strtoul(text, &end, 10);
    if (end == text || *end != '\0' || value == 0 || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

std::uint32_t RemoteHandle::write(const void *data, std::uint32_t size)
{
    if (!m_canWrite)
        return platform::kErrorAccessDenied;
    std::lock_guard lock(m_mutex);
    if (const MailslotError e = NetworkSender::checkSize(m_name, qsizetype(size)))
        return e.code();
    if (!m_resolved) {
        if (m_sender->messageType(m_name) == mailslot::wire::NetbiosDatagram::DirectUnique) {
            NetworkSender::Options options = m_options;
            options.to = resolveComputer();
            if (options.to.isEmpty())
                return platform::kErrorBadNetpath;
            m_sender = std::make_unique<NetworkSender>(options);
        }
        if (const MailslotError e = m_sender->prepare(m_name, 0, &m_report))
            return e.code();
        m_resolved = true;
    }
    const QByteArrayView payload(static_cast<const char *>(data), qsizetype(size));
    return m_sender->sendPrepared(m_name, payload, 1, &m_report).code();
}

} // namespace mailslot::capi
