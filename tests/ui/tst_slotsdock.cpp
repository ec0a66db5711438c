#include "core/slots/mailslotregistry.h"
#include "core/slots/mailslotwriter.h"
#include "ui/slots/slotmodel.h"
#include "ui/slots/slotsdock.h"
#include "core/stream/slotwatches.h"
#include "core/stream/streamhub.h"
#include "ui/common/slotnamedelegate.h"
#include "core/text/translations.h"
#include "tests/common/windowsdeviation.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

using uitest::child;

class TestSlotsDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void createReceiveAndClose();
    void duplicateNameIsReported();
    void holdAndTimeout();
    void actionsFollowSelection();
    void sorting();
    void nameKeepsItsRoomAfterALanguageSwitch();
    void partialListingIsSaid();
    void watchAnotherProcessesSlot();
    void watchRefusedForOwnSlot_data();
    void watchRefusedForOwnSlot();
    void watchEndsWhenTheMonitorServesTheSlot();

private:
    QTemporaryDir m_dir;
};

void TestSlotsDock::createReceiveAndClose()
{
    MailslotRegistry registry;
    SlotModel model(&registry);
    SlotsDock dock(&registry, &model);
    QSignalSpy received(&registry, &MailslotRegistry::messagesReceived);
    QVERIFY(!dock.createSlot(QStringLiteral("dock\\one"), {}));
    QCOMPARE(dock.currentSlot(), QStringLiteral("\\\\.\\mailslot\\dock\\one"));
    QCOMPARE(model.rowCount(), 1);
    MailslotError error;
    auto writer = MailslotWriter::open(QStringLiteral("\\\\.\\mailslot\\dock\\one"), &error);
    QVERIFY(writer);
    QVERIFY(!writer->write("ping"));
    QVERIFY(received.wait(5000));
    QTRY_COMPARE(model.infoAt(0).totalMessages, quint64(1));
    QVERIFY(child<QAction>(&dock, QStringLiteral("closeSlotAction"))->isEnabled());
    child<QAction>(&dock, QStringLiteral("closeSlotAction"))->trigger();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!registry.server(QStringLiteral("dock\\one")));
}

void TestSlotsDock::watchAnotherProcessesSlot()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_TAP);
    // A slot served by another registry (as another process would): Watch streams a copy of what
    // is written to it, with the writer's pid, and the Slots view says it is watched.
    MailslotRegistry registry;
    MailslotRegistry other;
    SlotModel model(&registry);
    SlotsDock dock(&registry, &model);
    StreamHub hub;
    SlotWatches watches(&hub);
    dock.setWatches(&watches);
    MailslotError error;
    QVERIFY(other.createSlot(QStringLiteral("dock\\watched"), {}, &error));
    const QString name = QStringLiteral("\\\\.\\mailslot\\dock\\watched");
    model.refresh();
    dock.selectSlot(name);
    QCOMPARE(dock.currentSlot(), name);
    auto *watch = child<QAction>(&dock, QStringLiteral("watchSlotAction"));
    QVERIFY(watch->isEnabled());
    QVERIFY(!watch->isChecked());
    QSignalSpy rows(&hub, &StreamHub::rowsArrived);
    watch->trigger();
    QVERIFY(watches.isWatched(name));
    QVERIFY(watch->isChecked());
    const int row = model.rowOf(name);
    QVERIFY(model.data(model.index(row, SlotModel::StateColumn)).toString().endsWith(QStringLiteral(", watched")));
    // The tap attaches in its own thread: write until a copy arrives.
    auto writer = MailslotWriter::open(name, &error);
    QVERIFY(writer);
    while (rows.isEmpty()) {
        QVERIFY(!writer->write("seen"));
        rows.wait(100);
    }
    const StreamRow first = rows.first().at(0).value<StreamRowList>().first();
    QCOMPARE(first.slot, name);
    QCOMPARE(first.payload, QByteArray("seen"));
    QVERIFY(first.sender());
    QCOMPARE(first.sender()->pid, qint64(QCoreApplication::applicationPid()));
    watch->trigger(); // Stop watching
    QVERIFY(!watches.isWatched(name));
    QVERIFY(!watch->isChecked());
    QVERIFY(!model.data(model.index(row, SlotModel::StateColumn)).toString().contains(QStringLiteral("watched")));
}

void TestSlotsDock::watchRefusedForOwnSlot_data()
{
    QTest::addColumn<bool>("held");
    QTest::addRow("read") << false;
    QTest::addRow("held") << true;
}

