// mailslot-bench tap: what taps cost the slot's reader. One writer process and one reader thread
// at full speed, with 0, 1 and 4 taps attached (each read by a thread of its own); the reader's
// rate with taps as a ratio of its rate without (measured in the same run, rounds interleaved),
// and each tap's seen/missed counts. The reader must get every message, in order.
#pragma once

#include <QStringList>

int runTapBench(const QStringList &arguments);
// The writer process: `mailslot-bench tap-writer NAME COUNT SIZE` writes COUNT stamped messages.
int runTapWriter(const QStringList &arguments);
