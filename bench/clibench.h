// mailslot-bench cli: the `mailslot` tool's two fast paths, each beside a floor from the same run.
//   decode: `mailslot decode FILE --fields slot,hex` on a capture of N datagrams, in MB/s of
//           capture read, beside the same file read in 1 MiB blocks and walked block by block.
//   send:   `mailslot send SLOT <100 bytes> --repeat N` into a slot this process serves (every
//           message counted as it arrives), beside N writes of an in-process MailslotWriter;
//           then the tool at both ends: `mailslot serve SLOT --count N` reading what
//           `mailslot send` writes (its lines counted and checked).
#pragma once

#include <QStringList>

int runCliBench(const QStringList &arguments);
