// Runs a NetworkBridge in its own thread: moveToThread, finished -> deleteLater, quit() + wait().
// Its signals are delivered in the thread of this object.
#pragma once

#include "core/netio/bridgecounters.h"
#include "core/netio/networkbridge.h"
#include "core/stream/observeddatagram.h"

#include <QObject>

class QThread;

class NetworkBridgeController : public QObject
{
    Q_OBJECT

public:
    explicit NetworkBridgeController(QObject *parent = nullptr);
    ~NetworkBridgeController() override;

    // False on Windows: the system owns UDP 138 and carries remote mailslot writes itself, so
    // the bridge is not built there. unavailableText() says so to the user (empty elsewhere).
    static bool isAvailable();
    static QString unavailableText();

    // Starts the worker thread and binds; false and *error when the bridge cannot listen (on
    // Windows always, with unavailableText()).
    bool start(const NetworkBridge::Options &options, QString *error = nullptr);
    // Reads what is queued, stops the worker and joins its thread. The last counters stay readable.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    quint16 localPort() const { return m_port; }
    NetworkIdentity identity() const { return m_identity; }
    // The counters as last reported (exact after stop()).
    BridgeCounters counters() const { return m_counters; }
    // Whether the worker currently builds and sends datagram lists (false when not running).
    bool isReportingDatagrams() const;

signals:
    void datagramsObserved(const ObservedDatagramList &datagrams);
    void countersChanged(const BridgeCounters &counters);
    void errorOccurred(const QString &message);
    void stopped();

protected:
    // The worker reports its datagrams only while datagramsObserved is connected here: on at once
    // when a receiver connects; off after the last receiver disconnects or is destroyed, checked
    // in a later turn of this object's thread. (Qt may call these with an internal mutex held and
    // the connection still listed: asking isSignalConnected() from inside them can deadlock.)
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    void updateReporting();

    QThread *m_thread = nullptr;
    NetworkBridge *m_worker = nullptr;
    quint16 m_port = 0;
    NetworkIdentity m_identity;
    BridgeCounters m_counters;
};
