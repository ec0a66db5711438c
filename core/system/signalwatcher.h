// Turns SIGINT and SIGTERM into a Qt signal (self-pipe + QSocketNotifier), so that a program can
// stop cleanly, closing its slots, when it is interrupted or terminated.
#pragma once

#include <QObject>

class QSocketNotifier;

class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void signalled(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};
