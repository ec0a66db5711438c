#include "core/formats/exportjob.h"

ExportJob::ExportJob(ExportWorker::Request request, QObject *parent)
    : QObject(parent),
      m_request(std::move(request)),
      m_cancel(std::make_shared<std::atomic<bool>>(false)),
      m_total(m_request.count()),
      m_path(m_request.path)
{
    static const bool registered = [] {
        qRegisterMetaType<MessageExporter::Result>();
        return true;
    }();
    Q_UNUSED(registered);
    m_thread.setObjectName(QStringLiteral("mailslot-export"));
}

ExportJob::~ExportJob()
{
    if (!m_thread.isRunning())
        return;
    // The worker sees the request at its next progress report; its file is discarded.
    m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

void ExportJob::start()
{
    if (m_started)
        return;
    m_started = true;
    auto *worker = new ExportWorker(std::move(m_request), m_cancel);
    m_request = {};
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, &ExportWorker::run);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &ExportWorker::progress, this, &ExportJob::progress);
    connect(worker, &ExportWorker::finished, this, [this](const MessageExporter::Result &result) {
        m_thread.quit();
        m_thread.wait(); // the worker returned: only the thread's end is left
        emit finished(result);
    });
    m_thread.start();
}

void ExportJob::cancel()
{
    m_cancel->store(true);
}
