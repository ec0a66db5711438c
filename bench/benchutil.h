// Small measuring helpers shared by the benchmarks.
#pragma once

#include <QtGlobal>

class BenchUtil
{
public:
    // VmRSS and VmHWM of this process, in KiB (from /proc/self/status).
    static qint64 currentRssKiB();
    static qint64 peakRssKiB();
};
