#include "ui/slots/slotsdock.h"

#include "ui/common/slotnamedelegate.h"

#include "core/slots/mailslotname.h"
#include "core/slots/mailslotregistry.h"
#include "core/stream/slotwatches.h"
#include "ui/slots/newslotdialog.h"
#include "ui/slots/slotmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QLabel>
#include <QVBoxLayout>

#include <numeric>

SlotsDock::SlotsDock(MailslotRegistry *registry, SlotModel *model, QWidget *parent)
    : QDockWidget(parent),
      m_registry(registry),
      m_model(model),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView),
      m_toolBar(new QToolBar),
      m_partialNotice(new QLabel),
      m_newAction(new QAction(this)),
      m_closeAction(new QAction(this)),
      m_timeoutAction(new QAction(this)),
      m_holdAction(new QAction(this)),
      m_copyAction(new QAction(this)),
      m_sendAction(new QAction(this)),
      m_watchAction(new QAction(this))
{
    setObjectName(QStringLiteral("slotsDock"));
    setUpView();
    setUpActions();
    layOut();
    connectSignals();
    retranslateUi();
    updateActions();
}

void SlotsDock::setUpView()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SlotModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_view->setObjectName(QStringLiteral("slotsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SlotModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegateForColumn(SlotModel::NameColumn, new SlotNameDelegate(m_view)); // the end of a long name
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // The name takes the room the figures leave (its whole text is in the tooltip).
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(SlotModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->viewport()->installEventFilter(this);
}

void SlotsDock::setUpActions()
{
    m_newAction->setObjectName(QStringLiteral("newSlotAction"));
    m_closeAction->setObjectName(QStringLiteral("closeSlotAction"));
    m_timeoutAction->setObjectName(QStringLiteral("readTimeoutAction"));
    m_holdAction->setObjectName(QStringLiteral("holdSlotAction"));
    m_copyAction->setObjectName(QStringLiteral("copySlotNameAction"));
    m_sendAction->setObjectName(QStringLiteral("sendToSlotAction"));
    m_watchAction->setObjectName(QStringLiteral("watchSlotAction"));
    m_watchAction->setCheckable(true);
    m_newAction->setShortcut(QKeySequence::New);
    m_closeAction->setShortcut(QKeySequence::Delete);
    m_closeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_holdAction->setCheckable(true);
    const QList<QAction *> actions{m_newAction,  m_closeAction, m_timeoutAction, m_holdAction,
                                   m_copyAction, m_sendAction,  m_watchAction};
    m_view->addActions(actions);
    m_toolBar->addActions({m_newAction, m_closeAction, m_holdAction, m_sendAction});
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    addAction(m_closeAction);
    addAction(m_copyAction);
}

void SlotsDock::layOut()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    m_partialNotice->setObjectName(QStringLiteral("partialListingNotice"));
    m_partialNotice->setTextFormat(Qt::PlainText);
    m_partialNotice->setWordWrap(true);
    m_partialNotice->setContentsMargins(4, 2, 4, 2);
    m_partialNotice->hide();
    layout->addWidget(m_partialNotice);
    layout->addWidget(m_view);
    setWidget(content);
}

void SlotsDock::connectSignals()
{
    connect(m_model, &SlotModel::partialListingReasonChanged, this, &SlotsDock::showPartialListing);
    connect(m_newAction, &QAction::triggered, this, &SlotsDock::showNewSlotDialog);
    connect(m_closeAction, &QAction::triggered, this, &SlotsDock::closeCurrent);
    connect(m_timeoutAction, &QAction::triggered, this, &SlotsDock::askReadTimeout);
    connect(m_holdAction, &QAction::triggered, this, [this](bool checked) { setHold(currentSlot(), checked); });
    connect(m_watchAction, &QAction::triggered, this, [this](bool checked) { setWatched(currentSlot(), checked); });
    connect(m_copyAction, &QAction::triggered, this, [this] {
        if (!currentSlot().isEmpty())
            QGuiApplication::clipboard()->setText(currentSlot());
    });
    connect(m_sendAction, &QAction::triggered, this, [this] {
        const QString name = currentSlot();
        if (name.isEmpty())
            return;
        const int row = m_model->rowOf(name);
        if (m_model->stateAt(row) == SlotModel::State::SeenOnNetwork) {
            // A slot of other computers: send to every computer (\\*\mailslot\...).
            const MailslotName parsed = MailslotName::parse(name);
            emit sendRequested(QStringLiteral("\\\\*\\mailslot\\%1").arg(parsed.path()));
            return;
        }
        emit sendRequested(name);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString name = currentSlot();
        updateActions();
        if (name != m_current) {
            m_current = name;
            emit currentSlotChanged(name);
        }
    });
    connect(m_model, &SlotModel::refreshed, this, &SlotsDock::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SlotsDock::updateActions);
}

QString SlotsDock::currentSlot() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(SlotModel::NameRole).toString() : QString();
}

