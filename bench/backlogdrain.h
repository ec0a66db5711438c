// What a reader catching up with a backlog costs the writers: a slot holding many queued messages
// is drained in the worker's batches (MailslotWorker's limits) while one writer goes on writing,
// beside the same writer with nobody reading. POSIX back-end (the queue is ours there).
#pragma once

#include "slotpathrun.h"

class BacklogDrain
{
public:
    struct Result
    {
        SlotPathRun::Latency alone;  // the writer's write() with nobody reading, us
        SlotPathRun::Latency during; // the same while the reader drains the backlog
        double drainMs = 0;          // the backlog read through, in batches
        qint64 batches = 0;
        qint64 lost = 0; // backlog messages not read, or read out of order
    };
    // backlog: messages of 100 bytes queued before the reader starts.
    static Result run(qint64 backlog);
};
