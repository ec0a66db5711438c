// The floor that is the limit of a shared-memory queue: a plain single-producer/single-consumer
// byte ring per writer thread, read by one consumer thread, which sleeps on a futex when every
// ring is empty; a writer makes a system call only to wake a sleeping consumer (or, with its ring
// full, yields). Records are a 4-byte length and the payload, padded to 8 bytes; the consumer
// copies each payload out, as a real consumer would.
#pragma once

#include "benchload.h"

class SpscRingFloor
{
public:
    // Messages per second into the consumer; *lost counts what did not arrive in order.
    static double run(const BenchLoad &load, qint64 *lost);
};
