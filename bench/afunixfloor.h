// A floor for the local path: AF_UNIX datagrams (socketpair) from writer threads to a reader
// thread, one kernel copy per message.
#pragma once

#include "benchload.h"

class AfUnixFloor
{
public:
    // Messages per second received; *lost counts what did not arrive in order.
    static double run(const BenchLoad &load, qint64 *lost);
};
