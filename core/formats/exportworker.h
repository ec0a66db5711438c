// The worker object of an ExportJob: moved to the job's thread, it writes the rows with
// MessageExporter and reports its progress; a shared flag, set from any thread, cancels it.
#pragma once

#include "core/formats/messageexporter.h"

#include <QObject>

#include <atomic>
#include <memory>

class ExportWorker : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString path;
        MessageExporter::Format format = MessageExporter::Format::Csv;
        QList<MessageExporter::Row> rows;
        MessageExporter::LocalMessages local = MessageExporter::LocalMessages::Skip;
        NetworkIdentity identity;
    };

    ExportWorker(Request request, std::shared_ptr<std::atomic<bool>> cancel);

    // Writes the file (in the thread the worker lives in).
    void run();

signals:
    void progress(qint64 handled, qint64 total);
    void finished(const MessageExporter::Result &result);

private:
    Request m_request;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
