#include "mainwindow.h"

#include "composedock.h"
#include "detailpane.h"
#include "mailslotname.h"
#include "mailslotregistry.h"
#include "messagefilterproxy.h"
#include "messagemodel.h"
#include "messagestreamwidget.h"
#include "slotmodel.h"
#include "slotsdock.h"
#include "statisticsdock.h"
#include "translations.h"
#include "win32error.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QShowEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace {
constexpr int kStatusTimeoutMs = 6000;
} // namespace

QString MainWindow::defaultSlotName()
{
    return QStringLiteral("\\\\.\\mailslot\\mailslot_monitor");
}

MainWindow::MainWindow(MailslotRegistry *registry, QWidget *parent)
    : QMainWindow(parent),
      m_registry(registry),
      m_messages(new MessageModel(this)),
      m_slots(new SlotModel(registry, this)),
      m_stream(new MessageStreamWidget(m_messages)),
      m_detail(new DetailPane),
      m_splitter(new QSplitter(Qt::Vertical)),
      m_slotsDock(new SlotsDock(registry, m_slots, this)),
      m_composeDock(new ComposeDock(registry, this)),
      m_statisticsDock(new StatisticsDock(registry, m_messages, this)),
      m_slotStatus(new QLabel),
      m_countStatus(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter->setObjectName(QStringLiteral("centralSplitter"));
    m_splitter->addWidget(m_stream);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    addDockWidget(Qt::LeftDockWidgetArea, m_slotsDock);
    addDockWidget(Qt::RightDockWidgetArea, m_composeDock);
    addDockWidget(Qt::RightDockWidgetArea, m_statisticsDock);
    tabifyDockWidget(m_composeDock, m_statisticsDock);
    m_composeDock->raise();

    m_slotStatus->setTextFormat(Qt::PlainText);
    m_countStatus->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_slotStatus, 1);
    statusBar()->addPermanentWidget(m_countStatus);

    createActions();
    createMenus();

    // Capture: every message of every slot served here goes into the stream.
    connect(m_registry, &MailslotRegistry::messagesReceived, m_messages, &MessageModel::append);
    connect(m_registry, &MailslotRegistry::errorOccurred, this, [this](const QString &slot, const MailslotError &error) {
        statusBar()->showMessage(tr("%1: %2").arg(slot, error.toString()), kStatusTimeoutMs);
    });
    connect(m_messages, &MessageModel::flushed, this, &MainWindow::updateCounts);
    connect(m_messages, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_stream->proxy(), &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(m_stream, &MessageStreamWidget::currentMessageChanged, m_detail, &DetailPane::setMessage);
    connect(m_stream, &MessageStreamWidget::currentMessageCleared, m_detail, &DetailPane::clearMessage);
    connect(m_slotsDock, &SlotsDock::currentSlotChanged, m_statisticsDock, &StatisticsDock::setSlotName);
    connect(m_slotsDock, &SlotsDock::sendRequested, this, [this](const QString &name) {
        m_composeDock->setTarget(name);
        m_composeDock->show();
        m_composeDock->raise();
    });
    const auto showStatus = [this](const QString &text) { statusBar()->showMessage(text, kStatusTimeoutMs); };
    connect(m_slotsDock, &SlotsDock::statusMessage, this, showStatus);
    connect(m_composeDock, &ComposeDock::statusMessage, this, showStatus);

    retranslateUi();
    loadSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_copyMessageAction = new QAction(this);
    m_copyMessageAction->setShortcut(QKeySequence::Copy);
    m_copyMessageAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_stream->view()->addAction(m_copyMessageAction);
    connect(m_copyMessageAction, &QAction::triggered, m_detail, &DetailPane::copyAsText);

    m_capacityAction = new QAction(this);
    connect(m_capacityAction, &QAction::triggered, this, &MainWindow::askCapacity);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const auto addLanguage = [this](const QString &code) {
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
        return action;
    };
    m_systemLanguageAction = addLanguage(QStringLiteral("system"));
    m_englishAction = addLanguage(QStringLiteral("en"));
    m_spanishAction = addLanguage(QStringLiteral("es"));
    m_italianAction = addLanguage(QStringLiteral("it"));
    m_systemLanguageAction->setChecked(true);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    // Network layer (later): Open Capture... and Export... go here.
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_copyMessageAction);
    m_editMenu->addAction(m_stream->findAction());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_stream->pauseAction());
    m_viewMenu->addAction(m_stream->clearAction());
    m_viewMenu->addAction(m_capacityAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_slotsDock->toggleViewAction());
    m_viewMenu->addAction(m_composeDock->toggleViewAction());
    m_viewMenu->addAction(m_statisticsDock->toggleViewAction());

    m_slotsMenu = menuBar()->addMenu(QString());
    m_slotsMenu->addAction(m_slotsDock->newAction());
    m_slotsMenu->addAction(m_slotsDock->closeAction());
    m_slotsMenu->addSeparator();
    m_slotsMenu->addAction(m_slotsDock->readTimeoutAction());
    m_slotsMenu->addAction(m_slotsDock->holdAction());
    m_slotsMenu->addSeparator();
    m_slotsMenu->addAction(m_slotsDock->copyNameAction());
    m_slotsMenu->addAction(m_slotsDock->sendToAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_systemLanguageAction);
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_spanishAction);
    m_languageMenu->addAction(m_italianAction);

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
    retranslateUi();
    return m_defaultSlotServed;
}

