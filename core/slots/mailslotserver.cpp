#include "core/slots/mailslotserver.h"

#include "core/slots/mailslotworker.h"

#include <QCoreApplication>

namespace {
void registerTypes()
{
    static const bool done = [] {
        qRegisterMetaType<StreamRowList>();
        qRegisterMetaType<MailslotInfo>();
        qRegisterMetaType<MailslotError>();
        return true;
    }();
    Q_UNUSED(done);
}
} // namespace

MailslotServer *MailslotServer::create(const QString &name, const Options &options, MailslotError *error,
                                       QObject *parent)
{
    registerTypes();
    std::unique_ptr<MailslotHandle> handle = MailslotHandle::create(name, options.slot, error);
    if (!handle)
        return nullptr;
    return new MailslotServer(std::move(handle), options, parent);
}

MailslotServer::MailslotServer(std::unique_ptr<MailslotHandle> handle, const Options &options, QObject *parent)
    : QObject(parent), m_name(handle->name()), m_handle(std::move(handle)), m_hold(options.hold),
      m_inThisThread(options.readInThisThread)
{
    m_worker = new MailslotWorker(m_name, m_handle->platformSlot(), true);
    if (m_inThisThread) {
        m_worker->setParent(this); // gone with the server at the latest
    } else {
        m_thread.setObjectName(QStringLiteral("mailslot:") + m_name);
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    }
    connectWorker();
    if (!m_inThisThread)
        m_thread.start();
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, hold = m_hold] { worker->start(hold); }, Qt::QueuedConnection);
}

void MailslotServer::connectWorker()
{
    // The worker's next batch waits until this one has been handed on here (paced batches).
    connect(m_worker, &MailslotWorker::messagesReceived, this, [this](const StreamRowList &messages) {
        emit messagesReceived(messages);
        if (m_worker)
            m_worker->batchConsumed(); // thread-safe; wakes the worker only if it waits for this
    });
    connect(m_worker, &MailslotWorker::infoChanged, this, &MailslotServer::infoChanged);
    connect(m_worker, &MailslotWorker::errorOccurred, this, &MailslotServer::errorOccurred);
}

MailslotServer::~MailslotServer()
{
    stop();
}

quint64 MailslotServer::messagesRead() const
{
    return m_running ? m_worker->messagesRead() : m_messagesReadAtStop;
}

MailslotInfo MailslotServer::info() const
{
    return m_handle ? m_handle->info() : MailslotInfo{};
}

void MailslotServer::setReadTimeout(quint32 milliseconds)
{
    if (m_handle) {
        m_handle->setReadTimeout(milliseconds);
        emit infoChanged(info());
    }
}

void MailslotServer::setHold(bool hold)
{
    if (!m_running || hold == m_hold)
        return;
    m_hold = hold;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, hold] { worker->setHold(hold); }, Qt::QueuedConnection);
    emit holdChanged(hold);
}

void MailslotServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    // The worker emits its last batch before it stops; nothing read is left behind.
    if (m_inThisThread) {
        m_worker->stop();
        m_messagesReadAtStop = m_worker->messagesRead();
        m_worker->deleteLater(); // not at once: stop() may be called from inside its signal
        m_worker = nullptr;
    } else {
        QMetaObject::invokeMethod(m_worker, &MailslotWorker::stop, Qt::BlockingQueuedConnection);
        m_messagesReadAtStop = m_worker->messagesRead(); // the worker reads no more
        m_thread.quit();
        m_thread.wait();
        m_worker = nullptr; // deleted in its thread when it finished
    }
    // Deliver the signals the worker queued for us before it stopped.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    m_handle.reset(); // closes the slot
    emit stopped();
}
