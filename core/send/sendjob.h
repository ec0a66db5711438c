// A send run that the GUI (or anything with an event loop) creates and controls: a target, a
// payload, a count and an interval, and for targets on other computers the network options.
// start() hands the run to a SendWorker in a thread of its own, so that a slow write (a full
// queue waits up to the write timeout) or a name query never blocks the caller's thread;
// progress() reports the messages sent, finished() the outcome once the thread has ended (the
// summary line, and report() in full). stop() ends a run between two messages; destroying the
// job mid-run stops it and waits for its thread (at most for the write in progress).
#pragma once

#include "core/send/sendreport.h"
#include "core/send/sendworker.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

class SendJob : public QObject
{
    Q_OBJECT

public:
    explicit SendJob(QObject *parent = nullptr);
    ~SendJob() override;

    // What the next start() sends (a run in progress keeps what it started with).
    void setTarget(const QString &name);
    void setPayload(const QByteArray &payload);
    // Messages in a run (at least 1) and the milliseconds between two of them (0: as fast as
    // they go).
    void setCount(int count);
    void setInterval(int milliseconds);
    // How long a write to a local slot waits while its queue is full (default 10 s).
    void setWriteTimeout(quint32 milliseconds);
    // For a target on other computers: how to send (MailslotRegistry::networkOptions()), or
    // nullopt while the network is off (such a run fails with ERROR_BAD_NETPATH).
    void setNetworkOptions(const std::optional<NetworkSender::Options> &options);

    // Starts a run; false if one is running.
    bool start();
    // Ends the run in progress between two messages: "Stopped after N messages".
    void stop();
    // The network was turned off: a network run ends as stop() does, with that reason.
    void networkTurnedOff();
    bool isRunning() const { return m_running; }
    // The last finished run (while running: the one before).
    const SendReport &report() const { return m_report; }

    // Whether a target goes as NetBIOS datagrams (a name on other computers, except on Windows,
    // where the system writes every name form).
    static bool goesOverNetwork(const MailslotName &name);

signals:
    void progress(int sent);
    void finished(bool ok, const QString &summary);
    void stopRequested(QPrivateSignal);

private:
    void requestStop(SendReport::Outcome why);
    void workerFinished(const SendReport &report);
    void threadFinished();

    SendWorker::Run m_run;
    QThread m_thread;
    std::shared_ptr<std::atomic<int>> m_stopRequest;
    SendReport m_report;
    bool m_running = false;
};
