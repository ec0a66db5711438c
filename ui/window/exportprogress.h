// An export run off the GUI thread (ExportJob) with a window-modal progress dialog and Cancel: the
// window keeps drawing and taking rows while a million rows are written. It reports its outcome
// once (succeeded: the status line; failed: the error, which names the file) and then deletes
// itself. A cancelled export leaves no file (an existing one unchanged).
#pragma once

#include "core/formats/exportjob.h"

#include <QObject>

class QProgressDialog;
class QWidget;

class ExportProgress : public QObject
{
    Q_OBJECT

public:
    // The dialog shows only when the export takes longer than this.
    static constexpr int kShowAfterMs = 300;

    ExportProgress(ExportWorker::Request request, QWidget *window);
    ~ExportProgress() override;

    void start();
    // Stops the export (as the dialog's Cancel button does): no file is left.
    void cancel();
    QProgressDialog *dialog() const { return m_dialog; }

    // "Exported N rows to FILE" (and the local messages skipped), or that it was cancelled.
    static QString summary(const MessageExporter::Result &result, const QString &path);

signals:
    void succeeded(const QString &summary);
    void cancelled(const QString &summary);
    void failed(const QString &error);

private:
    void onFinished(const MessageExporter::Result &result);

    ExportJob *m_job;
    QProgressDialog *m_dialog;
};
