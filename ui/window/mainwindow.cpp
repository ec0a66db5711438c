#include "ui/window/mainwindow.h"

#include "ui/window/languagemenu.h"
#include "ui/window/streamstatusbar.h"
#include "core/stream/bridgesource.h"
#include "core/stream/capturesource.h"
#include "core/stream/slotsource.h"
#include "core/stream/slotwatches.h"
#include "core/stream/streamhub.h"
#include "ui/compose/composedock.h"
#include "ui/stream/detailpane.h"
#include "ui/window/exportaction.h"
#include "ui/window/savesessionaction.h"
#include "core/slots/mailslotname.h"
#include "core/slots/mailslotregistry.h"
#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"
#include "ui/stream/messagestreamwidget.h"
#include "ui/network/networkdock.h"
#include "ui/network/remotesourcesmenu.h"
#include "ui/common/plaintooltip.h"
#include "ui/slots/slotmodel.h"
#include "ui/slots/slotsdock.h"
#include "ui/statistics/statisticsdock.h"
#include "core/text/translations.h"
#include "core/platform/win32error.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QScreen>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace {
// The version of the saved dock layout: a layout saved by an older monitor (the slots in the
// left column) is not restored, the new default is used instead.
constexpr int kLayoutVersion = 1;
} // namespace

QString MainWindow::defaultSlotName()
{
    return QStringLiteral("\\\\.\\mailslot\\mailslot_monitor");
}