QString MainWindow::defaultSlotStatus() const
{
    return m_slotStatus->text();
}

void MainWindow::setLanguage(const QString &language, bool remember)
{
    m_language = language.isEmpty() ? QStringLiteral("system") : language;
    m_rememberLanguage = remember;
    for (QAction *action : m_languageGroup->actions()) {
        if (action->data().toString() == m_language)
            action->setChecked(true);
    }
    Translations::install(m_language);
    // Installing a translator posts LanguageChange to every window; the widgets retranslate then.
}

void MainWindow::updateCounts()
{
    const QLocale locale;
    const int shown = m_stream->proxy()->rowCount();
    const int rows = m_messages->rowCount();
    if (m_stream->proxy()->isFiltering())
        m_countStatus->setText(tr("%1 of %2 messages shown, %3 received")
                                   .arg(locale.toString(shown), locale.toString(rows),
                                        locale.toString(m_messages->totalMessages())));
    else
        m_countStatus->setText(tr("%1 messages shown, %2 received")
                                   .arg(locale.toString(rows), locale.toString(m_messages->totalMessages())));
}

void MainWindow::askCapacity()
{
    bool ok = false;
    const int capacity = QInputDialog::getInt(this, tr("Stream Capacity"),
                                              tr("Keep at most this many messages in the stream (the oldest go first):"),
                                              m_messages->capacity(), MessageModel::kMinCapacity,
                                              MessageModel::kMaxCapacity, 10000, &ok);
    if (ok) {
        m_messages->setCapacity(capacity);
        updateCounts();
    }
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
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_defaultLayoutPending = !restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (m_defaultLayoutPending)
        resize(1240, 780);
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_stream->view()->horizontalHeader()->restoreState(settings.value(QStringLiteral("stream/header")).toByteArray());
    m_slotsDock->view()->horizontalHeader()->restoreState(settings.value(QStringLiteral("slots/header")).toByteArray());
    m_messages->setCapacity(settings.value(QStringLiteral("stream/capacity"), MessageModel::kDefaultCapacity).toInt());
    m_stream->setFilter(settings.value(QStringLiteral("filter/slot")).toString(),
                        settings.value(QStringLiteral("filter/source")).toString(),
                        settings.value(QStringLiteral("filter/text")).toString(),
                        settings.value(QStringLiteral("filter/regex"), false).toBool());
    m_composeDock->setRecentTargets(settings.value(QStringLiteral("compose/recent")).toStringList());
    const QString language = settings.value(QStringLiteral("language"), QStringLiteral("system")).toString();
    m_language = language;
    for (QAction *action : m_languageGroup->actions()) {
        if (action->data().toString() == language)
            action->setChecked(true);
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
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
    if (m_defaultLayoutPending) {
        // First start: give the message stream most of the width.
        m_defaultLayoutPending = false;
        // After the first layout pass, so that the sizes are not overridden by it.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_slotsDock, m_composeDock}, {qBound(220, width() * 22 / 100, 420), qBound(260, width() * 24 / 100, 420)},
                        Qt::Horizontal);
            m_splitter->setSizes({m_splitter->height() * 62 / 100, m_splitter->height() * 38 / 100});
        });
    }
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
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_copyMessageAction->setText(tr("&Copy Message Text"));
    m_capacityAction->setText(tr("Stream &Capacity..."));
    m_aboutAction->setText(tr("&About Mailslot Monitor"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_systemLanguageAction->setText(tr("&System Language"));
    // Language names are written in their own language.
    m_englishAction->setText(tr("English", "language name in English; keep it in English"));
    m_spanishAction->setText(tr("Español", "language name in Spanish; keep it in Spanish"));
    m_italianAction->setText(tr("Italiano", "language name in Italian; keep it in Italian"));
    m_detail->setAccessibleName(tr("Message detail"));
    if (m_defaultSlotServed)
        m_slotStatus->setText(tr("Serving %1: try  mailslot send mailslot_monitor \"hello\"").arg(defaultSlotName()));
    else if (!m_defaultSlotStatus.isEmpty())
        m_slotStatus->setText(tr("Not serving %1: %2. Another monitor may be running; its messages are not shown "
                                 "here, but the slot is listed.")
                                  .arg(defaultSlotName(), m_defaultSlotStatus));
    else
        m_slotStatus->clear();
    updateCounts();
}
