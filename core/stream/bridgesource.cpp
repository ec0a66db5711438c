#include "core/stream/bridgesource.h"

#include "core/netio/networkbridgecontroller.h"
#include "core/stream/deliveryledger.h"

BridgeSource::BridgeSource(std::shared_ptr<DeliveryLedger> ledger, QObject *parent)
    : StreamSource(RowOrigin::Network, parent), m_controller(new NetworkBridgeController(this)),
      m_ledger(std::move(ledger))
{
    connect(m_controller, &NetworkBridgeController::rowsReady, this, &BridgeSource::takeRows);
    connect(m_controller, &NetworkBridgeController::countersChanged, this, &BridgeSource::bridgeCountersChanged);
    connect(m_controller, &NetworkBridgeController::errorOccurred, this, &BridgeSource::errorOccurred);
}

BridgeSource::~BridgeSource()
{
    m_controller->stop();
}

bool BridgeSource::isAvailable()
{
    return NetworkBridgeController::isAvailable();
}

QString BridgeSource::unavailableText()
{
    return NetworkBridgeController::unavailableText();
}

QString BridgeSource::name() const
{
    return tr("Network (UDP %1)").arg(m_controller->isRunning() ? m_controller->localPort() : 138);
}

bool BridgeSource::start(const NetworkBridge::Options &options, QString *error)
{
    if (m_controller->isRunning())
        m_controller->stop();
    setState(State::Starting);
    NetworkBridge::Options withLedger = options;
    withLedger.ledger = m_ledger;
    QString problem;
    if (!m_controller->start(withLedger, &problem)) {
        setState(State::Failed, problem);
        if (error)
            *error = problem;
        return false;
    }
    setState(State::Live);
    return true;
}

void BridgeSource::stop()
{
    if (!m_controller->isRunning())
        return;
    m_controller->stop();
    setState(State::Finished);
}

bool BridgeSource::isRunning() const
{
    return m_controller->isRunning();
}

quint16 BridgeSource::localPort() const
{
    return m_controller->localPort();
}

NetworkIdentity BridgeSource::identity() const
{
    return m_controller->identity();
}

BridgeCounters BridgeSource::bridgeCounters() const
{
    return m_controller->counters();
}

void BridgeSource::takeRows(const StreamRowList &rows, quint64 rowsNotShown)
{
    if (rowsNotShown > 0) {
        m_rowsNotShown += rowsNotShown;
        emit errorOccurred(tr("The stream fell behind the network: %n datagram(s) not shown (counted, and delivered "
                              "into local slots as usual)",
                              nullptr, int(qMin<quint64>(m_rowsNotShown, INT_MAX))));
    }
    publish(rows);
}
