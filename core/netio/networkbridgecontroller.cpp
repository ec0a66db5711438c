#include "core/netio/networkbridgecontroller.h"

#include <QMetaMethod>
#include <QThread>

NetworkBridgeController::NetworkBridgeController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ObservedDatagramList>("ObservedDatagramList");
    qRegisterMetaType<BridgeCounters>("BridgeCounters");
    qRegisterMetaType<StreamRowList>();
}

NetworkBridgeController::~NetworkBridgeController()
{
    stop();
}

bool NetworkBridgeController::isAvailable()
{
#ifdef Q_OS_WIN
    return false;
#else
    return true;
#endif
}

QString NetworkBridgeController::unavailableText()
{
    if (isAvailable())
        return {};
    return tr("The network bridge is not available on Windows: Windows itself carries mailslot datagrams on UDP "
              "138. Messages to other computers are written through the system.");
}

bool NetworkBridgeController::start(const NetworkBridge::Options &options, QString *error)
{
#ifdef Q_OS_WIN
    Q_UNUSED(options);
    if (error)
        *error = unavailableText();
    return false;
#else
    if (m_thread)
        return true;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("mailslot-bridge"));
    m_worker = new NetworkBridge(options);
    m_worker->moveToThread(m_thread);
    updateReporting();
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &NetworkBridge::datagramsObserved, this, &NetworkBridgeController::datagramsObserved);
    connect(m_worker, &NetworkBridge::rowsReady, this,
            [this, generation = ++m_generation](const StreamRowList &rows, quint64 rowsNotShown) {
                takeRows(generation, rows, rowsNotShown);
            });
    connect(m_worker, &NetworkBridge::countersChanged, this, [this](const BridgeCounters &counters) {
        m_counters = counters;
        emit countersChanged(counters);
    });
    connect(m_worker, &NetworkBridge::errorOccurred, this, &NetworkBridgeController::errorOccurred);
    m_thread->start();

    bool ok = false;
    QString problem;
    NetworkBridge *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [&] {
            ok = worker->start(&problem);
            m_port = worker->localPort();
            m_identity = worker->identity();
            m_counters = worker->counters();
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        if (error)
            *error = problem;
        return false;
    }
    return true;
#endif
}

void NetworkBridgeController::connectNotify(const QMetaMethod &signal)
{
#ifndef Q_OS_WIN
    // A receiver now exists: reporting starts before the next read, without asking Qt anything.
    if (!m_worker)
        return;
    if (signal == QMetaMethod::fromSignal(&NetworkBridgeController::datagramsObserved))
        m_worker->setReportsDatagrams(true);
    else if (signal == QMetaMethod::fromSignal(&NetworkBridgeController::rowsReady))
        m_worker->setReportsRows(true);
#else
    Q_UNUSED(signal);
#endif
}

void NetworkBridgeController::disconnectNotify(const QMetaMethod &signal)
{
    // An invalid method: disconnected with a wildcard, maybe this signal too. The connection is
    // still listed now, and a QObject mutex may be held: whether any is left is asked later.
    if (!signal.isValid() || signal == QMetaMethod::fromSignal(&NetworkBridgeController::datagramsObserved)
        || signal == QMetaMethod::fromSignal(&NetworkBridgeController::rowsReady))
        QMetaObject::invokeMethod(this, &NetworkBridgeController::updateReporting, Qt::QueuedConnection);
}

bool NetworkBridgeController::isReportingDatagrams() const
{
#ifndef Q_OS_WIN
    return m_worker && m_worker->reportsDatagrams();
#else
    return false;
#endif
}

bool NetworkBridgeController::isReportingRows() const
{
#ifndef Q_OS_WIN
    return m_worker && m_worker->reportsRows();
#else
    return false;
#endif
}

void NetworkBridgeController::takeRows(quint64 generation, const StreamRowList &rows, quint64 rowsNotShown)
{
    emit rowsReady(rows, rowsNotShown);
#ifndef Q_OS_WIN
    // Taken: the worker may send its next batch (a stopped worker's last rows ask for nothing).
    if (generation == m_generation && m_worker)
        QMetaObject::invokeMethod(m_worker, &NetworkBridge::rowsTaken, Qt::QueuedConnection);
#else
    Q_UNUSED(generation);
#endif
}

void NetworkBridgeController::updateReporting()
{
#ifndef Q_OS_WIN
    // The flag is atomic: set from this thread while the worker reads it in its own.
    if (!m_worker)
        return;
    m_worker->setReportsDatagrams(isSignalConnected(QMetaMethod::fromSignal(&NetworkBridgeController::datagramsObserved)));
    m_worker->setReportsRows(isSignalConnected(QMetaMethod::fromSignal(&NetworkBridgeController::rowsReady)));
#endif
}

void NetworkBridgeController::stop()
{
#ifndef Q_OS_WIN
    if (!m_thread)
        return;
    NetworkBridge *worker = m_worker;
    BridgeCounters last;
    QMetaObject::invokeMethod(
        worker,
        [&] {
            worker->stop();
            last = worker->counters();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr; // deleted by deleteLater when the thread finished
    m_counters = last;
    emit stopped();
#endif
}
