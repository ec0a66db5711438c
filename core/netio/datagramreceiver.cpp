#include "core/netio/datagramreceiver.h"

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>

#ifndef SO_RXQ_OVFL
#define SO_RXQ_OVFL 40
#endif

namespace {
// The largest UDP payload over IPv4; pages of the buffers are only touched where data lands.
constexpr std::size_t kDatagramBytes = 65536;
constexpr std::size_t kControlBytes = CMSG_SPACE(sizeof(in_pktinfo)) + CMSG_SPACE(sizeof(quint32)) + 64;
} // namespace

struct DatagramReceiver::Buffers
{
    std::unique_ptr<char[]> data{new char[kDatagramBytes * kBatch]}; // left uninitialised: untouched pages cost nothing
    mmsghdr headers[kBatch]{};
    iovec iov[kBatch]{};
    sockaddr_in senders[kBatch]{};
    alignas(cmsghdr) char control[kBatch][kControlBytes]{};
};

DatagramReceiver::DatagramReceiver(int fd) : m_fd(fd), m_buffers(std::make_unique<Buffers>())
{
    const int one = 1;
    m_dropsKnown = ::setsockopt(fd, SOL_SOCKET, SO_RXQ_OVFL, &one, sizeof one) == 0;
    ::setsockopt(fd, IPPROTO_IP, IP_PKTINFO, &one, sizeof one);
}

DatagramReceiver::~DatagramReceiver() = default;

int DatagramReceiver::receive(int maxDatagrams, const Sink &sink)
{
    Buffers &b = *m_buffers;
    const int wanted = qBound(1, maxDatagrams, kBatch);
    for (int i = 0; i < wanted; ++i) {
        b.iov[i] = {b.data.get() + std::size_t(i) * kDatagramBytes, kDatagramBytes};
        msghdr &m = b.headers[i].msg_hdr;
        m = {};
        m.msg_name = &b.senders[i];
        m.msg_namelen = sizeof b.senders[i];
        m.msg_iov = &b.iov[i];
        m.msg_iovlen = 1;
        m.msg_control = b.control[i];
        m.msg_controllen = kControlBytes;
    }
    int n;
    do {
        n = ::recvmmsg(m_fd, b.headers, unsigned(wanted), MSG_DONTWAIT, nullptr);
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
    for (int i = 0; i < n; ++i) {
        msghdr &m = b.headers[i].msg_hdr;
        Datagram d;
        d.data = QByteArrayView(static_cast<const char *>(b.iov[i].iov_base), qsizetype(b.headers[i].msg_len));
        if (b.senders[i].sin_family == AF_INET) {
            d.sourceIp = ntohl(b.senders[i].sin_addr.s_addr);
            d.sourcePort = ntohs(b.senders[i].sin_port);
        }
        for (cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_RXQ_OVFL) {
                std::memcpy(&m_kernelDrops, CMSG_DATA(c), sizeof m_kernelDrops);
            } else if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_PKTINFO) {
                in_pktinfo info{};
                std::memcpy(&info, CMSG_DATA(c), sizeof info);
                d.destinationIp = ntohl(info.ipi_addr.s_addr);
                d.interfaceIndex = info.ipi_ifindex;
            }
        }
        sink(d);
    }
    return n;
}
