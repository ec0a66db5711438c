#include "benchutil.h"

#include "core/netio/networksender.h"
#include "core/wire/netbiosdatagram.h"
#include "core/wire/pcapngwriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <vector>

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

qint64 BenchUtil::threadCpuNs()
{
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
        return 0;
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
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

BenchUtil::ChildRun BenchUtil::runChild(const QString &program, const QStringList &args)
{
    ChildRun run;
    QList<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &a : args)
        storage.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    if (pid < 0)
        return run;
    int status = 0;
    rusage usage{};
    if (::wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.maxRssKb = usage.ru_maxrss;
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                   + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return run;
}

QByteArray BenchUtil::hostAnnouncement(const QByteArray &comment)
{
    return QByteArray::fromHex("010060ea00004e4d42445045455200000000000000000601039a81000f0155aa") + comment + '\0';
}

bool BenchUtil::writeCapture(const QString &path, qint64 count)
{
    using mailslot::wire::NetbiosDatagram;
    using mailslot::wire::NetbiosName;
    using mailslot::wire::PcapngWriter;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    PcapngWriter writer(&file, PcapngWriter::RawIpv4);
    const NetbiosName source("BENCHSENDER", 0x00);
    const QByteArray browse = hostAnnouncement("bench comment");
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() * 1000000;
    for (qint64 i = 0; i < count; ++i) {
        const bool isBrowse = i % 2 == 0;
        const QByteArray d = NetworkSender::buildDatagram(
            NetbiosDatagram::DirectGroup, quint16(i), 0x0AD50001, 138, source, NetbiosName("BENCHWG", isBrowse ? 0x1d : 0x00),
            isBrowse ? QByteArray("\\MAILSLOT\\BROWSE") : QByteArray("\\MAILSLOT\\bench\\text"),
            isBrowse ? browse : QByteArray("message number ") + QByteArray::number(i));
        if (!writer.writeUdp(0x0AD50001, 138, 0x0AD500FF, 138, d, t0 + i * 1000))
            return false;
    }
    return true;
}
