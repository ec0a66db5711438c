#include "core/stream/streamsource.h"

StreamSource::StreamSource(RowOrigin origin, QObject *parent) : QObject(parent), m_origin(origin)
{
    qRegisterMetaType<StreamRowList>();
}

QString StreamSource::stateText(State state)
{
    switch (state) {
    case State::Starting: return tr("Starting");
    case State::Live: return tr("Live");
    case State::Paused: return tr("Paused");
    case State::Failed: return tr("Failed");
    case State::Finished: return tr("Finished");
    }
    return {};
}

void StreamSource::setState(State state, const QString &failure)
{
    const QString reason = state == State::Failed ? failure : QString();
    if (state == m_state && reason == m_failure)
        return;
    m_state = state;
    m_failure = reason;
    emit stateChanged(state);
}

void StreamSource::publish(StreamRowList rows)
{
    if (rows.isEmpty())
        return;
    for (StreamRow &row : rows) {
        row.origin = m_origin;
        row.sourceId = m_id;
        m_counters.bytes += quint64(row.payload.size());
    }
    m_counters.rows += quint64(rows.size());
    emit rowsReady(rows);
}