void TestSlotsDock::watchRefusedForOwnSlot()
{
    // A slot this monitor serves (read, or held and read later) is in the stream already: Watch
    // is off for it, and asking anyway is refused with the reason (no message shown twice).
    QFETCH(bool, held);
    MailslotRegistry registry;
    SlotModel model(&registry);
    SlotsDock dock(&registry, &model);
    StreamHub hub;
    SlotWatches watches(&hub);
    dock.setWatches(&watches);
    QVERIFY(!dock.createSlot(QStringLiteral("dock\\mine"), {}));
    const QString name = QStringLiteral("\\\\.\\mailslot\\dock\\mine");
    if (held)
        QVERIFY(dock.setHold(name, true));
    auto *watch = child<QAction>(&dock, QStringLiteral("watchSlotAction"));
    QCOMPARE(dock.currentSlot(), name);
    QVERIFY(!watch->isEnabled());
    QSignalSpy status(&dock, &SlotsDock::statusMessage);
    QVERIFY(!dock.setWatched(name, true));
    QVERIFY(!watches.isWatched(name));
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.first().first().toString(),
             name + QStringLiteral(" is served by this monitor: its messages are in the stream already"));
}

void TestSlotsDock::watchEndsWhenTheMonitorServesTheSlot()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_TAP);
    // Watched while another process served it; that one closes it and this monitor serves it
    // now: the watch ends (the monitor's own reader has every message), with a word why.
    MailslotRegistry registry;
    MailslotRegistry other;
    SlotModel model(&registry);
    SlotsDock dock(&registry, &model);
    StreamHub hub;
    SlotWatches watches(&hub);
    dock.setWatches(&watches);
    MailslotError error;
    QVERIFY(other.createSlot(QStringLiteral("dock\\handed"), {}, &error));
    const QString name = QStringLiteral("\\\\.\\mailslot\\dock\\handed");
    model.refresh();
    QVERIFY(dock.setWatched(name, true));
    QVERIFY(watches.isWatched(name));
    QVERIFY(other.closeSlot(name));
    QSignalSpy status(&dock, &SlotsDock::statusMessage);
    QVERIFY(!dock.createSlot(QStringLiteral("dock\\handed"), {}));
    QVERIFY(!watches.isWatched(name));
    QVERIFY(!child<QAction>(&dock, QStringLiteral("watchSlotAction"))->isChecked());
    QVERIFY(status.size() >= 1);
    QCOMPARE(status.first().first().toString(),
             QStringLiteral("Stopped watching %1: this monitor serves it now, its messages are in the stream").arg(name));
}

void TestSlotsDock::duplicateNameIsReported()
{
    MailslotRegistry registry;
    MailslotRegistry other;
    SlotModel model(&registry);
    SlotsDock dock(&registry, &model);
    QSignalSpy status(&dock, &SlotsDock::statusMessage);
    MailslotError error;
    QVERIFY(other.createSlot(QStringLiteral("dock\\taken"), {}, &error));
    const MailslotError result = dock.createSlot(QStringLiteral("dock\\taken"), {});
    QVERIFY(result.isError());
    QCOMPARE(result.codeName(), QStringLiteral("ERROR_ALREADY_EXISTS"));
    QVERIFY(status.last().at(0).toString().contains(QStringLiteral("ERROR_ALREADY_EXISTS")));
    // Not served here: it cannot be closed from this monitor.
    dock.selectSlot(QStringLiteral("\\\\.\\mailslot\\dock\\taken"));
    QVERIFY(!child<QAction>(&dock, QStringLiteral("closeSlotAction"))->isEnabled());
    QVERIFY(!dock.closeSlot(QStringLiteral("\\\\.\\mailslot\\dock\\taken")));
}

void TestSlotsDock::holdAndTimeout()
{
    MailslotRegistry registry;
    SlotModel model(&registry);
    SlotsDock dock(&registry, &model);
    // Created held (the worker applies a hold asynchronously, so writes must follow it for sure).
    MailslotServer::Options held;
    held.hold = true;
    QVERIFY(!dock.createSlot(QStringLiteral("dock\\hold"), held));
    MailslotServer *server = registry.server(QStringLiteral("dock\\hold"));
    QVERIFY(server->isHeld());
    QVERIFY(child<QAction>(&dock, QStringLiteral("holdSlotAction"))->isChecked());
    QCOMPARE(model.stateAt(0), SlotModel::State::Held);
    MailslotError error;
    auto writer = MailslotWriter::open(server->name(), &error);
    QVERIFY(!writer->write("a"));
    QVERIFY(!writer->write("b"));
    QVERIFY(!writer->write("c"));
    QTRY_COMPARE(model.infoAt(0).messageCount, 3u);
    child<QAction>(&dock, QStringLiteral("holdSlotAction"))->trigger(); // read again
    QVERIFY(!server->isHeld());
    QCOMPARE(model.stateAt(0), SlotModel::State::ServedHere);
    QTRY_COMPARE(model.infoAt(0).messageCount, 0u);
    child<QAction>(&dock, QStringLiteral("holdSlotAction"))->trigger(); // hold again
    QVERIFY(server->isHeld());
    QCOMPARE(model.stateAt(0), SlotModel::State::Held);
    QVERIFY(dock.setReadTimeout(server->name(), 1234));
    QTRY_COMPARE(model.infoAt(0).readTimeout, 1234u);
}

