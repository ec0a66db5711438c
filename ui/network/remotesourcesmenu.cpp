#include "ui/network/remotesourcesmenu.h"

#include "core/stream/streamhub.h"
#include "ui/network/remotesourcedialog.h"
#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"
#include "ui/stream/messagestreamwidget.h"

#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace {
constexpr int kStatusMessageMs = 8000;
}

RemoteSourcesMenu::RemoteSourcesMenu(StreamHub *hub, MessageStreamWidget *stream, QMainWindow *window, QMenu *fileMenu)
    : QMenu(window), m_hub(hub), m_stream(stream), m_window(window), m_addAction(new QAction(this)),
      m_status(new QLabel(window)), m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("remoteSourcesMenu"));
    m_addAction->setObjectName(QStringLiteral("addRemoteSourceAction"));
    m_status->setObjectName(QStringLiteral("remoteSourcesStatus"));
    m_status->setMaximumWidth(420);
    m_status->hide();
    window->statusBar()->addPermanentWidget(m_status);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &RemoteSourcesMenu::updateStatus);
    connect(m_addAction, &QAction::triggered, this, &RemoteSourcesMenu::askAddSource);
    connect(stream->proxy(), &MessageFilterProxy::filterChanged, this, &RemoteSourcesMenu::rebuild);
    const QList<QAction *> actions = fileMenu->actions();
    const auto separator = std::find_if(actions.begin(), actions.end(), [](QAction *a) { return a->isSeparator(); });
    QAction *before = separator == actions.end() ? nullptr : *separator;
    fileMenu->insertAction(before, m_addAction);
    fileMenu->insertMenu(before, this);
    showHostColumn();
    window->installEventFilter(this);
    retranslateUi();
}

bool RemoteSourcesMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show)
        showHostColumn();
    return QMenu::eventFilter(watched, event);
}

void RemoteSourcesMenu::showHostColumn()
{
    m_stream->view()->setColumnHidden(MessageModel::HostColumn, sources().isEmpty());
}

RemoteSource *RemoteSourcesMenu::addSource(const RemoteSource::Options &options)
{
    auto *source = new RemoteSource(options);
    m_hub->addSource(source);
    m_sources.append(source);
    connect(source, &RemoteSource::remoteStateChanged, this,
            [this, source](RemoteSource::RemoteState state) { sourceStateChanged(source, state); });
    source->start();
    showHostColumn();
    rebuild();
    updateStatus();
    return source;
}

void RemoteSourcesMenu::removeSource(RemoteSource *source)
{
    m_sources.removeAll(source);
    source->stop();
    if (m_stream->proxy()->hostFilter() == source->host())
        m_stream->proxy()->setHostFilter({});
    m_hub->removeSource(source);
    showHostColumn();
    rebuild();
    updateStatus();
}

QList<RemoteSource *> RemoteSourcesMenu::sources() const
{
    QList<RemoteSource *> all;
    for (const QPointer<RemoteSource> &source : m_sources) {
        if (source)
            all.append(source);
    }
    return all;
}

void RemoteSourcesMenu::askAddSource()
{
    RemoteSourceDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    RemoteSource::Options options;
    options.target = dialog.target();
    options.command = dialog.command();
    addSource(options);
}

void RemoteSourcesMenu::sourceStateChanged(RemoteSource *source, RemoteSource::RemoteState state)
{
    if (state == RemoteSource::RemoteState::Lost) // ssh's words in full, for a while
        m_window->statusBar()->showMessage(source->lossText(), kStatusMessageMs);
    updateStatus();
}

QString RemoteSourcesMenu::stateText(const RemoteSource &source)
{
    if (source.remoteState() != RemoteSource::RemoteState::Reconnecting)
        return tr("%1: %2").arg(source.host(), RemoteSource::remoteStateText(source.remoteState()).toLower());
    const int seconds = (std::max(0, source.retryRemainingMs()) + 999) / 1000;
    return tr("%1: lost, reconnecting in %n s", nullptr, seconds).arg(source.host());
}

QString RemoteSourcesMenu::statusText() const
{
    QStringList parts;
    const QList<RemoteSource *> all = sources();
    for (const RemoteSource *source : all)
        parts.append(stateText(*source));
    return parts.join(QStringLiteral(" · "));
}

void RemoteSourcesMenu::updateStatus()
{
    const QList<RemoteSource *> all = sources();
    QStringList details;
    bool waiting = false;
    for (const RemoteSource *source : all) {
        waiting = waiting || source->remoteState() == RemoteSource::RemoteState::Reconnecting;
        const QString loss = source->lossText();
        details.append(loss.isEmpty() ? source->name() : tr("%1: %2").arg(source->name(), loss));
    }
    m_status->setText(statusText());
    m_status->setToolTip(details.join(QLatin1Char('\n')));
    m_status->setVisible(!all.isEmpty());
    if (waiting && !m_countdown->isActive())
        m_countdown->start();
    else if (!waiting)
        m_countdown->stop();
}

void RemoteSourcesMenu::rebuild()
{
    clear();
    const QList<RemoteSource *> all = sources();
    setEnabled(!all.isEmpty());
    const QString shownHost = m_stream->proxy()->hostFilter();
    QStringList hosts;
    for (RemoteSource *source : all) {
        if (!hosts.contains(source->host()))
            hosts.append(source->host());
    }
    for (const QString &host : std::as_const(hosts)) {
        QAction *only = addAction(tr("Show Only %1").arg(host));
        only->setCheckable(true);
        only->setChecked(host == shownHost);
        connect(only, &QAction::triggered, this, [this, host](bool checked) {
            m_stream->proxy()->setHostFilter(checked ? host : QString());
        });
    }
    if (!hosts.isEmpty())
        addSeparator();
    for (RemoteSource *source : all) {
        QAction *remove = addAction(tr("Remove %1").arg(source->name()));
        connect(remove, &QAction::triggered, this, [this, source] { removeSource(source); });
    }
}

void RemoteSourcesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void RemoteSourcesMenu::retranslateUi()
{
    setTitle(tr("Remote &Sources"));
    m_addAction->setText(tr("Add Re&mote Source..."));
    rebuild();
    updateStatus();
}
