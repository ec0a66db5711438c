// `mailslot-bench gui`: the offscreen monitor window under an offered load.
//
// For each rate of --rates (msg/s over all writers, default 10000,100000,300000,0; 0 =
// unthrottled), --writers threads (default 4) write --size byte messages (default 64) into the
// default slot for --duration seconds (default 10), or with --network send them as UDP datagrams to
// the monitor's bridge on loopback. Each run then drains until every message is accounted for (a
// row, or on the network a row or a kernel drop counted with SO_RXQ_OVFL). Per run: the rate into
// the model, messages lost (must be 0), rows that never reached the table, the event-loop stall
// (lateness of a 1 ms heartbeat: p50/p99/p99.9/max and the sample count) and the time from a
// message's write to its row in the table (p50/p99, a sample of the rows). --load N runs N
// CPU-burning threads for the whole bench, so that a busy machine is reproducible. --capacity N:
// the stream's capacity (default 100,000). --capture N: the big-file bench instead (see
// guifilebench.h; then File > Export as the window runs it, guibenchexport.h, and Find,
// guibenchfind.h). --trace-turns: what kept the GUI thread busy, on standard error (turntrace.h).
//
// Needs a QApplication: if none exists, one is created on the offscreen platform (unless
// QT_QPA_PLATFORM says otherwise). A QCoreApplication made by the caller is not enough.
#pragma once

#include <QStringList>

int runGuiBench(const QStringList &arguments);