void SlotsDock::selectSlot(const QString &canonicalName)
{
    const int row = m_model->rowOf(canonicalName);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

MailslotError SlotsDock::createSlot(const QString &name, const MailslotServer::Options &options)
{
    MailslotError error;
    MailslotServer *server = m_registry->createSlot(name, options, &error);
    if (!server) {
        emit statusMessage(tr("Could not create %1: %2").arg(name, error.toString()));
        return error;
    }
    emit statusMessage(tr("Serving %1").arg(server->name()));
    selectSlot(server->name());
    return {};
}

bool SlotsDock::closeSlot(const QString &name)
{
    if (!m_registry->closeSlot(name)) {
        emit statusMessage(tr("%1 is not served by this monitor: only its own process can close it.").arg(name));
        return false;
    }
    emit statusMessage(tr("Closed %1").arg(name));
    return true;
}

bool SlotsDock::setReadTimeout(const QString &name, quint32 milliseconds)
{
    MailslotServer *server = m_registry->server(name);
    if (!server)
        return false;
    server->setReadTimeout(milliseconds);
    emit statusMessage(tr("Read timeout of %1 set to %2").arg(name, SlotModel::timeoutText(milliseconds)));
    return true;
}

bool SlotsDock::setHold(const QString &name, bool hold)
{
    MailslotServer *server = m_registry->server(name);
    if (!server)
        return false;
    server->setHold(hold);
    emit statusMessage(hold ? tr("Holding %1: messages queue up unread").arg(name)
                            : tr("Reading %1 again").arg(name));
    updateActions();
    return true;
}

bool SlotsDock::servedHere(const QString &name) const
{
    // This monitor's own reader (read or held, to be read later): its rows are in the stream.
    return !name.isEmpty() && m_registry->server(name) != nullptr;
}

bool SlotsDock::setWatched(const QString &name, bool watch)
{
    const int row = name.isEmpty() ? -1 : m_model->rowOf(name);
    if (watch && (row < 0 || m_model->stateAt(row) == SlotModel::State::SeenOnNetwork))
        return false; // only a slot on this computer can be watched
    if (!m_watches)
        return false;
    if (watch && servedHere(name)) {
        // Its reader is this monitor: every message is in the stream already, a watch would show
        // each one twice.
        emit statusMessage(tr("%1 is served by this monitor: its messages are in the stream already").arg(name));
        return false;
    }
    MailslotError error;
    if (watch && !m_watches->watch(name, &error)) {
        emit statusMessage(tr("Could not watch %1: %2").arg(name, error.toString()));
        return false;
    }
    if (!watch)
        m_watches->unwatch(name);
    emit statusMessage(watch ? tr("Watching %1: a copy of every message written to it").arg(name)
                             : tr("Stopped watching %1").arg(name));
    updateActions();
    return true;
}

void SlotsDock::setWatches(SlotWatches *watches)
{
    m_watches = watches;
    connect(watches, &SlotWatches::watchedChanged, this, [this] {
        m_model->setWatched(m_watches->watched());
        updateActions();
    });
    connect(watches, &SlotWatches::watchFailed, this, [this](const QString &slot, const MailslotError &error) {
        emit statusMessage(tr("Could not watch %1: %2").arg(slot, error.toString()));
    });
    connect(watches, &SlotWatches::missedChanged, this, [this](const QString &slot, quint64 missed) {
        emit statusMessage(tr("%1: %n message(s) not seen by this watch (it fell behind)", nullptr, int(missed)).arg(slot));
    });
    // A watched slot that this monitor serves from now on (its other server closed it): the
    // stream has its messages from the monitor's own reader, the watch would double them.
    connect(m_registry, &MailslotRegistry::slotCreated, this, [this](MailslotServer *server) {
        if (m_watches->isWatched(server->name())) {
            m_watches->unwatch(server->name());
            emit statusMessage(
                tr("Stopped watching %1: this monitor serves it now, its messages are in the stream").arg(server->name()));
        }
    });
}

void SlotsDock::showNewSlotDialog()
{
    NewSlotDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        createSlot(dialog.canonicalName(), dialog.options());
}

void SlotsDock::closeCurrent()
{
    const QString name = currentSlot();
    if (!name.isEmpty())
        closeSlot(name);
}

void SlotsDock::askReadTimeout()
{
    const QString name = currentSlot();
    MailslotServer *server = m_registry->server(name);
    if (!server)
        return;
    const quint32 current = server->info().readTimeout;
    bool ok = false;
    const int value = QInputDialog::getInt(this, tr("Set Read Timeout"),
                                           tr("Read timeout of %1 in ms (-1 = forever):").arg(name),
                                           current == MailslotInfo::kWaitForever ? -1 : int(qMin<quint32>(current, 0x7FFFFFFF)),
                                           -1, 0x7FFFFFFF, 100, &ok);
    if (ok)
        setReadTimeout(name, value < 0 ? MailslotInfo::kWaitForever : quint32(value));
}

void SlotsDock::updateActions()
{
    const QString name = currentSlot();
    MailslotServer *server = name.isEmpty() ? nullptr : m_registry->server(name);
    m_closeAction->setEnabled(server != nullptr);
    m_timeoutAction->setEnabled(server != nullptr);
    m_holdAction->setEnabled(server != nullptr);
    m_holdAction->setChecked(server && server->isHeld());
    m_copyAction->setEnabled(!name.isEmpty());
    // Nothing can reach a slot whose file left the namespace: closing it is what is left to do.
    const int row = name.isEmpty() ? -1 : m_model->rowOf(name);
    m_sendAction->setEnabled(row >= 0 && m_model->stateAt(row) != SlotModel::State::Unreachable);
    const bool watched = !name.isEmpty() && m_model->isWatched(name);
    m_watchAction->setEnabled(m_watches
                              && (watched
                                  || (row >= 0 && m_model->stateAt(row) != SlotModel::State::SeenOnNetwork
                                      && !servedHere(name))));
    m_watchAction->setChecked(watched);
    m_watchAction->setText(watched ? tr("Stop &Watching") : tr("&Watch"));
}

void SlotsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void SlotsDock::retranslateUi()
{
    setWindowTitle(tr("Slots"));
    m_view->setAccessibleName(tr("Mailslots on this computer"));
    m_toolBar->setAccessibleName(tr("Slot actions"));
    m_newAction->setText(tr("&New Slot..."));
    m_newAction->setToolTip(tr("Create and serve a new mailslot"));
    m_closeAction->setText(tr("&Close Slot"));
    m_closeAction->setToolTip(tr("Stop serving the selected mailslot and close it"));
    m_timeoutAction->setText(tr("Set Read &Timeout..."));
    m_holdAction->setText(tr("&Hold Reading"));
    m_holdAction->setToolTip(tr("Stop reading the slot: messages queue up and GetMailslotInfo's counts rise"));
    m_copyAction->setText(tr("Copy &Name"));
    m_sendAction->setText(tr("&Send to This Slot..."));
    m_watchAction->setToolTip(tr("Stream a copy of every message written to the slot, whichever other process "
                                 "serves it, with the writer's pid (its reader still gets every message; a slot "
                                 "this monitor serves is in the stream already)"));
    updateActions(); // the Watch action's text
    m_model->retranslate();
    showPartialListing(m_model->partialListingReason());
    fitColumns();
}

void SlotsDock::showPartialListing(const QString &reason)
{
    m_partialNotice->setVisible(!reason.isEmpty());
    m_partialNotice->setText(tr("Only the slots of this monitor are listed: the system does not list the slots of "
                                "other processes."));
    m_partialNotice->setToolTip(reason);
}

void SlotsDock::fitColumns()
{
    // Every column as wide as its (translated) title, the state its longest state, and the
    // figures at least six digits: in the default layout all of them fit without scrolling.
    // In a narrow dock (Spanish and Italian titles are longer) the titles give way first (cut,
    // whole in their tooltip), down to what the figures need, so that the name keeps its room.
    const QHeaderView *header = m_view->horizontalHeader();
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) * 4 + digit * 2;
    QList<int> wanted;
    QList<int> least;
    for (int column = SlotModel::StateColumn; column < SlotModel::ColumnCount; ++column) {
        int content = digit * 6 + digit * 2;
        if (column == SlotModel::StateColumn) {
            // (not the rare Unreachable: that row's text is elided, the tooltip has it)
            for (const SlotModel::State state : {SlotModel::State::ServedHere, SlotModel::State::Held,
                                                 SlotModel::State::OtherProcess, SlotModel::State::SeenOnNetwork})
                content = qMax(content, m_view->fontMetrics().horizontalAdvance(SlotModel::stateText(state)) + digit * 2);
        }
        const int title = header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + margin;
        least.append(content);
        wanted.append(qMax(content, title));
    }
    const int room = m_view->viewport()->width() - m_view->fontMetrics().averageCharWidth() * 24; // the name's
    const auto sum = [](const QList<int> &list) { return std::accumulate(list.cbegin(), list.cend(), 0); };
    const int extra = sum(wanted) - sum(least);
    const double share = sum(wanted) <= room || extra <= 0 || !m_view->isVisible()
        ? 1.0 : qMax(0.0, double(room - sum(least)) / extra);
    // Exactly that (not only wider): after a switch back to a language of shorter words the
    // figures give the name its room back.
    for (int i = 0; i < wanted.size(); ++i)
        m_view->setColumnWidth(SlotModel::StateColumn + i, least[i] + int((wanted[i] - least[i]) * qMin(1.0, share)));
}

bool SlotsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QDockWidget::eventFilter(watched, event);
}

QList<QAction *> SlotsDock::menuActions()
{
    if (m_menuActions.isEmpty()) {
        const auto separator = [this] {
            auto *action = new QAction(this);
            action->setSeparator(true);
            return action;
        };
        m_menuActions = {m_newAction,  m_closeAction, separator(),  m_timeoutAction, m_holdAction,
                         separator(),  m_copyAction,  m_sendAction, separator(),     m_watchAction};
    }
    return m_menuActions;
}
