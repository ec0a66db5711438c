#include "ui/compose/composedock.h"
#include "ui/stream/detailpane.h"
#include "ui/network/networkdock.h"
#include "ui/common/plaintooltip.h"
#include "core/slots/mailslotregistry.h"
#include "core/slots/mailslotwriter.h"
#include "ui/window/mainwindow.h"
#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"
#include "ui/stream/messagestreamwidget.h"
#include "ui/slots/slotmodel.h"
#include "ui/slots/slotsdock.h"
#include "ui/statistics/statisticsdock.h"
#include "core/text/translations.h"
#include "mainwindowparts.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocument>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTranslator>

using uitest::child;

namespace {
// A catalogue that marks every string, so that retranslation is visible whatever the .ts hold.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        return QStringLiteral("[xx] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void defaultSlotReceivesClientMessages();
    void secondMonitorCarriesOn();
    void slotCreatedFromTheUiReceives();
    void composeToTheDefaultSlot();
    void pauseFilterAndDetail();
    void languageSwitchRetranslates();
    void markingTranslatorRetranslatesEverything();
    void settingsPersist();
    void countsFollowFilterAndPause();
    void exportHasAShortcut();
    void slotStatusTooltipIsPlainText();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    uitest::isolate(m_dir);
    QCoreApplication::setOrganizationName(QStringLiteral("MailslotMonitorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::cleanup()
{
    Translations::install(QStringLiteral("en"));
    QSettings().clear();
}

void TestMainWindow::defaultSlotReceivesClientMessages()
{
    MailslotRegistry registry;
    MainWindow window(&registry);
    window.show();
    QVERIFY(window.startDefaultSlot());
    QVERIFY(window.defaultSlotStatus().contains(MainWindow::defaultSlotName()));
    QVERIFY(registry.server(MainWindow::defaultSlotName()));
    QCOMPARE(uitest::slotsDock(window)->currentSlot(), MainWindow::defaultSlotName());
    MailslotError error;
    auto writer = MailslotWriter::open(QStringLiteral("\\\\.\\mailslot\\mailslot_monitor"), &error);
    QVERIFY(writer);
    QVERIFY(!writer->write("hello"));
    QTRY_COMPARE(uitest::stream(window)->proxy()->rowCount(), 1);
    QCOMPARE(uitest::stream(window)->proxy()->index(0, MessageModel::PreviewColumn).data().toString(), QStringLiteral("hello"));
    // The counts in the status bar, in the plural form the number asks for.
    Translations::install(QStringLiteral("en"));
    QTRY_COMPARE(window.countStatusText(), QStringLiteral("1 message shown, 1 received"));
    QVERIFY(!writer->write("again"));
    QTRY_COMPARE(window.countStatusText(), QStringLiteral("2 messages shown, 2 received"));
    registry.closeAll();
}

void TestMainWindow::secondMonitorCarriesOn()
{
    MailslotRegistry first;
    MailslotRegistry second;
    MainWindow a(&first);
    MainWindow b(&second);
    QVERIFY(a.startDefaultSlot());
    QVERIFY(!b.startDefaultSlot());
    QVERIFY(b.defaultSlotStatus().contains(QStringLiteral("ERROR_ALREADY_EXISTS")));
    // Still works: the slot is listed, other slots can be served.
    QVERIFY(b.slotModel()->rowOf(MainWindow::defaultSlotName()) >= 0);
    QVERIFY(!uitest::slotsDock(b)->createSlot(QStringLiteral("second\\own"), {}));
}

void TestMainWindow::slotCreatedFromTheUiReceives()
{
    MailslotRegistry registry;
    MainWindow window(&registry);
    window.show();
    QVERIFY(!uitest::slotsDock(window)->createSlot(QStringLiteral("ui\\created"), {}));
    QTRY_VERIFY(window.slotModel()->rowOf(QStringLiteral("\\\\.\\mailslot\\ui\\created")) >= 0);
    MailslotError error;
    auto writer = MailslotWriter::open(QStringLiteral("ui\\created"), &error);
    QVERIFY(writer);
    for (int i = 0; i < 10; ++i)
        QVERIFY(!writer->write(QByteArray("client ") + QByteArray::number(i)));
    QTRY_COMPARE(window.messageModel()->rowCount(), 10);
    QCOMPARE(window.messageModel()->row(9).payload, QByteArray("client 9"));
    QCOMPARE(window.messageModel()->row(9).slot, QStringLiteral("\\\\.\\mailslot\\ui\\created"));
    QTRY_COMPARE(window.slotModel()->infoAt(window.slotModel()->rowOf(QStringLiteral("\\\\.\\mailslot\\ui\\created"))).totalMessages,
                 quint64(10));
}

void TestMainWindow::composeToTheDefaultSlot()
{
    MailslotRegistry registry;
    MainWindow window(&registry);
    QVERIFY(window.startDefaultSlot());
    ComposeDock *compose = uitest::composeDock(window);
    child<QAction>(uitest::slotsDock(window), QStringLiteral("sendToSlotAction"))->trigger();
    QCOMPARE(compose->targetText(), MainWindow::defaultSlotName());
    compose->setPayloadText(QStringLiteral("composed"));
    QTest::mouseClick(child<QPushButton>(compose, QStringLiteral("composeSend")), Qt::LeftButton);
    QTRY_COMPARE(window.messageModel()->rowCount(), 1);
    QCOMPARE(window.messageModel()->row(0).payload, QByteArray("composed"));
}

void TestMainWindow::pauseFilterAndDetail()
{
    MailslotRegistry registry;
    MainWindow window(&registry);
    window.show();
    QVERIFY(window.startDefaultSlot());
    MailslotError error;
    auto writer = MailslotWriter::open(MainWindow::defaultSlotName(), &error);
    QVERIFY(!writer->write("one"));
    QTRY_COMPARE(window.messageModel()->rowCount(), 1);
    MessageStreamWidget *stream = uitest::stream(window);
    auto *pause = child<QAction>(stream, QStringLiteral("pauseAction"));
    pause->trigger();
    QVERIFY(!writer->write("two"));
    QVERIFY(!writer->write("three"));
    QTRY_COMPARE(window.messageModel()->newWhilePaused(), quint64(2));
    QCOMPARE(window.messageModel()->rowCount(), 1);
    pause->trigger();
    QCOMPARE(window.messageModel()->rowCount(), 3);
    QTest::keyClicks(child<QLineEdit>(stream, QStringLiteral("textFilter")), QStringLiteral("thr"));
    QCOMPARE(stream->proxy()->rowCount(), 1);
    child<QTableView>(stream, QStringLiteral("messageView"))->setCurrentIndex(stream->proxy()->index(0, 0));
    QCOMPARE(uitest::detail(window)->message().payload, QByteArray("three"));
}

void TestMainWindow::languageSwitchRetranslates()
{
    MailslotRegistry registry;
    MainWindow window(&registry);
    window.show();
    window.setLanguage(QStringLiteral("es"));
    QCOMPARE(Translations::current(), QStringLiteral("es"));
    QTRY_COMPARE(window.findChild<QMenu *>(QStringLiteral("languageMenu"))->title(), QCoreApplication::translate("LanguageMenu", "&Language"));
    QTRY_COMPARE(uitest::slotsDock(window)->windowTitle(), QCoreApplication::translate("SlotsDock", "Slots"));
    QTRY_COMPARE(uitest::composeDock(window)->windowTitle(), QCoreApplication::translate("ComposeDock", "Compose"));
    QTRY_COMPARE(uitest::statisticsDock(window)->windowTitle(), QCoreApplication::translate("StatisticsDock", "Statistics"));
    QTRY_COMPARE(window.messageModel()->headerData(MessageModel::TimeColumn, Qt::Horizontal).toString(),
                 QCoreApplication::translate("MessageModel", "Time"));
    window.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(window.findChild<QMenu *>(QStringLiteral("languageMenu"))->title(), QStringLiteral("&Language"));
}

void TestMainWindow::markingTranslatorRetranslatesEverything()
{
    MailslotRegistry registry;
    MainWindow window(&registry);
    window.show();
    QVERIFY(window.startDefaultSlot());
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QTRY_COMPARE(window.findChild<QMenu *>(QStringLiteral("languageMenu"))->title(), QStringLiteral("[xx] &Language"));
    SlotsDock *slotList = uitest::slotsDock(window);
    MessageStreamWidget *stream = uitest::stream(window);
    QTRY_COMPARE(slotList->windowTitle(), QStringLiteral("[xx] Slots"));
    QCOMPARE(child<QAction>(slotList, QStringLiteral("newSlotAction"))->text(), QStringLiteral("[xx] &New Slot..."));
    QCOMPARE(child<QPushButton>(uitest::composeDock(window), QStringLiteral("composeSend"))->text(), QStringLiteral("[xx] Sen&d"));
    QCOMPARE(child<QAction>(stream, QStringLiteral("pauseAction"))->text(), QStringLiteral("[xx] &Pause"));
    QCOMPARE(child<QLineEdit>(stream, QStringLiteral("textFilter"))->placeholderText(), QStringLiteral("[xx] Text in the message"));
    QCOMPARE(uitest::statisticsDock(window)->windowTitle(), QStringLiteral("[xx] Statistics"));
    QCOMPARE(child<QTableView>(stream, QStringLiteral("messageView"))->model()->headerData(MessageModel::SlotColumn, Qt::Horizontal).toString(),
             QStringLiteral("[xx] Slot"));
    QCOMPARE(window.slotModel()->index(0, SlotModel::StateColumn).data().toString(), QStringLiteral("[xx] Served here"));
    QVERIFY(window.defaultSlotStatus().startsWith(QStringLiteral("[xx] ")));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(window.findChild<QMenu *>(QStringLiteral("languageMenu"))->title(), QStringLiteral("&Language"));
}

void TestMainWindow::settingsPersist()
{
    MailslotRegistry registry;
    {
        MainWindow window(&registry);
        window.messageModel()->setCapacity(5000);
        uitest::stream(window)->setFilter(QStringLiteral("slotx"), {}, QStringLiteral("needle"), true);
        uitest::composeDock(window)->setRecentTargets({QStringLiteral("\\\\.\\mailslot\\r")});
        window.setLanguage(QStringLiteral("it"));
        window.close();
    }
    MainWindow restored(&registry);
    QCOMPARE(restored.messageModel()->capacity(), 5000);
    const MessageFilterProxy *proxy = uitest::stream(restored)->proxy();
    QCOMPARE(proxy->slotFilter(), QStringLiteral("slotx"));
    QCOMPARE(proxy->textFilter(), QStringLiteral("needle"));
    QVERIFY(proxy->isRegularExpression());
    QCOMPARE(uitest::composeDock(restored)->recentTargets(), QStringList{QStringLiteral("\\\\.\\mailslot\\r")});
    QCOMPARE(restored.language(), QStringLiteral("it"));
}

void TestMainWindow::countsFollowFilterAndPause()
{
    Translations::install(QStringLiteral("en"));
    MailslotRegistry registry;
    MainWindow window(&registry);
    MessageModel *model = window.messageModel();
    MessageStreamWidget *stream = uitest::stream(window);
    auto *pause = child<QAction>(stream, QStringLiteral("pauseAction"));
    model->append({uitest::message(QStringLiteral("\\\\.\\mailslot\\a"), "apple"),
                   uitest::message(QStringLiteral("\\\\.\\mailslot\\a"), "banana"),
                   uitest::message(QStringLiteral("\\\\.\\mailslot\\a"), "cherry")});
    model->flush();
    QCOMPARE(window.countStatusText(), QStringLiteral("3 messages shown, 3 received"));
    // A filter change updates the counts at once (no new message needed).
    stream->setFilter({}, {}, QStringLiteral("an"), false);
    QCOMPARE(window.countStatusText(), QStringLiteral("1 of 3 messages shown, 3 received"));
    stream->setFilter({}, {}, {}, false);
    QCOMPARE(window.countStatusText(), QStringLiteral("3 messages shown, 3 received"));
    // Paused: nothing more is shown, but what is received is still counted.
    pause->trigger();
    QSignalSpy reported(model, &MessageModel::newWhilePausedChanged);
    model->append(uitest::messages(2));
    QVERIFY(reported.wait(2000));
    QCOMPARE(window.countStatusText(), QStringLiteral("3 messages shown, 5 received"));
    pause->trigger();
    QCOMPARE(window.countStatusText(), QStringLiteral("5 messages shown, 5 received"));
    // Clear empties the view; the received total stays.
    child<QAction>(stream, QStringLiteral("clearAction"))->trigger();
    QCOMPARE(window.countStatusText(), QStringLiteral("0 messages shown, 5 received"));
}

void TestMainWindow::exportHasAShortcut()
{
    MailslotRegistry registry;
    MainWindow window(&registry);
    const auto *exportAction = child<QAction>(&window, QStringLiteral("exportAction"));
    QVERIFY(!exportAction->shortcut().isEmpty());
    if (QKeySequence::keyBindings(QKeySequence::SaveAs).isEmpty())
        QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
}

void TestMainWindow::slotStatusTooltipIsPlainText()
{
    Translations::install(QStringLiteral("en"));
    MailslotRegistry registry;
    MainWindow window(&registry);
    QVERIFY(window.startDefaultSlot());
    const auto *status = window.findChild<QLabel *>(QStringLiteral("slotStatus"));
    QVERIFY(status->text().contains(QLatin1Char('"')));
    // Rich text (so that nothing in it is taken as markup) that reads exactly as the plain text:
    // no &quot; on screen.
    QCOMPARE(status->toolTip(), PlainToolTip::fromText(status->text()));
    QTextDocument document;
    document.setHtml(status->toolTip());
    QCOMPARE(document.toPlainText(), status->text());
    registry.closeAll();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
