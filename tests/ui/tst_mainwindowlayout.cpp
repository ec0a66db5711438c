// The main window's layout as a new user meets it: the default layout at 1260x780 and at
// 1024x700 in English, Spanish and Italian (every column of the stream and of the slot list
// on screen, the docks' forms whole), the same layout after every restart, the status bar's
// hint whole, Clear emptying the detail pane.
#include "core/slots/mailslotregistry.h"
#include "tests/common/windowsdeviation.h"
#include "core/text/translations.h"
#include "mainwindowparts.h"
#include "ui/slots/slotmodel.h"
#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QToolButton>

using uitest::child;

class TestMainWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void defaultSizeFitsTheScreen();
    void defaultLayoutFits_data();
    void defaultLayoutFits();
    void layoutStableAcrossRestarts_data();
    void layoutStableAcrossRestarts();
    void clearEmptiesTheDetailPane();

private:
    // Shown at size, after the deferred layout passes.
    static void showAt(MainWindow &window, const QSize &size);
    QTemporaryDir m_dir;
};

void TestMainWindowLayout::initTestCase()
{
    uitest::isolate(m_dir);
    QCoreApplication::setOrganizationName(QStringLiteral("MailslotMonitorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowlayout"));
}

void TestMainWindowLayout::cleanup()
{
    Translations::install(QStringLiteral("en"));
    QSettings().clear();
}

void TestMainWindowLayout::showAt(MainWindow &window, const QSize &size)
{
    if (size.isValid())
        window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50); // the saved or default dock sizes are set after the first layout pass
}

void TestMainWindowLayout::defaultSizeFitsTheScreen()
{
    MailslotRegistry registry;
    MainWindow window(&registry);
    const QSize screen = window.screen()->availableGeometry().size();
    QVERIFY2(window.width() <= screen.width() && window.height() <= screen.height() - 40,
             qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(window.width()).arg(window.height()).arg(screen.width()).arg(screen.height())));
    // Usable on a 1024x768 screen.
    QVERIFY(window.minimumSizeHint().width() <= 1024);
    QVERIFY(window.minimumSizeHint().height() <= 700);
}

void TestMainWindowLayout::defaultLayoutFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QSize size : {QSize(1260, 780), QSize(1024, 700)}) {
        for (const char *language : {"en", "es", "it"})
            QTest::addRow("%s %dx%d", language, size.width(), size.height()) << QString::fromLatin1(language) << size;
    }
}

void TestMainWindowLayout::defaultLayoutFits()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    if (language == QLatin1String("it") && size.width() <= 1024)
        MAILSLOT_SKIP_UNDER_WINE("the tests' font there (DejaVu Sans, from QT_QPA_FONTDIR) is wider than Windows' own UI "
                                 "font: the Italian titles at 1024 px are checked with Linux's fonts");
    Translations::install(language);
    MailslotRegistry registry;
    MainWindow window(&registry);
    QVERIFY(window.startDefaultSlot());
    showAt(window, size);
    // Every column of the stream on screen: Message and Decoded too.
    QTableView *messages = child<QTableView>(uitest::stream(window), QStringLiteral("messageView"));
    QTRY_VERIFY2(messages->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("the stream scrolls by %1 px").arg(messages->horizontalScrollBar()->maximum())));
    for (const int column : {int(MessageModel::PreviewColumn), int(MessageModel::DecodedColumn)})
        QVERIFY2(messages->columnWidth(column) >= messages->fontMetrics().averageCharWidth() * 12, qPrintable(QString::number(column)));
    // Every column of the slot list, and the name readable.
    QTableView *slotsView = child<QTableView>(uitest::slotsDock(window), QStringLiteral("slotsView"));
    QTRY_VERIFY2(slotsView->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("scrolls by %1 px: %2 of %3").arg(slotsView->horizontalScrollBar()->maximum())
                                .arg(slotsView->horizontalHeader()->length()).arg(slotsView->viewport()->width())));
    QVERIFY(slotsView->columnWidth(SlotModel::NameColumn) >= slotsView->fontMetrics().averageCharWidth() * 20);
    // The status bar's hint whole, beside the counts and the network's state.
    const auto *hint = child<QLabel>(&window, QStringLiteral("slotStatus"));
    QVERIFY2(hint->width() >= hint->fontMetrics().horizontalAdvance(hint->text()),
             qPrintable(QStringLiteral("%1 px for %2").arg(hint->width()).arg(hint->text())));
    // Statistics: only vertical scrolling, every figure visible at once.
    StatisticsDock *statistics = uitest::statisticsDock(window);
    statistics->raise();
    QTest::qWait(50);
    auto *scroll = statistics->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    if (size.height() >= 780)
        QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
    // Network: the check boxes show their whole text, nothing wider than the dock.
    NetworkDock *network = uitest::networkDock(window);
    network->raise();
    QTest::qWait(50);
    for (QCheckBox *box : network->findChildren<QCheckBox *>())
        QVERIFY2(box->width() >= box->sizeHint().width(), qPrintable(box->text()));
    auto *networkScroll = network->findChild<QScrollArea *>();
    QVERIFY(networkScroll);
    QVERIFY2(networkScroll->widget()->minimumSizeHint().width() <= networkScroll->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(networkScroll->widget()->minimumSizeHint().width())
                            .arg(networkScroll->viewport()->width())));
