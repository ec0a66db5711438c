// What the network bridge has seen so far.
#pragma once

#include "core/wire/malformedreason.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>

struct BridgeCounters
{
    Q_DECLARE_TR_FUNCTIONS(BridgeCounters)

public:
    quint64 received = 0;            // datagrams read from the socket(s)
    quint64 delivered = 0;           // written into a local slot
    quint64 observed = 0;            // well-formed writes only observed (not for us, or no such local slot)
    quint64 malformed = 0;           // sum of malformedByReason
    QMap<mailslot::wire::MalformedReason, quint64> malformedByReason;
    quint64 duplicates = 0;          // suppressed by the duplicate filter
    quint64 invalidNames = 0;        // slot names from the network that MailslotName refused
    quint64 deliveryFailures = 0;    // the local slot existed but the write failed (queue full, ...)
    quint64 otherInterface = 0;      // arrived on an interface that was not chosen
    quint64 kernelDrops = 0;         // dropped by the kernel (receive queue full), from SO_RXQ_OVFL
    bool kernelDropsKnown = false;   // SO_RXQ_OVFL could be enabled
    quint64 slotOpens = 0;           // local slots opened (or tried) to deliver into: O(1) per name, not per datagram

    void countMalformed(mailslot::wire::MalformedReason reason);
    quint64 malformedCount(mailslot::wire::MalformedReason reason) const { return malformedByReason.value(reason); }

    // {"received":..., "malformed": {"total": n, "<reason key>": n...}, "kernelDrops": n|null, ...}
    QJsonObject toJson() const;
    // A short translated summary for a status line or stderr.
    QString toText() const;
};

Q_DECLARE_METATYPE(BridgeCounters)
