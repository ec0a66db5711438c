#include "ui/window/savesessionaction.h"

#include "ui/window/exportprogress.h"

#include <QDir>
#include <QFileDialog>

SaveSessionAction::SaveSessionAction(QWidget *window, Rows rows, Identity identity)
    : QAction(window), m_window(window), m_rows(std::move(rows)), m_identity(std::move(identity))
{
    setObjectName(QStringLiteral("saveSessionAction"));
    setShortcut(QKeySequence::Save);
    connect(this, &QAction::triggered, this, &SaveSessionAction::ask);
}

void SaveSessionAction::retranslate()
{
    setText(tr("&Save Session..."));
    setToolTip(tr("Write every row, local messages included, as a pcapng session that reopens with its "
                  "hosts, writer pids and origins (and opens in Wireshark)"));
}

void SaveSessionAction::ask()
{
    const QString start = m_lastPath.isEmpty() ? QDir::home().filePath(QStringLiteral("session.pcapng")) : m_lastPath;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Session"), start, tr("Sessions (*.pcapng)"));
    if (!path.isEmpty())
        save(path);
}

void SaveSessionAction::save(const QString &path)
{
    m_lastPath = path;
    auto *run = new ExportProgress({path, MessageExporter::Format::Pcapng, {}, MessageExporter::LocalMessages::AsLoopbackUdp,
                                    m_identity(), m_rows()},
                                   m_window);
    connect(run, &ExportProgress::succeeded, this, &SaveSessionAction::succeeded);
    connect(run, &ExportProgress::cancelled, this, &SaveSessionAction::succeeded);
    connect(run, &ExportProgress::failed, this, &SaveSessionAction::failed);
    run->start();
}