MainWindow::MainWindow(MailslotRegistry *registry, QWidget *parent)
    : QMainWindow(parent),
      m_registry(registry),
      m_hub(new StreamHub(this)),
      m_bridge(new BridgeSource(m_hub->ledger())),
      m_messages(new MessageModel(this)),
      m_slots(new SlotModel(registry, this)),
      m_stream(new MessageStreamWidget(m_messages)),
      m_detail(new DetailPane),
      m_splitter(new QSplitter(Qt::Vertical)),
      m_slotsDock(new SlotsDock(registry, m_slots, this)),
      m_composeDock(new ComposeDock(registry, this)),
      m_statisticsDock(new StatisticsDock(registry, m_messages, this)),
      m_networkDock(new NetworkDock(registry, m_bridge, this)),
      m_status(new StreamStatusBar),
      m_languageMenu(new LanguageMenu(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_hub->setObjectName(QStringLiteral("streamHub"));
    m_hub->addSource(new SlotSource(registry, m_hub->ledger()));
    m_hub->addSource(m_bridge);
    layOutDocks();
    setStatusBar(m_status);
    createActions();
    createMenus();
    connectStream();
    connectDocks();
    connectNetwork();
    retranslateUi();
    loadSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::layOutDocks()
{
    m_splitter->setObjectName(QStringLiteral("centralSplitter"));
    m_stream->setObjectName(QStringLiteral("messageStream"));
    m_detail->setObjectName(QStringLiteral("detailPane"));
    m_splitter->addWidget(m_stream);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    // Compose, Statistics and Network tabbed in a column on the left, the whole height (their
    // forms need it, in every language); the slots above the message stream, where every column
    // of the list fits.
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    addDockWidget(Qt::TopDockWidgetArea, m_slotsDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_composeDock);
    tabifyDockWidget(m_composeDock, m_statisticsDock);
    tabifyDockWidget(m_statisticsDock, m_networkDock);
    m_composeDock->raise();
}

void MainWindow::connectStream()
{
    // Every row of every source (the slots served here, the network, capture files) comes
    // numbered from the hub.
    connect(m_hub, &StreamHub::rowsArrived, m_messages, &MessageModel::append);
    connect(m_hub, &StreamHub::rowsArrived, m_slots, &SlotModel::noteRows);
    connect(m_registry, &MailslotRegistry::errorOccurred, this, [this](const QString &slot, const MailslotError &error) {
        m_status->showTimed(tr("%1: %2").arg(slot, error.toString()));
    });
    // The counts follow what is shown (new rows, evictions, Clear, a filter change) and what is
    // received, paused or not (the paused count is reported a few times a second).
    const MessageFilterProxy *proxy = m_stream->proxy();
    connect(m_messages, &MessageModel::flushed, this, &MainWindow::updateCounts);
    connect(m_messages, &MessageModel::newWhilePausedChanged, this, &MainWindow::updateCounts);
    connect(m_messages, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(proxy, &MessageFilterProxy::filterChanged, this, &MainWindow::updateCounts);
    connect(m_stream, &MessageStreamWidget::currentMessageChanged, m_detail, &DetailPane::setMessage);
    connect(m_stream, &MessageStreamWidget::currentMessageCleared, m_detail, &DetailPane::clearMessage);
}

void MainWindow::connectDocks()
{
    m_slotsDock->setWatches(new SlotWatches(m_hub, this)); // Watch: taps on any process's slots
    connect(m_slotsDock, &SlotsDock::currentSlotChanged, m_statisticsDock, &StatisticsDock::setSlotName);
    connect(m_slotsDock, &SlotsDock::sendRequested, this, [this](const QString &name) {
        m_composeDock->setTarget(name);
        m_composeDock->show();
        m_composeDock->raise();
    });
    connect(m_slotsDock, &SlotsDock::statusMessage, m_status, &StreamStatusBar::showTimed);
    connect(m_composeDock, &ComposeDock::statusMessage, m_status, &StreamStatusBar::showTimed);
    connect(m_composeDock, &ComposeDock::networkSettingsRequested, this, &MainWindow::showNetworkSettings);
}

void MainWindow::connectNetwork()
{
    // The network's state into the status bar, the statistics and Compose (its rows come
    // through the hub).
    connect(m_networkDock, &NetworkDock::countersChanged, m_statisticsDock, &StatisticsDock::setNetworkCounters);
    connect(m_networkDock, &NetworkDock::countersChanged, this, &MainWindow::updateNetworkStatus);
    connect(m_networkDock, &NetworkDock::networkStateChanged, m_composeDock, &ComposeDock::networkStateChanged);
    connect(m_networkDock, &NetworkDock::networkStateChanged, this, &MainWindow::updateNetworkStatus);
    connect(m_networkDock, &NetworkDock::statusMessage, m_status, &StreamStatusBar::showTimed);
    connect(m_networkDock, &NetworkDock::startFailed, this, [this](const QString &message) {
        showProblem(tr("Network"), message);
        showNetworkSettings();
    });
    connect(m_status, &StreamStatusBar::networkClicked, this, &MainWindow::showNetworkSettings);
}

void MainWindow::connectCapture(CaptureSource *capture)
{
    // Capture files: streamed into the stream in batches, progress in the status bar.
    connect(capture, &CaptureSource::progress, m_status, &StreamStatusBar::captureProgress);
    connect(capture, &CaptureSource::finished, this,
            [this, capture](bool ok, const QString &error, qint64 datagrams, qint64 frames, bool cancelled) {
                captureFinished(capture->name(), ok, error, datagrams, frames, cancelled);
            });
    connect(m_status, &StreamStatusBar::cancelCaptureClicked, capture, &CaptureSource::cancel);
}

void MainWindow::captureFinished(const QString &name, bool ok, const QString &error, qint64 datagrams, qint64 frames,
                                 bool cancelled)
{
    disconnect(m_status, &StreamStatusBar::cancelCaptureClicked, nullptr, nullptr);
    m_capture = nullptr;
    m_openCaptureAction->setEnabled(true);
    m_status->captureFinished(name, ok, datagrams, frames, cancelled);
    updateCounts();
    emit captureDone();
    if (!ok)
        showProblem(tr("Open Capture"), tr("%1\n\n%n datagram(s) read before the error are in the stream.", nullptr,
                                           int(qMin<qint64>(datagrams, 0x7FFFFFFF)))
                                            .arg(error));
}

void MainWindow::createActions()
{
    m_openCaptureAction = new QAction(this);
    m_openCaptureAction->setObjectName(QStringLiteral("openCaptureAction"));
    m_openCaptureAction->setShortcut(QKeySequence::Open);
    connect(m_openCaptureAction, &QAction::triggered, this, &MainWindow::askOpenCapture);
    const auto identity = [this] { return m_networkDock->settings().identity(); };
    m_exportAction = new ExportAction(this, m_stream, identity);
    connect(m_exportAction, &ExportAction::succeeded, m_status, &StreamStatusBar::showTimed);
    connect(m_exportAction, &ExportAction::waiting, m_status, &StreamStatusBar::showTimed);
    connect(m_exportAction, &ExportAction::failed, this, [this](const QString &error) { showProblem(tr("Export"), error); });
    m_saveSessionAction = new SaveSessionAction(this, [this] { return m_stream->snapshot(false); }, identity);
    connect(m_saveSessionAction, &SaveSessionAction::succeeded, m_status, &StreamStatusBar::showTimed);
    connect(m_saveSessionAction, &SaveSessionAction::failed, this, [this](const QString &e) { showProblem(tr("Save Session"), e); });
    m_networkSettingsAction = new QAction(this);
    connect(m_networkSettingsAction, &QAction::triggered, this, &MainWindow::showNetworkSettings);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_copyMessageAction = new QAction(this);
    m_copyMessageAction->setShortcut(QKeySequence::Copy);
    m_copyMessageAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_stream->view()->addAction(m_copyMessageAction);
    connect(m_copyMessageAction, &QAction::triggered, m_detail, &DetailPane::copyAsText);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_languageMenu, &LanguageMenu::languageChosen, this, [this](const QString &code) { setLanguage(code); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_openCaptureAction, m_saveSessionAction, m_exportAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    new RemoteSourcesMenu(m_hub, m_stream, this, m_fileMenu); // File > Add Remote Source..., Remote Sources

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_copyMessageAction);
    m_editMenu->addAction(m_stream->findAction());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_stream->pauseAction());
    m_viewMenu->addAction(m_stream->clearAction());
    m_viewMenu->addAction(m_stream->capacityAction());
    m_viewMenu->addMenu(m_stream->timeFormatMenu());
    m_viewMenu->addAction(m_stream->coloringAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_slotsDock->toggleViewAction());
    m_viewMenu->addAction(m_composeDock->toggleViewAction());
    m_viewMenu->addAction(m_statisticsDock->toggleViewAction());
    m_viewMenu->addAction(m_networkDock->toggleViewAction());
    m_slotsMenu = menuBar()->addMenu(QString());
    m_slotsMenu->addActions(m_slotsDock->menuActions());

    m_networkMenu = menuBar()->addMenu(QString());
    m_networkMenu->addAction(m_networkDock->networkAction());
    m_networkMenu->addAction(m_networkSettingsAction);
    menuBar()->addMenu(m_languageMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

bool MainWindow::startDefaultSlot()
{
    MailslotError error;
    MailslotServer *server = m_registry->createSlot(defaultSlotName(), {}, &error);
    m_defaultSlotServed = server != nullptr;
    if (server) {
        m_defaultSlotStatus.clear();
        m_slotsDock->selectSlot(server->name());
    } else {
        m_defaultSlotStatus = error.toString();
        m_slots->refresh(); // list the other monitor's slot at once
    }
    m_status->setDefaultSlot(defaultSlotName(), m_defaultSlotServed, m_defaultSlotStatus);
    return m_defaultSlotServed;
}

QString MainWindow::defaultSlotStatus() const
{
    return m_status->slotHint();
}

void MainWindow::setLanguage(const QString &language, bool remember)
{
    m_language = language.isEmpty() ? QStringLiteral("system") : language;
    m_rememberLanguage = remember;
    m_languageMenu->setCurrent(m_language);
    Translations::install(m_language);
    // Installing a translator posts LanguageChange to every window; the widgets retranslate then.
}

void MainWindow::updateCounts()
{
    m_status->updateCounts(m_messages, m_stream->proxy());
}

QString MainWindow::countStatusText() const
{
    return m_status->countText();
}

QString MainWindow::networkStatusText() const
{
    return m_status->networkDetails();
}

void MainWindow::updateNetworkStatus()
{
    m_status->setNetworkText(m_networkDock->statusText(false), m_networkDock->statusText());
}

void MainWindow::showNetworkSettings()
{
    m_networkDock->show();
    m_networkDock->raise();
}

void MainWindow::showProblem(const QString &title, const QString &text)
{
    // Not modal to the application: the stream keeps running while the message is read.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("problemBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::openCapture(const QString &path)
{
    if (m_capture)
        return false;
    auto *capture = new CaptureSource(path);
    m_hub->addSource(capture);
    connectCapture(capture);
    m_capture = capture;
    m_lastCaptureDir = QFileInfo(path).absolutePath();
    m_openCaptureAction->setEnabled(false);
    m_status->captureStarted(capture->name());
    return capture->start();
}

void MainWindow::askOpenCapture()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Capture"), m_lastCaptureDir.isEmpty() ? QDir::homePath() : m_lastCaptureDir,
        tr("Captures (*.pcapng *.pcap *.cap);;All files (*)"));
    if (!path.isEmpty())
        openCapture(path);
}

MessageExporter::Result MainWindow::exportMessages(const QString &path, MessageExporter::Format format, bool onlyShownRows,
                                                   MessageExporter::LocalMessages local)
{
    const RowRing::Snapshot rows = m_stream->snapshot(onlyShownRows);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const MessageExporter::Result result =
        MessageExporter::exportSnapshot(path, format, rows, local, m_networkDock->settings().identity());
    QGuiApplication::restoreOverrideCursor();
    return result;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Mailslot Monitor"),
                       tr("Mailslot Monitor %1\n\nWatch Win32 mailslots live, send test messages and read slot "
                          "statistics (GetMailslotInfo).")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::loadSettings()
{
    QSettings settings;
    // The dock layout is restored at the first show, once the window has its restored size:
    // restored before, the docks took a share of the resize at every start (Compose grew).
    m_pendingState = settings.value(QStringLiteral("window/state")).toByteArray();
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) // room for every column, in the screen
        resize(QSize(1260, 780).boundedTo(screen()->availableGeometry().size() - QSize(0, 40))); // (a panel, a title bar)
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_fitColumnsPending = !m_stream->view()->horizontalHeader()->restoreState(settings.value(QStringLiteral("stream/header")).toByteArray());
    m_slotsDock->view()->horizontalHeader()->restoreState(settings.value(QStringLiteral("slots/header")).toByteArray());
    m_messages->setCapacity(settings.value(QStringLiteral("stream/capacity"), MessageModel::kDefaultCapacity).toInt());
    m_stream->setFilter(settings.value(QStringLiteral("filter/slot")).toString(),
                        settings.value(QStringLiteral("filter/source")).toString(),
                        settings.value(QStringLiteral("filter/text")).toString(),
                        settings.value(QStringLiteral("filter/regex"), false).toBool());
    m_composeDock->setRecentTargets(settings.value(QStringLiteral("compose/recent")).toStringList(),
                                    settings.value(QStringLiteral("compose/recentDomains")).toStringList());
    m_detail->tabs()->setCurrentIndex(qBound(0, settings.value(QStringLiteral("detail/tab"), 0).toInt(), m_detail->tabs()->count() - 1));
    m_stream->loadSettings(settings);
    m_lastCaptureDir = settings.value(QStringLiteral("files/captureDir")).toString();
    m_exportAction->setLastPath(settings.value(QStringLiteral("files/exportPath")).toString());
    m_networkDock->loadSettings(settings);
    if (NetworkSettings::load(settings).enabled && !m_networkDock->isNetworkEnabled()) {
        // It was on when the monitor closed: on again (a failure is explained, not hidden).
        QTimer::singleShot(0, m_networkDock, [dock = m_networkDock] { dock->setNetworkEnabled(true); });
    }
    updateNetworkStatus();
    const QString language = settings.value(QStringLiteral("language"), QStringLiteral("system")).toString();
    m_language = language;
    m_languageMenu->setCurrent(language);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), m_statePending ? m_pendingState : saveState(kLayoutVersion));
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("stream/header"), m_stream->view()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("slots/header"), m_slotsDock->view()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("stream/capacity"), m_messages->capacity());
    const MessageFilterProxy *proxy = m_stream->proxy();
    settings.setValue(QStringLiteral("filter/slot"), proxy->slotFilter());
    settings.setValue(QStringLiteral("filter/source"), proxy->sourceFilter());
    settings.setValue(QStringLiteral("filter/text"), proxy->textFilter());
    settings.setValue(QStringLiteral("filter/regex"), proxy->isRegularExpression());
    settings.setValue(QStringLiteral("compose/recent"), m_composeDock->recentTargets());
    settings.setValue(QStringLiteral("compose/recentDomains"), m_composeDock->recentDomainTargets());
    settings.setValue(QStringLiteral("detail/tab"), m_detail->tabs()->currentIndex());
    m_stream->saveSettings(settings);
    settings.setValue(QStringLiteral("files/captureDir"), m_lastCaptureDir);
    settings.setValue(QStringLiteral("files/exportPath"), m_exportAction->lastPath());
    m_networkDock->saveSettings(settings);
    if (m_rememberLanguage)
        settings.setValue(QStringLiteral("language"), m_language);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_statePending)
        return;
    QTimer::singleShot(0, this, [this] { // after the first layout pass, which would override the sizes
        m_statePending = false;
        if (!restoreState(m_pendingState, kLayoutVersion)) {
            // First start: the message stream gets most of the width.
            resizeDocks({m_composeDock}, {qBound(300, width() * 25 / 100, 400)}, Qt::Horizontal);
            resizeDocks({m_slotsDock}, {qMax(150, height() * 24 / 100)}, Qt::Vertical);
            m_splitter->setSizes({m_splitter->height() * 58 / 100, m_splitter->height() * 42 / 100});
        }
        if (std::exchange(m_fitColumnsPending, false))
            QTimer::singleShot(0, m_stream, [stream = m_stream] { stream->fitColumnsToView(); });
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Mailslot Monitor"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_slotsMenu->setTitle(tr("&Slots"));
    m_networkMenu->setTitle(tr("&Network"));
    m_openCaptureAction->setText(tr("&Open Capture..."));
    m_openCaptureAction->setToolTip(tr("Read the mailslot datagrams of a pcap or pcapng file, or a saved session, into the stream"));
    m_saveSessionAction->retranslate();
    m_exportAction->retranslate();
    m_networkSettingsAction->setText(tr("Network &Settings..."));
    updateNetworkStatus();
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_copyMessageAction->setText(tr("&Copy Message Text"));
    m_aboutAction->setText(tr("&About Mailslot Monitor"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_detail->setAccessibleName(tr("Message detail"));
    updateCounts();
}
