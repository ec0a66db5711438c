// The worker of a SendJob, in the job's thread: writes one run of messages to a local slot
// (MailslotWriter; a full queue makes the write wait here, up to the write timeout) or sends them
// as NetBIOS datagrams (NetworkSender, the target resolved once). With an interval, one message
// per tick of a QTimer of this thread; without, bursts of kBurst messages, one per event-loop turn.
// A stop request (an atomic the job sets, then stop() queued) ends the run between two messages.
#pragma once

#include "core/send/sendreport.h"
#include "core/slots/mailslotname.h"
#include "core/slots/mailslotwriter.h"

#include <QByteArray>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QTimer;

class SendWorker : public QObject
{
    Q_OBJECT

public:
    struct Run
    {
        QString target;  // a mailslot name in any form
        QByteArray payload;
        int count = 1;
        int intervalMs = 0;
        quint32 writeTimeoutMs = MailslotWriter::kDefaultWriteTimeout;
        bool network = false; // as NetBIOS datagrams (a name on other computers, not on Windows)
        std::optional<NetworkSender::Options> networkOptions; // nullopt: the network is off
    };
    // Without an interval, messages per event-loop turn: a stop request is seen between bursts
    // too, and the progress signal comes once a burst.
    static constexpr int kBurst = 256;

    // stopRequest: 0 while the run may go on, else the SendReport::Outcome to end it with.
    SendWorker(const Run &run, std::shared_ptr<std::atomic<int>> stopRequest);
    ~SendWorker() override;

    // Opens the target and sends the first message (or burst); finished() when the run ends.
    void start();
    // Ends the run now (with the outcome of the stop request).
    void stop();

signals:
    void progress(int sent);
    void finished(const SendReport &report);

private:
    MailslotError open();
    MailslotError openNetwork();
    void tick();
    MailslotError writeLocal(int count);
    MailslotError writeNetwork(int count);
    bool stopRequested() const;
    SendReport::Outcome stopOutcome() const;
    void finish(SendReport::Outcome outcome, const MailslotError &error = {});

    Run m_run;
    std::shared_ptr<std::atomic<int>> m_stopRequest;
    SendReport m_report;
    MailslotName m_name;
    QTimer *m_timer;
    std::unique_ptr<MailslotWriter> m_writer;
    std::unique_ptr<NetworkSender> m_sender;
    bool m_done = false;
};
