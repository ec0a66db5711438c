#include "core/slots/mailslotworker.h"

#include "core/platform/slotbackend.h"

#include <QSocketNotifier>
#include <QTimer>
#ifdef Q_OS_WIN
#include <QWinEventNotifier>
#endif

using namespace mailslot::platform;

namespace {
// Info changes are coalesced: at most one infoChanged per interval.
constexpr int kInfoIntervalMs = 100;
} // namespace

MailslotWorker::MailslotWorker(QString name, std::shared_ptr<ServerSlot> slot)
    : m_name(std::move(name)), m_slot(std::move(slot))
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
    StreamRowList batch;
    std::size_t bytes = 0;
    SlotError error;
    const std::size_t read = m_slot->readAvailable(
        [&](const std::uint8_t *data, std::uint32_t size, std::int64_t writtenMsecs) {
            bytes += size;
            StreamRow row; // numbered by the StreamHub that takes it
            row.slot = m_name;
            row.timeNs = writtenMsecs * 1000000;
            row.payload = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
            batch.append(std::move(row));
        },
        kMaxBatchMessages, kMaxBatchBytes, &error);
    if (read > 0) {
        m_messagesRead.fetch_add(read, std::memory_order_relaxed);
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
