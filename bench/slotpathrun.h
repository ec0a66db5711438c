// Our local path, end to end: writer threads write with MailslotWriter, the MailslotServer's
// worker thread reads, and the messages reach the consumer (this thread) through its signal.
#pragma once

#include "benchload.h"

#include <vector>

class SlotPathRun
{
public:
    struct Throughput
    {
        double rate = 0;    // messages per second into the consumer
        qint64 lost = 0;    // missing, duplicated or out of order
        qint64 batches = 0; // messagesReceived signals
    };
    static Throughput throughput(const BenchLoad &load);

    struct Latency
    {
        qint64 messages = 0; // measured
        double p50Us = 0;
        double p99Us = 0;
        double p999Us = 0;
        double maxUs = 0;
    };
    // One writer at `perSecond` messages a second (paced to absolute deadlines), 100 bytes each:
    // the time from just before the write to the consumer's slot, per message.
    // inConsumerThread: the slot read in the consumer's thread (MailslotServer::Options::readInThisThread).
    static Latency latency(qint64 count, int perSecond, bool inConsumerThread = false);
    // Percentiles of latencies in microseconds.
    static Latency summarize(std::vector<double> micros);
};
