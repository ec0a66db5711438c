// File > Export...: asks for the format, the rows (all, or those the view filter shows), local
// messages and the file (ExportDialog), then writes them off the GUI thread with progress and
// Cancel (ExportProgress). The rows go to the export as a snapshot of the stream: starting an
// export copies no row, whatever the stream's size, and the stream keeps taking rows meanwhile.
#pragma once

#include "core/formats/messageexporter.h"
#include "core/netio/networkidentity.h"

#include <QAction>

#include <functional>

class ExportProgress;
class MessageStreamWidget;

class ExportAction : public QAction
{
    Q_OBJECT

public:
    using Identity = std::function<NetworkIdentity()>;

    // window: the dialogs' parent; stream: the rows; identity: this computer's NetBIOS name (the
    // sender of local messages in a pcapng file).
    ExportAction(QWidget *window, MessageStreamWidget *stream, Identity identity);

    // Starts an export at once (its outcome comes as a signal); the export deletes itself when it
    // ends. For the rows the filter shows, a filter still being applied is finished first, here.
    ExportProgress *start(const QString &path, MessageExporter::Format format, bool onlyShownRows,
                          MessageExporter::LocalMessages local);
    // As the dialog's OK does: the same, except that the export of the rows the filter shows waits
    // (without blocking) until a filter still being applied has tested every row; waiting() says so.
    void startWhenFiltered(const QString &path, MessageExporter::Format format, bool onlyShownRows,
                           MessageExporter::LocalMessages local);
    void retranslate();
    QString lastPath() const { return m_lastPath; }
    void setLastPath(const QString &path) { m_lastPath = path; }

signals:
    void succeeded(const QString &summary); // also a cancelled export: nothing was written
    void waiting(const QString &message);   // an export waits for the filter (startWhenFiltered())
    void failed(const QString &error);

private:
    void ask();

    QWidget *m_window;
    MessageStreamWidget *m_stream;
    Identity m_identity;
    QString m_lastPath;
};
