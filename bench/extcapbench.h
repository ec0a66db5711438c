// `mailslot-bench extcap`: messages/s from a slot into tshark through `mailslot extcap` (live
// capture, dissected), beside `tshark -r` of the same file (the dissection alone).
#pragma once

#include <QStringList>

int runExtcapBench(const QStringList &arguments);
