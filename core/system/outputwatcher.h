// Notices that the reader of standard output went away (a pipe or socket whose other end was
// closed: `mailslot serve x --json --header` run by ssh, whose connection dropped), without
// waiting for the next write to fail: a QSocketNotifier on the descriptor, which poll() wakes
// with POLLERR (pipe) or POLLHUP/EOF (socket) then. Output to a file or a terminal is not
// watched (nothing to notice there).
#pragma once

#include <QObject>

class QSocketNotifier;

class OutputWatcher : public QObject
{
    Q_OBJECT

public:
    explicit OutputWatcher(int fd = 1, QObject *parent = nullptr);

    // Whether the descriptor is a pipe or a socket (the kinds that are watched).
    bool isWatching() const { return m_notifier != nullptr; }

signals:
    void readerGone();

private:
    void check();

    int m_fd;
    QSocketNotifier *m_notifier = nullptr;
};
