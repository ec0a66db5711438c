// `mailslot-bench network`: raw UDP loopback versus the whole bridge path, and capture decoding
// versus tshark. Prints a report; returns 0, or 1 when a part could not run.
#pragma once

#include <QStringList>

// arguments: the options after "network" (a leading program name or "network" is ignored):
// --count N (datagrams for every part; default 200000 on the wire, 1000000 in the capture),
// --no-tshark.
int runNetworkBench(const QStringList &arguments);
