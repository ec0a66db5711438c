// A producer of stream rows: the slots served here, the UDP 138 bridge, a capture file being
// read (and later a tapped slot or a remote host). A source lives in core, in the thread of the
// StreamHub that owns it; whatever threads it uses inside, it emits its rows there, in batches.
//
// Every source has a state (starting, live, paused, failed with a reason, finished) and counts
// the rows and bytes it produced.
#pragma once

#include "core/stream/streamrow.h"

#include <QObject>
#include <QString>

class StreamSource : public QObject
{
    Q_OBJECT

public:
    enum class State { Starting, Live, Paused, Failed, Finished };
    Q_ENUM(State)

    struct Counters
    {
        quint64 rows = 0;
        quint64 bytes = 0; // payload bytes
    };

    explicit StreamSource(RowOrigin origin, QObject *parent = nullptr);

    // The hub's number for this source (0 until a hub owns it); rows carry it as sourceId.
    quint32 id() const { return m_id; }
    RowOrigin origin() const { return m_origin; }
    // What the source is, for the user ("Local slots", "Network (UDP 138)", "capture.pcapng").
    virtual QString name() const = 0;

    State state() const { return m_state; }
    // Why the source failed (empty unless Failed).
    QString failure() const { return m_failure; }
    Counters counters() const { return m_counters; }

    // "Starting", "Live", ... (translated).
    static QString stateText(State state);

signals:
    void rowsReady(const StreamRowList &rows);
    void stateChanged(StreamSource::State state);

protected:
    void setState(State state, const QString &failure = {});
    // Stamps the rows with this source (origin, id), counts them and emits rowsReady.
    void publish(StreamRowList rows);

private:
    friend class StreamHub;

    quint32 m_id = 0;
    RowOrigin m_origin;
    State m_state = State::Starting;
    QString m_failure;
    Counters m_counters;
};
