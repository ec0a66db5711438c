// The session of the message stream: owns the sources, numbers every row in one place (the order
// rows reach it), and is what the monitor and the CLI consume.
//
// A network message that the bridge delivered into a slot served here would otherwise be two
// rows (the datagram, and the local message read from the slot): the hub keeps the datagram,
// marked delivered, and drops the local copy (see DeliveryLedger).
#pragma once

#include "core/stream/deliveryledger.h"
#include "core/stream/streamsource.h"

#include <QList>
#include <QObject>

#include <memory>

class StreamHub : public QObject
{
    Q_OBJECT

public:
    explicit StreamHub(QObject *parent = nullptr);
    ~StreamHub() override;

    // Takes the source (it becomes the hub's child) and streams its rows from now on.
    void addSource(StreamSource *source);
    // Stops streaming the source's rows and deletes it (later: it may be emitting).
    void removeSource(StreamSource *source);
    QList<StreamSource *> sources() const { return m_sources; }
    StreamSource *source(quint32 id) const;

    // The number of the newest row (rows are numbered 1, 2, 3, ... in arrival order).
    quint64 lastSequence() const { return m_lastSequence; }
    // Local rows dropped because their datagram (marked delivered) is the row.
    quint64 mergedDeliveries() const { return m_mergedDeliveries; }
    // Shared with the bridge, which notes its deliveries into slots served here.
    std::shared_ptr<DeliveryLedger> ledger() const { return m_ledger; }

signals:
    // Numbered rows, in order; one emission per batch a source produced.
    void rowsArrived(const StreamRowList &rows);
    void sourceAdded(StreamSource *source);
    void sourceRemoved(quint32 id);
    // A source's state changed (its counters change with every batch: read them when showing).
    void sourceStateChanged(StreamSource *source);

private:
    void take(StreamRowList rows);
    bool isDeliveredCopy(const StreamRow &row);

    QList<StreamSource *> m_sources;
    quint32 m_nextId = 1;
    quint64 m_lastSequence = 0;
    quint64 m_mergedDeliveries = 0;
    std::shared_ptr<DeliveryLedger> m_ledger;
};
