// The UDP 138 bridge as a source of stream rows: it runs NetworkBridge in its worker thread
// (NetworkBridgeController), which builds the rows there; this object, in the hub's thread, only
// publishes them. At most NetworkBridge::kMaxRowBatchesInFlight batches wait for this thread; when
// it falls further behind the bridge keeps counting and delivering, and the rows it could not
// hand over are counted here (rowsNotShown) and said (errorOccurred). Deliveries into slots
// served here are noted in the hub's ledger, so that each is one row (see DeliveryLedger).
#pragma once

#include "core/netio/bridgecounters.h"
#include "core/netio/networkbridge.h"
#include "core/stream/streamsource.h"

#include <memory>

class DeliveryLedger;
class NetworkBridgeController;

class BridgeSource : public StreamSource
{
    Q_OBJECT

public:
    explicit BridgeSource(std::shared_ptr<DeliveryLedger> ledger, QObject *parent = nullptr);
    ~BridgeSource() override;

    // False on Windows (the system owns UDP 138); unavailableText() says so.
    static bool isAvailable();
    static QString unavailableText();

    QString name() const override;

    // Binds and listens (Live), or fails with the reason (Failed, *error). Restarts when running.
    bool start(const NetworkBridge::Options &options, QString *error = nullptr);
    // Reads what is queued and stops (Finished). The last counters stay readable.
    void stop();
    bool isRunning() const;
    quint16 localPort() const;
    NetworkIdentity identity() const;
    // The bridge's own counters (received, delivered, malformed by reason, ...), as last reported.
    BridgeCounters bridgeCounters() const;
    // Datagrams counted (and delivered) by the bridge whose rows were never handed to the stream:
    // this thread fell too far behind (see NetworkBridge::Options::maxPendingRows). Since start.
    quint64 rowsNotShown() const { return m_rowsNotShown; }

signals:
    void bridgeCountersChanged(const BridgeCounters &counters);
    void errorOccurred(const QString &message);

private:
    void takeRows(const StreamRowList &rows, quint64 rowsNotShown);

    NetworkBridgeController *m_controller;
    std::shared_ptr<DeliveryLedger> m_ledger;
    quint64 m_rowsNotShown = 0;
};
