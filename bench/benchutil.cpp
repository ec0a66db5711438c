#include "benchutil.h"

#include <QFile>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
qint64 statusField(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key(field);
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
} // namespace

qint64 BenchUtil::currentRssKiB()
{
    return statusField("VmRSS:");
}

qint64 BenchUtil::peakRssKiB()
{
    return statusField("VmHWM:");
}

qint64 BenchUtil::sendLoopback(quint16 port, const QList<QByteArray> &datagrams)
{
    const int tx = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (tx < 0)
        return 0;
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    qint64 sent = 0;
    for (const QByteArray &d : datagrams)
        if (::sendto(tx, d.constData(), size_t(d.size()), 0, reinterpret_cast<sockaddr *>(&to), sizeof to) == d.size())
            ++sent;
    ::close(tx);
    return sent;
}
