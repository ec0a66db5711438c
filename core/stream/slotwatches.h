// The slots the monitor watches (the Slots view's Watch): one TapSource per slot, added to the
// stream's hub, so that a copy of every message written to a slot served by any process of this
// user streams in with its writer's pid. Stop watching removes the source again.
#pragma once

#include "core/slots/mailsloterror.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class StreamHub;
class TapSource;

class SlotWatches : public QObject
{
    Q_OBJECT

public:
    explicit SlotWatches(StreamHub *hub, QObject *parent = nullptr);
    ~SlotWatches() override;

    // Starts watching a local slot (canonical name); false with *error for a name that is not one.
    // Failures later on (another user's namespace, a system without taps) come as watchFailed().
    bool watch(const QString &slot, MailslotError *error = nullptr);
    void unwatch(const QString &slot);
    bool isWatched(const QString &slot) const { return m_sources.contains(slot); }
    QStringList watched() const { return m_sources.keys(); }
    // Copies of the slot's messages its watch did not get (its queue was full).
    quint64 missed(const QString &slot) const;

signals:
    void watchedChanged();
    void watchFailed(const QString &slot, const MailslotError &error);
    void missedChanged(const QString &slot, quint64 missed);

private:
    StreamHub *m_hub;
    QHash<QString, TapSource *> m_sources;
};
