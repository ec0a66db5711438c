// The worker object of an ExportJob: moved to the job's thread, it writes the rows with
// MessageExporter and reports its progress (the rows it was given go with it, in its thread); a
// shared flag, set from any thread, cancels it.
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
        // The rows: a list (copied rows), or when the list is empty the snapshot (the stream's
        // rows, shared with it: the window hands them over without copying one).
        QList<MessageExporter::Row> rows;
        MessageExporter::LocalMessages local = MessageExporter::LocalMessages::Skip;
        NetworkIdentity identity;
        RowRing::Snapshot snapshot{}; // (an initializer: callers may leave it out of a brace list)

        qint64 count() const { return rows.isEmpty() ? snapshot.count() : rows.size(); }
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
