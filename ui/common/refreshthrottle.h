// Runs a refresh at most once per interval: at once when the last one is older than the interval,
// otherwise once when the interval ends (so the last state is always shown). For what follows a
// fast stream (counts, statistics, auto-scroll): a flush may come every turn of the event loop,
// a person reads about ten updates a second and a screen shows one a frame.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class RefreshThrottle : public QObject
{
    Q_OBJECT

public:
    // About ten times a second: for figures a person reads.
    static constexpr int kReadableIntervalMs = 100;
    // One 60 Hz frame: for what moves on screen.
    static constexpr int kFrameIntervalMs = 16;

    RefreshThrottle(int intervalMs, std::function<void()> refresh, QObject *parent);

    // Refreshes now, or at the end of the interval.
    void request();
    // A refresh is due at the end of the interval.
    bool isPending() const { return m_due.isActive(); }
    // Runs a pending refresh now (for readers that need the current state).
    void flushPending();

private:
    void run();

    int m_intervalMs;
    std::function<void()> m_refresh;
    QElapsedTimer m_last;
    QTimer m_due;
};
