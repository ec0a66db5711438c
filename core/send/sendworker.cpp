#include "core/send/sendworker.h"

#include "core/platform/win32error.h"

#include <QTimer>

using namespace mailslot::platform;

SendWorker::SendWorker(const Run &run, std::shared_ptr<std::atomic<int>> stopRequest)
    : m_run(run), m_stopRequest(std::move(stopRequest)), m_timer(new QTimer(this))
{
    m_report.target = run.target;
    m_report.payloadSize = run.payload.size();
    m_report.network = run.network;
    connect(m_timer, &QTimer::timeout, this, &SendWorker::tick);
}

SendWorker::~SendWorker() = default;

void SendWorker::start()
{
    if (const MailslotError error = open()) {
        finish(SendReport::Outcome::Failed, error);
        return;
    }
    m_timer->setInterval(m_run.intervalMs);
    tick();
    if (!m_done)
        m_timer->start();
}

void SendWorker::stop()
{
    if (!m_done)
        finish(stopOutcome());
}

MailslotError SendWorker::open()
{
    MailslotError error;
    m_name = MailslotName::parse(m_run.target, &error);
    if (!m_name.isValid())
        return error;
    m_report.target = m_name.canonical();
    if (m_run.network)
        return openNetwork();
    m_writer = MailslotWriter::open(m_report.target, &error);
    return error;
}

MailslotError SendWorker::openNetwork()
{
    if (!m_run.networkOptions) {
        // The size rule holds whether or not the network is on (as MailslotRegistry::sendNetwork).
        if (const MailslotError e = NetworkSender::checkSize(m_name, m_run.payload.size()))
            return e;
        return MailslotError(kErrorBadNetpath, NetworkSender::tr("Sending to other computers is not enabled."));
    }
    m_sender = std::make_unique<NetworkSender>(*m_run.networkOptions);
    m_report.port = m_run.networkOptions->port;
    return m_sender->prepare(m_name, m_run.payload.size(), &m_report.route);
}

void SendWorker::tick()
{
    if (stopRequested()) {
        finish(stopOutcome());
        return;
    }
    const int burst = m_run.intervalMs == 0 ? kBurst : 1;
    const int count = qMin(burst, m_run.count - m_report.sent);
    const MailslotError error = m_run.network ? writeNetwork(count) : writeLocal(count);
    emit progress(m_report.sent);
    // A write that gave up (a full queue) after Stop was asked for: the run was stopped.
    if (error && !stopRequested())
        finish(SendReport::Outcome::Failed, error);
    else if (m_report.sent >= m_run.count)
        finish(SendReport::Outcome::Sent);
    else if (stopRequested())
        finish(stopOutcome());
}

MailslotError SendWorker::writeLocal(int count)
{
    for (int i = 0; i < count && !stopRequested(); ++i) {
        // A full queue: the write waits here (never in the GUI thread), up to the timeout.
        if (const MailslotError error = m_writer->write(m_run.payload, m_run.writeTimeoutMs))
            return error;
        ++m_report.sent;
    }
    return {};
}

MailslotError SendWorker::writeNetwork(int count)
{
    const MailslotError error = m_sender->sendPrepared(m_name, m_run.payload, quint64(count), &m_report.route);
    if (!error)
        m_report.sent += count;
    return error;
}

bool SendWorker::stopRequested() const
{
    return m_stopRequest->load() != 0;
}

SendReport::Outcome SendWorker::stopOutcome() const
{
    const int requested = m_stopRequest->load();
    return requested ? SendReport::Outcome(requested) : SendReport::Outcome::Stopped;
}

void SendWorker::finish(SendReport::Outcome outcome, const MailslotError &error)
{
    m_done = true;
    m_timer->stop();
    // Closed here, in this thread (the socket belongs to it).
    m_writer.reset();
    m_sender.reset();
    m_report.outcome = outcome;
    m_report.error = error;
    emit finished(m_report);
}
