#include "core/stream/tapworker.h"

#include "core/platform/slotbackend.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QSocketNotifier>

using namespace mailslot::platform;

struct TapWorker::Tap
{
    std::unique_ptr<TapSlot> slot;
    QSocketNotifier *notifier = nullptr;
    quint64 missed = 0;
    // A row holding only the last local writer's sender: its consecutive rows share that one allocation.
    StreamRow lastSender;
};

TapWorker::TapWorker(const SlotPattern &pattern, QObject *parent) : QObject(parent), m_pattern(pattern)
{
}

TapWorker::~TapWorker()
{
    stop();
}

void TapWorker::start()
{
    m_backend = createSystemBackend();
    // A system that cannot tap at all (Windows) says so at once, not when a slot appears.
    std::unique_ptr<TapSlot> probe;
    if (const SlotError e = m_backend->tap(std::string(), {}, &probe); e.code == kErrorNotSupported) {
        m_failed = true;
        emit failed(MailslotError::fromPlatform(e));
        return;
    }
    // The namespace directory is made if it is not there yet (as a server would), so that the
    // first slot of the name is seen when it appears.
    const QString dir = QString::fromStdString(m_backend->location());
    if (!QDir(dir).exists() && QDir().mkpath(dir))
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_watcher = new QFileSystemWatcher(this);
    // A new slot file, a slot made ready (its file is touched then), a slot file removed.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &TapWorker::rescan);
    m_watcher->addPath(dir);
    rescan();
}

void TapWorker::stop()
{
    const QStringList watched = m_taps.keys();
    for (const QString &slot : watched)
        detach(slot);
    delete m_watcher;
    m_watcher = nullptr;
}

void TapWorker::rescan()
{
    if (m_failed || !m_backend)
        return;
    std::vector<SlotStatus> statuses;
    if (const SlotError e = m_backend->list(&statuses)) {
        m_failed = true;
        emit failed(MailslotError::fromPlatform(e));
        return;
    }
    for (const SlotStatus &status : statuses) {
        const QString slot = QString::fromStdString(status.name);
        if (!m_taps.contains(slot) && m_pattern.matches(slot))
            attach(slot);
    }
}

void TapWorker::attach(const QString &slot)
{
    auto tap = std::make_shared<Tap>();
    if (const SlotError e = m_backend->tap(slot.toStdString(), {}, &tap->slot)) {
        // Gone again, or being created: the directory watch brings it back. Anything else is final.
        if (e.code == kErrorFileNotFound)
            return;
        m_failed = true;
        emit failed(MailslotError::fromPlatform(e));
        return;
    }
    tap->notifier = new QSocketNotifier(qintptr(tap->slot->readinessHandle()), QSocketNotifier::Read, this);
    connect(tap->notifier, &QSocketNotifier::activated, this, [this, slot] { read(slot); });
    m_taps.insert(slot, tap);
    emit attached(slot, tap->slot->serverPid());
    read(slot); // arms the readiness handle
}

void TapWorker::read(const QString &slot)
{
    const std::shared_ptr<Tap> tap = m_taps.value(slot);
    if (!tap)
        return;
    tap->slot->acknowledgeReadiness();
    StreamRowList rows;
    SlotError error;
    const std::size_t n = tap->slot->readAvailable(
        [&rows, &tap, &slot](const TapMessage &m) {
            StreamRow row;
            row.timeNs = m.writtenMsecs * 1000000;
            row.slot = slot;
            row.payload = QByteArray(reinterpret_cast<const char *>(m.data), qsizetype(m.size));
            const std::shared_ptr<const RowSender> &last = tap->lastSender.sender();
            if (m.origin || !last || last->pid != m.writerPid) {
                row.setSender(RowSender::make(m.writerPid, m.origin));
                if (!m.origin)
                    tap->lastSender.shareExtrasOf(row);
            } else {
                row.shareExtrasOf(tap->lastSender);
            }
            rows.append(std::move(row));
        },
        kBatchMessages, &error);
    if (!rows.isEmpty())
        emit rowsRead(rows);
    if (tap->slot->missed() != tap->missed) {
        tap->missed = tap->slot->missed();
        emit missedChanged(slot, tap->missed);
    }
    if (error) {
        detach(slot);
        rescan(); // served again already?
    } else if (n == std::size_t(kBatchMessages)) {
        // More is queued: read on after the other taps and the event loop had their turn.
        QMetaObject::invokeMethod(this, [this, slot] { read(slot); }, Qt::QueuedConnection);
    }
}

void TapWorker::detach(const QString &slot)
{
    const std::shared_ptr<Tap> tap = m_taps.take(slot);
    if (!tap)
        return;
    // (Called from the notifier's own signal too: it goes later, and says nothing more.)
    tap->notifier->setEnabled(false);
    tap->notifier->deleteLater();
    const quint64 missed = tap->slot->missed();
    tap->slot.reset();
    emit detached(slot, missed);
}
