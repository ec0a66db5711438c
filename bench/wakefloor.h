// The floor under the local path's latency: a writer paced like SlotPathRun::latency() wakes a
// thread through an eventfd (an event on Windows), which wakes a second one the same way (the worker and the consumer
// of our path), with nothing else done. Two thread wake-ups are the least our path needs; one,
// when the slot is read in the consumer's thread (MailslotServer::Options::readInThisThread).
#pragma once

#include "slotpathrun.h"

class WakeFloor
{
public:
    // count messages at perSecond; the time from the write to the last thread woken, per message
    // (wakeUps: 2, through a middle thread, or 1).
    static SlotPathRun::Latency latency(qint64 count, int perSecond, int wakeUps = 2);
};
