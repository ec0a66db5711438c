// Reads the datagrams queued on a UDP socket with recvmmsg(): up to kBatch per system call,
// each with its sender, the address it was sent to and the interface it came in on
// (IP_PKTINFO), and the kernel's count of datagrams dropped on that socket (SO_RXQ_OVFL).
// Linux only; reading never waits (MSG_DONTWAIT), whatever the socket's mode.
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <functional>
#include <memory>

class DatagramReceiver
{
public:
    static constexpr int kBatch = 64;

    struct Datagram
    {
        QByteArrayView data; // valid during the sink call only
        quint32 sourceIp = 0;
        quint16 sourcePort = 0;
        quint32 destinationIp = 0; // 0 when the kernel did not say
        int interfaceIndex = 0;    // 0 when the kernel did not say
    };
    using Sink = std::function<void(const Datagram &datagram)>;

    // fd: an IPv4 UDP socket, not owned. Turns on IP_PKTINFO and SO_RXQ_OVFL on it.
    explicit DatagramReceiver(int fd);
    ~DatagramReceiver();
    DatagramReceiver(const DatagramReceiver &) = delete;
    DatagramReceiver &operator=(const DatagramReceiver &) = delete;

    // True when the kernel reports its drop counter (SO_RXQ_OVFL accepted).
    bool dropsKnown() const { return m_dropsKnown; }
    // The kernel's cumulative count of datagrams dropped on this socket, as of the last datagram read.
    quint32 kernelDrops() const { return m_kernelDrops; }

    // Reads what is queued, without waiting, up to maxDatagrams; sink() gets each in order.
    // Returns the number read (0: nothing queued), or -1 with errno on a socket error.
    int receive(int maxDatagrams, const Sink &sink);

private:
    struct Buffers;
    int m_fd;
    bool m_dropsKnown = false;
    quint32 m_kernelDrops = 0;
    std::unique_ptr<Buffers> m_buffers;
};
