// Runs a NetworkBridge in its own thread: moveToThread, finished -> deleteLater, quit() + wait().
// Its signals are delivered in the thread of this object. A batch of rows counts as taken when
// rowsReady has returned here (queued receivers: when it was queued to them), and then the worker
// may send the next: at most NetworkBridge::kMaxRowBatchesInFlight wait in this thread's queue.
#pragma once

#include "core/netio/bridgecounters.h"
#include "core/netio/networkbridge.h"
#include "core/stream/observeddatagram.h"
#include "core/stream/streamrow.h"

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
    // Whether the worker currently builds and sends datagram lists, rows (false when not running).
    bool isReportingDatagrams() const;
    bool isReportingRows() const;

signals:
    void datagramsObserved(const ObservedDatagramList &datagrams);
    // Rows built in the worker's thread (see NetworkBridge::rowsReady).
    void rowsReady(const StreamRowList &rows, quint64 rowsNotShown);
    void countersChanged(const BridgeCounters &counters);
    void errorOccurred(const QString &message);
    void stopped();

protected:
    // The worker reports its datagrams only while datagramsObserved is connected here (its rows
    // only while rowsReady is): on at once
    // when a receiver connects; off after the last receiver disconnects or is destroyed, checked
    // in a later turn of this object's thread. (Qt may call these with an internal mutex held and
    // the connection still listed: asking isSignalConnected() from inside them can deadlock.)
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    void updateReporting();
    void takeRows(quint64 generation, const StreamRowList &rows, quint64 rowsNotShown);

    QThread *m_thread = nullptr;
    NetworkBridge *m_worker = nullptr;
    quint64 m_generation = 0; // which worker is m_worker (an earlier one's rows are not acknowledged)
    quint16 m_port = 0;
    NetworkIdentity m_identity;
    BridgeCounters m_counters;
};
