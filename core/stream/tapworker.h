// The worker of a TapSource, in its thread: watches the namespace directory for slots that match
// (QFileSystemWatcher: a slot that appears, or is served again, is attached as soon as it is
// ready), holds one platform tap per matching slot, and reads the copies when a tap's readiness
// handle fires (QSocketNotifier), as rows in batches.
#pragma once

#include "core/slots/mailsloterror.h"
#include "core/stream/slotpattern.h"
#include "core/stream/streamrow.h"

#include <QHash>
#include <QObject>

#include <memory>

class QFileSystemWatcher;
class QSocketNotifier;

namespace mailslot::platform {
class SlotBackend;
class TapSlot;
}

class TapWorker : public QObject
{
    Q_OBJECT

public:
    explicit TapWorker(const SlotPattern &pattern, QObject *parent = nullptr);
    ~TapWorker() override;

    // The most copies read from one tap in one go (then the others get their turn).
    static constexpr int kBatchMessages = 4096;

    // Watches the namespace and attaches to what matches (call in the worker's thread).
    void start();
    // Detaches from every slot (call in the worker's thread, before it ends).
    void stop();

signals:
    void rowsRead(const StreamRowList &rows);
    void attached(const QString &slot, qint64 serverPid);
    // The slot closed (or was stopped being watched); missed: copies this tap did not get.
    void detached(const QString &slot, quint64 missed);
    void missedChanged(const QString &slot, quint64 missed);
    // Watching cannot go on (the namespace is another user's, or the system cannot tap).
    void failed(const MailslotError &error);

private:
    struct Tap;
    void rescan();
    void attach(const QString &slot);
    void read(const QString &slot);
    void detach(const QString &slot);

    SlotPattern m_pattern;
    std::unique_ptr<mailslot::platform::SlotBackend> m_backend;
    QFileSystemWatcher *m_watcher = nullptr;
    QHash<QString, std::shared_ptr<Tap>> m_taps;
    bool m_failed = false;
};
