// Small measuring helpers shared by the benchmarks.
#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

class BenchUtil
{
public:
    // VmRSS and VmHWM of this process, in KiB (from /proc/self/status).
    static qint64 currentRssKiB();
    static qint64 peakRssKiB();
    // Sends each datagram to 127.0.0.1:port (blocking sendto); returns how many were sent.
    static qint64 sendLoopback(quint16 port, const QList<QByteArray> &datagrams);
};
