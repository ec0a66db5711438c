// Taps on slots served by any process of this user, as a source of stream rows: a copy of every
// message written to the slots that match a name or a pattern (TapWorker, in a thread of its
// own), with the writer's pid and, for what the bridge delivered, the network origin
// (StreamRow::sender). The slots' readers lose nothing; a tap that falls behind loses its own
// copies, counted per slot (missed()).
#pragma once

#include "core/stream/slotpattern.h"
#include "core/stream/streamsource.h"

#include <QHash>

class QThread;
class TapWorker;

class TapSource : public StreamSource
{
    Q_OBJECT

public:
    explicit TapSource(const SlotPattern &pattern, QObject *parent = nullptr);
    ~TapSource() override;

    QString name() const override;
    SlotPattern pattern() const { return m_pattern; }
    // The slots watched now.
    QStringList watchedSlots() const { return m_watched.keys(); }
    // Copies of that slot's messages this source did not get (its queue was full).
    quint64 missed(const QString &slot) const { return m_missed.value(slot); }
    // Every copy missed, over all slots, since the start.
    quint64 totalMissed() const;

signals:
    void slotAttached(const QString &slot, qint64 serverPid);
    void slotDetached(const QString &slot, quint64 missed);
    void missedChanged(const QString &slot, quint64 missed);
    void errorOccurred(const MailslotError &error);

private:
    SlotPattern m_pattern;
    QThread *m_thread;
    TapWorker *m_worker;
    QHash<QString, qint64> m_watched;
    QHash<QString, quint64> m_missed;
};
