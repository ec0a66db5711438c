#include "ui/window/exportprogress.h"

#include <QLocale>
#include <QProgressDialog>

namespace {
constexpr int kSteps = 1000;
} // namespace

ExportProgress::ExportProgress(ExportWorker::Request request, QWidget *window)
    : QObject(window), m_job(new ExportJob(std::move(request), this)), m_dialog(new QProgressDialog(window))
{
    m_dialog->setObjectName(QStringLiteral("exportProgress"));
    m_dialog->setWindowTitle(tr("Export Messages"));
    m_dialog->setLabelText(tr("Exporting %n row(s) to %1...", nullptr, int(qMin<qint64>(m_job->total(), 0x7FFFFFFF)))
                               .arg(m_job->path()));
    m_dialog->setCancelButtonText(tr("&Cancel"));
    m_dialog->setRange(0, kSteps);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(kShowAfterMs);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, m_job, &ExportJob::cancel);
    connect(m_job, &ExportJob::progress, m_dialog, [this](qint64 handled, qint64 total) {
        m_dialog->setValue(total > 0 ? int(handled * kSteps / total) : kSteps);
    });
    connect(m_job, &ExportJob::finished, this, &ExportProgress::onFinished);
}

ExportProgress::~ExportProgress()
{
    delete m_dialog; // the window's child: goes with the export
}

void ExportProgress::start()
{
    m_dialog->setValue(0); // starts the dialog's minimum-duration clock
    m_job->start();
}

void ExportProgress::cancel()
{
    m_job->cancel();
    m_dialog->cancel();
}

QString ExportProgress::summary(const MessageExporter::Result &result, const QString &path)
{
    if (result.cancelled)
        return result.error;
    QString text = tr("Exported %n row(s) to %1", nullptr, int(qMin<qint64>(result.written, 0x7FFFFFFF))).arg(path);
    if (result.skipped > 0)
        text += QLatin1Char(' ') + tr("(%n local message(s) skipped)", nullptr, int(qMin<qint64>(result.skipped, 0x7FFFFFFF)));
    return text;
}

void ExportProgress::onFinished(const MessageExporter::Result &result)
{
    m_dialog->hide();
    if (result.ok)
        emit succeeded(summary(result, m_job->path()));
    else if (result.cancelled)
        emit cancelled(summary(result, m_job->path()));
    else
        emit failed(result.error);
    deleteLater();
}
