// Small measuring helpers shared by the benchmarks.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

class BenchUtil
{
public:
    // VmRSS and VmHWM of this process, in KiB (from /proc/self/status).
    static qint64 currentRssKiB();
    static qint64 peakRssKiB();
    // CPU time the calling thread has used, in ns (CLOCK_THREAD_CPUTIME_ID): what a thread's work
    // costs, whatever the other threads and processes take of the processors meanwhile.
    static qint64 threadCpuNs();
    // Sends each datagram to 127.0.0.1:port (blocking sendto); returns how many were sent.
    static qint64 sendLoopback(quint16 port, const QList<QByteArray> &datagrams);

    // What a program run as a child took: wall time, CPU time and peak RSS (wait4).
    struct ChildRun
    {
        bool ok = false; // it ran and exited with status 0
        double seconds = 0;
        double cpuSeconds = 0;
        long maxRssKb = 0;
    };
    // Runs program with its standard output and error to /dev/null, and measures it.
    static ChildRun runChild(const QString &program, const QStringList &args);

    // The body of a BROWSE host announcement (NMBDPEER) with this comment and its terminating NUL.
    static QByteArray hostAnnouncement(const QByteArray &comment);
    // Writes a pcapng file of count UDP 138 frames (raw IPv4), half BROWSE host announcements and
    // half text messages to \MAILSLOT\bench\text, 1 us apart; false when it cannot be written.
    static bool writeCapture(const QString &path, qint64 count);
};
