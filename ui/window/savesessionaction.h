// File > Save Session...: every row of the stream, local messages included, into a pcapng file
// whose packet comments keep each row's origin, stream number, host, writer pid and delivery
// (core/formats/CAPTURE-FORMAT.md); File > Open Capture... and `mailslot decode` reopen it with
// nothing lost. Written off the GUI thread with progress and Cancel (ExportProgress).
#pragma once

#include "core/netio/networkidentity.h"
#include "core/stream/rowring.h"

#include <QAction>

#include <functional>

class SaveSessionAction : public QAction
{
    Q_OBJECT

public:
    using Rows = std::function<RowRing::Snapshot()>;
    using Identity = std::function<NetworkIdentity()>;

    // rows: the stream's rows when the session is saved (a snapshot: no row is copied); identity:
    // this computer's NetBIOS name (the sender of local messages).
    SaveSessionAction(QWidget *window, Rows rows, Identity identity);

    // Saves every row to path, without a dialog; the outcome comes as a signal.
    void save(const QString &path);
    void retranslate();
    QString lastPath() const { return m_lastPath; }
    void setLastPath(const QString &path) { m_lastPath = path; }

signals:
    void succeeded(const QString &summary); // also a cancelled save: nothing was written
    void failed(const QString &error);

private:
    void ask();

    QWidget *m_window;
    Rows m_rows;
    Identity m_identity;
    QString m_lastPath;
};
