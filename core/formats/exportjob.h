// An export that runs off the GUI thread: an ExportWorker moved to the job's own QThread writes the
// rows (through a temporary file renamed at the end, see MessageExporter), reports progress and can
// be cancelled at any time; a cancelled or failed export leaves no file (an existing one unchanged).
// Destroying the job cancels a running export and waits for its thread.
#pragma once

#include "core/formats/exportworker.h"

#include <QObject>
#include <QThread>

class ExportJob : public QObject
{
    Q_OBJECT

public:
    explicit ExportJob(ExportWorker::Request request, QObject *parent = nullptr);
    ~ExportJob() override;

    qint64 total() const { return m_total; }
    QString path() const { return m_path; }
    // Starts the export (once).
    void start();
    // Asks the export to stop; finished() follows with cancelled set (unless it had already ended).
    void cancel();
    bool isRunning() const { return m_thread.isRunning(); }

signals:
    void progress(qint64 handled, qint64 total);
    void finished(const MessageExporter::Result &result);

private:
    ExportWorker::Request m_request; // until start()
    QThread m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    qint64 m_total;
    QString m_path;
    bool m_started = false;
};
