// The UDP 138 bridge as a source of stream rows: it runs NetworkBridge in its worker thread
// (NetworkBridgeController) and turns what the bridge reports into rows. Deliveries into slots
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

signals:
    void bridgeCountersChanged(const BridgeCounters &counters);
    void errorOccurred(const QString &message);

private:
    void takeDatagrams(const ObservedDatagramList &datagrams);

    NetworkBridgeController *m_controller;
    std::shared_ptr<DeliveryLedger> m_ledger;
};
