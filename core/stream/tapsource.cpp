#include "core/stream/tapsource.h"

#include "core/stream/tapworker.h"

#include <QThread>

#include <numeric>

TapSource::TapSource(const SlotPattern &pattern, QObject *parent)
    : StreamSource(RowOrigin::LocalSlot, parent), m_pattern(pattern), m_thread(new QThread(this)),
      m_worker(new TapWorker(pattern))
{
    qRegisterMetaType<MailslotError>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &TapWorker::start);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TapWorker::rowsRead, this, [this](const StreamRowList &rows) { publish(rows); });
    connect(m_worker, &TapWorker::attached, this, [this](const QString &slot, qint64 pid) {
        m_watched.insert(slot, pid);
        setState(State::Live);
        emit slotAttached(slot, pid);
    });
    connect(m_worker, &TapWorker::detached, this, [this](const QString &slot, quint64 missed) {
        m_watched.remove(slot);
        m_missed[slot] = missed;
        emit slotDetached(slot, missed);
    });
    connect(m_worker, &TapWorker::missedChanged, this, [this](const QString &slot, quint64 missed) {
        m_missed[slot] = missed;
        emit missedChanged(slot, missed);
    });
    connect(m_worker, &TapWorker::failed, this, [this](const MailslotError &error) {
        setState(State::Failed, error.toString());
        emit errorOccurred(error);
    });
    m_thread->setObjectName(QStringLiteral("tap"));
    m_thread->start();
}

TapSource::~TapSource()
{
    // The worker lets go of its taps in its own thread, then the thread ends and deletes it.
    QMetaObject::invokeMethod(m_worker, &TapWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString TapSource::name() const
{
    return tr("Watching %1").arg(m_pattern.canonical());
}

quint64 TapSource::totalMissed() const
{
    return std::accumulate(m_missed.cbegin(), m_missed.cend(), quint64(0));
}