void TestSlotsDock::actionsFollowSelection()
{
    MailslotRegistry registry;
    SlotModel model(&registry);
    SlotsDock dock(&registry, &model);
    QSignalSpy send(&dock, &SlotsDock::sendRequested);
    QVERIFY(!child<QAction>(&dock, QStringLiteral("sendToSlotAction"))->isEnabled());
    QVERIFY(!dock.createSlot(QStringLiteral("dock\\sel"), {}));
    QVERIFY(child<QAction>(&dock, QStringLiteral("sendToSlotAction"))->isEnabled());
    child<QAction>(&dock, QStringLiteral("sendToSlotAction"))->trigger();
    QCOMPARE(send.count(), 1);
    QCOMPARE(send.at(0).at(0).toString(), QStringLiteral("\\\\.\\mailslot\\dock\\sel"));
    child<QAction>(&dock, QStringLiteral("copySlotNameAction"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("\\\\.\\mailslot\\dock\\sel"));
}

void TestSlotsDock::sorting()
{
    MailslotRegistry registry;
    SlotModel model(&registry);
    SlotsDock dock(&registry, &model);
    MailslotServer::Options small;
    small.slot.maxMessageSize = 10;
    MailslotServer::Options big;
    big.slot.maxMessageSize = 9;
    big.slot.maxMessageSize = 1000;
    QVERIFY(!dock.createSlot(QStringLiteral("dock\\a_big"), big));
    QVERIFY(!dock.createSlot(QStringLiteral("dock\\b_small"), small));
    QTableView *view = child<QTableView>(&dock, QStringLiteral("slotsView"));
    view->sortByColumn(SlotModel::MaxSizeColumn, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("\\\\.\\mailslot\\dock\\b_small"));
    view->sortByColumn(SlotModel::MaxSizeColumn, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("\\\\.\\mailslot\\dock\\a_big"));
    // Long names show their end (the start is the same for every local slot); the tooltip has all.
    QVERIFY(qobject_cast<SlotNameDelegate *>(view->itemDelegateForColumn(SlotModel::NameColumn)));
    QVERIFY(view->model()->index(0, SlotModel::NameColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("a_big")));
}

void TestSlotsDock::nameKeepsItsRoomAfterALanguageSwitch()
{
    Translations::install(QStringLiteral("en"));
    MailslotRegistry registry;
    SlotModel model(&registry);
    SlotsDock dock(&registry, &model);
    dock.resize(900, 300);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    const QTableView *view = child<QTableView>(&dock, QStringLiteral("slotsView"));
    QTRY_VERIFY(view->columnWidth(SlotModel::NameColumn) > 0);
    const int english = view->columnWidth(SlotModel::NameColumn);
    for (const QString &language : {QStringLiteral("es"), QStringLiteral("it")}) {
        Translations::install(language);
        QTRY_COMPARE(dock.windowTitle(), QCoreApplication::translate("SlotsDock", "Slots"));
        Translations::install(QStringLiteral("en"));
        QTRY_COMPARE(dock.windowTitle(), QStringLiteral("Slots"));
        QTRY_COMPARE(view->columnWidth(SlotModel::NameColumn), english);
    }
}

void TestSlotsDock::partialListingIsSaid()
{
    // A system that lists only this process's slots (Wine: ERROR_NOT_SUPPORTED) still shows them,
    // and the dock says that other processes' slots are missing; a full listing says nothing.
    MailslotRegistry registry;
    SlotModel model(&registry);
    SlotsDock dock(&registry, &model);
    QVERIFY(!dock.createSlot(QStringLiteral("dock\\partial"), {}));
    model.refresh();
    QVERIFY(model.rowOf(QStringLiteral("\\\\.\\mailslot\\dock\\partial")) >= 0);
    const auto *notice = child<QLabel>(&dock, QStringLiteral("partialListingNotice"));
    QCOMPARE(notice->isVisibleTo(&dock), ::mailslot::test::underWine());
    QCOMPARE(model.partialListingReason().isEmpty(), !::mailslot::test::underWine());
    QCOMPARE(notice->toolTip(), model.partialListingReason());
}

QTEST_MAIN(TestSlotsDock)
#include "tst_slotsdock.moc"
