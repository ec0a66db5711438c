// `mailslot-bench local`: our local path against the floor of a raw AF_UNIX datagram loop.
#pragma once

#include <QStringList>

int runLocalBench(const QStringList &arguments);
