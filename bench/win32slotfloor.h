// The kernel floor for the local path on Windows: the system's own mailslot, written with
// WriteFile by writer threads and read with ReadFile by one reader thread, with nothing of ours in
// between (the Windows counterpart of AfUnixFloor: one kernel copy in, one out, per message).
#pragma once

#include "benchload.h"

class Win32SlotFloor
{
public:
    // Messages per second received; *lost counts what did not arrive in order.
    static double run(const BenchLoad &load, qint64 *lost);
};