#ifndef Q_OS_WIN // (on Windows the system writes to other computers: no network button there)
    // Compose keeps its width when the target needs the network (a button appears).
    ComposeDock *compose = uitest::composeDock(window);
    compose->raise();
    QTest::qWait(50);
    const int width = compose->width();
    compose->setTargetParts(ComposeTarget::Kind::Everyone, {}, QStringLiteral("messngr"));
    QVERIFY(child<QPushButton>(compose, QStringLiteral("networkSettingsButton"))->isVisibleTo(compose));
    QTest::qWait(50);
    QCOMPARE(compose->width(), width);
#endif
    registry.closeAll();
}

void TestMainWindowLayout::layoutStableAcrossRestarts_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("it") << QStringLiteral("it");
}

void TestMainWindowLayout::layoutStableAcrossRestarts()
{
    // Compose grew at every start (315, 386, 410 px) until four stream columns were left.
    QFETCH(QString, language);
    Translations::install(language);
    MailslotRegistry registry;
    QList<int> composeWidths;
    QList<int> slotsHeights;
    QList<QList<int>> columns;
    for (int start = 0; start < 4; ++start) {
        MainWindow window(&registry);
        showAt(window, start == 0 ? QSize(1024, 700) : QSize());
        composeWidths.append(uitest::composeDock(window)->width());
        slotsHeights.append(uitest::slotsDock(window)->height());
        QList<int> widths;
        const QTableView *view = uitest::stream(window)->view();
        for (int column = 0; column < MessageModel::ColumnCount; ++column)
            widths.append(view->columnWidth(column));
        columns.append(widths);
        QCOMPARE(window.size(), QSize(1024, 700));
        window.close();
    }
    QCOMPARE(composeWidths, QList<int>(4, composeWidths.first()));
    QCOMPARE(slotsHeights, QList<int>(4, slotsHeights.first()));
    QCOMPARE(columns, QList<QList<int>>(4, columns.first()));
}

void TestMainWindowLayout::clearEmptiesTheDetailPane()
{
    MailslotRegistry registry;
    MainWindow window(&registry);
    window.messageModel()->append(uitest::messages(3));
    window.messageModel()->flush();
    MessageStreamWidget *stream = uitest::stream(window);
    stream->view()->setCurrentIndex(stream->proxy()->index(1, 0));
    DetailPane *detail = uitest::detail(window);
    QVERIFY(detail->hasMessage());
    auto *copyText = child<QToolButton>(detail, QStringLiteral("copyTextButton"));
    QVERIFY(copyText->isEnabled());
    child<QAction>(stream, QStringLiteral("clearAction"))->trigger();
    QVERIFY(!detail->hasMessage());
    QCOMPARE(detail->summaryText(), DetailPane::tr("No message selected."));
    for (const QString &name : {QStringLiteral("copyTextButton"), QStringLiteral("copyHexButton"), QStringLiteral("copyCArrayButton")})
        QVERIFY2(!child<QToolButton>(detail, name)->isEnabled(), qPrintable(name));
}

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindowlayout.moc"
