// The reading side of a mailslot server, living in a worker thread: it wakes when the slot's
// readiness handle fires (QSocketNotifier; no polling), reads everything queued in batches and
// emits the messages. Create it, moveToThread(), then call start() in that thread.
#pragma once

#include "core/slots/mailsloterror.h"
#include "core/slots/mailslotinfo.h"
#include "core/slots/slotblockpool.h"
#include "core/stream/streamrow.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QSocketNotifier;
class QTimer;
#ifdef Q_OS_WIN
class QWinEventNotifier;
#endif

namespace mailslot::platform {
class ServerSlot;
}

class MailslotWorker : public QObject
{
    Q_OBJECT

public:
    // At most this many messages (or bytes) go into one messagesReceived batch.
    static constexpr int kMaxBatchMessages = 4096;
    static constexpr qint64 kMaxBatchBytes = 4 * 1024 * 1024;

    // paced: a batch is emitted only once the previous one was consumed (batchConsumed()); what
    // arrives meanwhile waits in the slot's queue and goes out in the next batch, so batches grow
    // with the consumer's load and writers ring no doorbell while the worker is behind. A batch
    // never waits while the consumer is idle: it waits only for the previous one.
    MailslotWorker(QString name, std::shared_ptr<mailslot::platform::ServerSlot> slot, bool paced = false);
    ~MailslotWorker() override;

    // Called in the worker thread (queued).
    void start(bool hold);
    void stop();
    void setHold(bool hold);
    // The consumer has handled the last messagesReceived batch (paced workers). Any thread: the
    // consumer calls it directly, and the worker's thread is woken only if it has a drain waiting.
    void batchConsumed();
    // Messages taken from the slot so far (any thread): each one is in a messagesReceived batch.
    quint64 messagesRead() const { return m_messagesRead.load(std::memory_order_relaxed); }

signals:
    void messagesReceived(const StreamRowList &messages);
    void infoChanged(const MailslotInfo &info);
    void errorOccurred(const MailslotError &error);
    void finished();

private:
    void onReadable();
    void drain();
    void scheduleInfo();

    QString m_name;
    std::shared_ptr<mailslot::platform::ServerSlot> m_slot;
#ifdef Q_OS_WIN
    // The slot's readiness handle is an event (the pending overlapped read's): see win32serverslot.h.
    QWinEventNotifier *m_notifier = nullptr;
#else
    QSocketNotifier *m_notifier = nullptr;
#endif
    QTimer *m_infoTimer = nullptr;
    bool m_hold = false;
    bool m_paced = false;
    // paced: kBatchOut while a batch is emitted and not yet consumed, kDrainWanted when the slot
    // became readable meanwhile (set by the worker, cleared by batchConsumed() in any thread).
    static constexpr int kBatchOut = 1;
    static constexpr int kDrainWanted = 2;
    std::atomic<int> m_pace{0};
    bool m_drainQueued = false;
    bool m_stopped = false;
    std::atomic<quint64> m_messagesRead{0};
    SlotBlockPool m_blockPool;           // the batches' payload blocks, used again (this thread only)
    qsizetype m_lastBatch = 0;           // rows in the last batch
    qsizetype m_lastBatchBytes = 0;      // payload bytes in the last batch
};
