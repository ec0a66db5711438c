#include "core/stream/slotwatches.h"

#include "core/stream/slotpattern.h"
#include "core/stream/streamhub.h"
#include "core/stream/tapsource.h"

SlotWatches::SlotWatches(StreamHub *hub, QObject *parent) : QObject(parent), m_hub(hub)
{
}

// The sources are the hub's: they go with it.
SlotWatches::~SlotWatches() = default;

bool SlotWatches::watch(const QString &slot, MailslotError *error)
{
    const SlotPattern pattern = SlotPattern::parse(slot, error);
    if (!pattern.isValid())
        return false;
    const QString name = pattern.canonical();
    if (m_sources.contains(name))
        return true;
    auto *source = new TapSource(pattern);
    connect(source, &TapSource::errorOccurred, this, [this, name](const MailslotError &e) {
        emit watchFailed(name, e);
        unwatch(name);
    });
    connect(source, &TapSource::missedChanged, this, &SlotWatches::missedChanged);
    m_sources.insert(name, source);
    m_hub->addSource(source);
    emit watchedChanged();
    return true;
}

void SlotWatches::unwatch(const QString &slot)
{
    TapSource *source = m_sources.take(slot);
    if (!source)
        return;
    m_hub->removeSource(source);
    emit watchedChanged();
}

quint64 SlotWatches::missed(const QString &slot) const
{
    const TapSource *source = m_sources.value(slot);
    return source ? source->missed(slot) : 0;
}
