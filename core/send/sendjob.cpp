#include "core/send/sendjob.h"

SendJob::SendJob(QObject *parent) : QObject(parent)
{
    static const bool registered = [] {
        qRegisterMetaType<SendReport>();
        return true;
    }();
    Q_UNUSED(registered);
    m_thread.setObjectName(QStringLiteral("mailslot-send"));
    connect(&m_thread, &QThread::finished, this, &SendJob::threadFinished);
}

SendJob::~SendJob()
{
    if (!m_thread.isRunning())
        return;
    // The worker sees the request after the write in progress; quit() ends its event loop then.
    m_stopRequest->store(int(SendReport::Outcome::Stopped));
    m_thread.quit();
    m_thread.wait();
}

void SendJob::setTarget(const QString &name)
{
    m_run.target = name;
}

void SendJob::setPayload(const QByteArray &payload)
{
    m_run.payload = payload;
}

void SendJob::setCount(int count)
{
    m_run.count = qMax(1, count);
}

void SendJob::setInterval(int milliseconds)
{
    m_run.intervalMs = qMax(0, milliseconds);
}

void SendJob::setWriteTimeout(quint32 milliseconds)
{
    m_run.writeTimeoutMs = milliseconds;
}

void SendJob::setNetworkOptions(const std::optional<NetworkSender::Options> &options)
{
    m_run.networkOptions = options;
}

bool SendJob::goesOverNetwork(const MailslotName &name)
{
#ifdef Q_OS_WIN
    Q_UNUSED(name);
    return false;
#else
    return name.isValid() && !name.isLocal();
#endif
}

bool SendJob::start()
{
    if (m_running)
        return false;
    m_run.network = goesOverNetwork(MailslotName::parse(m_run.target));
    m_stopRequest = std::make_shared<std::atomic<int>>(0);
    auto *worker = new SendWorker(m_run, m_stopRequest);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, &SendWorker::start);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &SendJob::stopRequested, worker, &SendWorker::stop);
    connect(worker, &SendWorker::progress, this, &SendJob::progress);
    connect(worker, &SendWorker::finished, this, &SendJob::workerFinished);
    m_running = true;
    m_thread.start();
    return true;
}

void SendJob::stop()
{
    requestStop(SendReport::Outcome::Stopped);
}

void SendJob::networkTurnedOff()
{
    if (m_run.network)
        requestStop(SendReport::Outcome::NetworkOff);
}

void SendJob::requestStop(SendReport::Outcome why)
{
    if (!m_running)
        return;
    int none = 0;
    if (m_stopRequest->compare_exchange_strong(none, int(why)))
        emit stopRequested(QPrivateSignal());
}

void SendJob::workerFinished(const SendReport &report)
{
    m_report = report;
    m_thread.quit();
}

void SendJob::threadFinished()
{
    // finished() comes from the thread as it ends: wait() returns at once.
    m_thread.wait();
    m_running = false;
    emit finished(m_report.ok(), m_report.summary());
}
