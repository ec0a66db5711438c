#include "core/slots/mailslotworker.h"

#include "core/platform/slotbackend.h"
#include "core/slots/slotbatchbuilder.h"

#include <QSocketNotifier>
#include <QThread>
#include <QTimer>
#ifdef Q_OS_WIN
#include <QWinEventNotifier>
#endif

using namespace mailslot::platform;

namespace {
// Info changes are coalesced: at most one infoChanged per interval.
constexpr int kInfoIntervalMs = 100;
} // namespace

MailslotWorker::MailslotWorker(QString name, std::shared_ptr<ServerSlot> slot, bool paced)
    : m_name(std::move(name)), m_slot(std::move(slot)), m_paced(paced)
{
}

MailslotWorker::~MailslotWorker() = default;

void MailslotWorker::start(bool hold)
{
    m_hold = hold;
    m_infoTimer = new QTimer(this);
    m_infoTimer->setSingleShot(true);
    m_infoTimer->setInterval(kInfoIntervalMs);
    connect(m_infoTimer, &QTimer::timeout, this, [this] {
        if (m_stopped)
            return;
        // Arm before reading the figures: a write that lands after the read then rings the
        // doorbell and schedules the next update (armed after the read, it could go unseen).
        if (m_hold)
            m_slot->armReadiness();
        emit infoChanged(MailslotInfo::fromStatus(m_slot->status()));
    });
#ifdef Q_OS_WIN
    m_notifier = new QWinEventNotifier(reinterpret_cast<Qt::HANDLE>(m_slot->readinessHandle()), this);
    connect(m_notifier, &QWinEventNotifier::activated, this, &MailslotWorker::onReadable);
#else
    m_notifier = new QSocketNotifier(qintptr(m_slot->readinessHandle()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &MailslotWorker::onReadable);
#endif
    if (m_hold)
        m_slot->armReadiness();
    else
        drain(); // anything written before we started, and arms the readiness handle
    scheduleInfo();
}

void MailslotWorker::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (m_notifier)
        m_notifier->setEnabled(false);
    if (m_infoTimer)
        m_infoTimer->stop();
    emit finished();
}

void MailslotWorker::setHold(bool hold)
{
    if (m_stopped || hold == m_hold)
        return;
    m_hold = hold;
    if (m_hold)
        m_slot->armReadiness();
    else
        drain();
    scheduleInfo();
}

void MailslotWorker::batchConsumed()
{
    if (!(m_pace.exchange(0, std::memory_order_acq_rel) & kDrainWanted))
        return; // the worker had nothing waiting: its next drain finds the batch consumed
    if (QThread::currentThread() == thread())
        drain();
    else
        QMetaObject::invokeMethod(this, &MailslotWorker::drain, Qt::QueuedConnection);
}

void MailslotWorker::onReadable()
{
    m_slot->acknowledgeReadiness();
    if (m_hold)
        scheduleInfo(); // messages pile up: only the figures change
    else
        drain();
}

void MailslotWorker::scheduleInfo()
{
    if (m_infoTimer && !m_infoTimer->isActive())
        m_infoTimer->start();
}

void MailslotWorker::drain()
{
    m_drainQueued = false;
    if (m_stopped || m_hold)
        return;
    int pace = m_pace.load(std::memory_order_acquire);
    while (pace & kBatchOut) {
        // The consumer still has the last batch: batchConsumed() drains (unless it cleared the
        // flag meanwhile, in which case the CAS fails with pace 0 and this drain goes on).
        if (m_pace.compare_exchange_weak(pace, kBatchOut | kDrainWanted, std::memory_order_acq_rel))
            return;
    }
    // Batches of a steady flow are alike; their blocks come from the pool and go back to it.
    SlotBatchBuilder builder(m_name, m_lastBatch, m_lastBatchBytes, &m_blockPool);
    SlotError error;
    const std::size_t read = m_slot->readAvailable(
        [this, &builder](const std::uint8_t *data, std::uint32_t size, std::int64_t writtenMsecs) {
            builder.add(data, size, writtenMsecs, m_slot->sinkOrigin());
        },
        kMaxBatchMessages, kMaxBatchBytes, &error);
    const std::size_t bytes = std::size_t(builder.payloadBytes());
    const StreamRowList batch = builder.take();
    m_blockPool.trim(builder.pooledBlocks()); // free blocks kept for batches like the recent ones
    m_lastBatch = batch.size();
    m_lastBatchBytes = qsizetype(bytes);
    if (read > 0) {
        m_messagesRead.fetch_add(read, std::memory_order_relaxed);
        if (m_paced)
            m_pace.store(kBatchOut, std::memory_order_release); // before the consumer can see the batch
        emit messagesReceived(batch); // what was read before a failure is still delivered
    }
    if (error) {
        // The slot cannot be read any more: say so once and stop listening to it (its readiness
        // handle would otherwise fire without end).
        m_notifier->setEnabled(false);
        emit errorOccurred(MailslotError::fromPlatform(error));
        return;
    }
    if (read == 0)
        return;
    scheduleInfo();
    // readAvailable() stops at an empty queue (and re-arms the doorbell) or at a batch limit:
    // only at a limit may more be queued, and no lock is taken to find out.
    if (read >= std::size_t(kMaxBatchMessages) || bytes >= std::size_t(kMaxBatchBytes)) {
        // More may be queued: continue after the event loop had its turn (stop stays responsive).
        if (!m_drainQueued) {
            m_drainQueued = true;
            QMetaObject::invokeMethod(this, &MailslotWorker::drain, Qt::QueuedConnection);
        }
    }
}
