// `mailslot-bench gui`: the offscreen monitor window ingesting messages from 4 writer threads.
//
// Measures messages/s reaching the stream model, event-loop stall (a 10 ms heartbeat timer:
// p50/p99/max of its lateness), peak RSS (VmHWM) at the default capacity, and the time from start
// to the first painted window. Options: --messages N (default 1,000,000), --writers N (default 4),
// --size BYTES (payload size, default 64), --capacity N (stream capacity, default 100,000).
// --network: the writers flood the monitor's bridge with UDP datagrams on loopback instead
// (default 200,000); every datagram must end as a row or as a kernel drop (SO_RXQ_OVFL).
//
// Needs a QApplication: if none exists, one is created on the offscreen platform (unless
// QT_QPA_PLATFORM says otherwise). A QCoreApplication made by the caller is not enough.
#pragma once

#include <QStringList>

int runGuiBench(const QStringList &arguments);
