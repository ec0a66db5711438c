#include "ui/window/exportaction.h"

#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagestreamwidget.h"
#include "ui/window/exportdialog.h"
#include "ui/window/exportprogress.h"

#include <array>
#include <memory>

ExportAction::ExportAction(QWidget *window, MessageStreamWidget *stream, Identity identity)
    : QAction(window), m_window(window), m_stream(stream), m_identity(std::move(identity))
{
    setObjectName(QStringLiteral("exportAction"));
    // Save As has no key on some platforms (KDE, GNOME): Ctrl+Shift+S there.
    const QList<QKeySequence> saveAs = QKeySequence::keyBindings(QKeySequence::SaveAs);
    setShortcuts(saveAs.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)} : saveAs);
    connect(this, &QAction::triggered, this, &ExportAction::ask);
}

void ExportAction::retranslate()
{
    setText(tr("&Export..."));
    setToolTip(tr("Write all rows, or the rows the filter shows, as CSV, JSON or pcapng"));
}

void ExportAction::ask()
{
    const MessageFilterProxy *proxy = m_stream->proxy();
    ExportDialog dialog(proxy->sourceModel()->rowCount(), proxy->rowCount(), proxy->isFiltering(), m_window);
    if (!m_lastPath.isEmpty())
        dialog.setPath(m_lastPath);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastPath = dialog.path();
    startWhenFiltered(dialog.path(), dialog.format(), dialog.onlyShownRows(), dialog.localMessages());
}

void ExportAction::startWhenFiltered(const QString &path, MessageExporter::Format format, bool onlyShownRows,
                                     MessageExporter::LocalMessages local)
{
    const MessageFilterProxy *proxy = m_stream->proxy();
    if (!onlyShownRows || !proxy->isRefiltering()) {
        start(path, format, onlyShownRows, local);
        return;
    }
    // A new filter is tested a slice a turn: the rows it shows are known when it is done (or when
    // it is replaced by one that is done at once, or cleared).
    emit waiting(tr("The export starts when the filter has been applied to every message."));
    auto connections = std::make_shared<std::array<QMetaObject::Connection, 2>>();
    const auto startIfDone = [this, path, format, local, connections] {
        if (m_stream->proxy()->isRefiltering())
            return;
        for (const QMetaObject::Connection &c : std::as_const(*connections))
            disconnect(c);
        start(path, format, true, local);
    };
    (*connections)[0] = connect(proxy, &MessageFilterProxy::refilterFinished, this, startIfDone);
    (*connections)[1] = connect(proxy, &MessageFilterProxy::filterChanged, this, startIfDone);
}

ExportProgress *ExportAction::start(const QString &path, MessageExporter::Format format, bool onlyShownRows,
                                    MessageExporter::LocalMessages local)
{
    // Off the GUI thread, with progress and Cancel (a cancelled export leaves no file).
    ExportWorker::Request request{path, format, {}, local, m_identity(), m_stream->snapshot(onlyShownRows)};
    auto *run = new ExportProgress(std::move(request), m_window);
    connect(run, &ExportProgress::succeeded, this, &ExportAction::succeeded);
    connect(run, &ExportProgress::cancelled, this, &ExportAction::succeeded);
    connect(run, &ExportProgress::failed, this, &ExportAction::failed);
    run->start();
    return run;
}
