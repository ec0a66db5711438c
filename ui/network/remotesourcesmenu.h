// The monitor's remote sources (File > Add Remote Source..., File > Remote Sources): adds a
// RemoteSource to the stream's hub for each host the user names (several at once), shows each
// source's state in the status bar (connecting, live, lost with ssh's own words, reconnecting in
// N s), shows the stream's Host column while there are remote sources, filters the stream to
// one host, and removes a source. The ssh process and the parsing live in core/remote.
#pragma once

#include "core/remote/remotesource.h"

#include <QList>
#include <QMenu>
#include <QPointer>

class MessageStreamWidget;
class QLabel;
class QMainWindow;
class QTimer;
class StreamHub;

class RemoteSourcesMenu : public QMenu
{
    Q_OBJECT

public:
    // Puts "Add Remote Source..." and this menu into fileMenu (before its first separator) and
    // the state label into window's status bar.
    RemoteSourcesMenu(StreamHub *hub, MessageStreamWidget *stream, QMainWindow *window, QMenu *fileMenu);

    QAction *addSourceAction() const { return m_addAction; }
    // Adds a remote source to the hub and starts it (what the dialog's OK does).
    RemoteSource *addSource(const RemoteSource::Options &options);
    void removeSource(RemoteSource *source);
    QList<RemoteSource *> sources() const;
    // The status bar's text: each source's host and state.
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;
    // The window's first show: the Host column as the sources say (the window restores the
    // stream's saved column layout after this menu was made).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void askAddSource();
    void sourceStateChanged(RemoteSource *source, RemoteSource::RemoteState state);
    void rebuild();
    void updateStatus();
    void retranslateUi();
    void showHostColumn();
    static QString stateText(const RemoteSource &source);

    StreamHub *m_hub;
    MessageStreamWidget *m_stream;
    QMainWindow *m_window;
    QAction *m_addAction;
    QLabel *m_status;
    QTimer *m_countdown; // the "reconnecting in N s" figures, once a second while one is waiting
    QList<QPointer<RemoteSource>> m_sources;
};
