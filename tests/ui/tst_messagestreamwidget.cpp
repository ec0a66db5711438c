#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"
#include "ui/stream/messagestreamwidget.h"
#include "ui/stream/celltextdelegate.h"
#include "ui/common/plaintooltip.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QLocale>
#include <QTableView>

using uitest::child;

class TestMessageStreamWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void pauseAndResume();
    void filterFromTheBar();
    void autoScrollOnlyAtTheBottom();
    void selectionEmitsMessage();
    void clearForgetsTheCurrentMessage();
    void noticesDoNotMoveTheTable();
    void filterChangeKeepsTheSelection();
    void followSlotOrSender_data();
    void followSlotOrSender();
    void sizeColumnFitsAMegabyte_data();
    void sizeColumnFitsAMegabyte();
    void longSlotNamesShowTheirEnd();
    void snapshotOfAllOrShownRows_data();
    void snapshotOfAllOrShownRows();

private:
    static void showAt(QWidget &widget, const QSize &size);
    QTemporaryDir m_dir;
};

void TestMessageStreamWidget::showAt(QWidget &widget, const QSize &size)
{
    widget.resize(size);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
}

void TestMessageStreamWidget::pauseAndResume()
{
    MessageModel model;
    MessageStreamWidget widget(&model);
    auto *pause = child<QAction>(&widget, QStringLiteral("pauseAction"));
    const auto *paused = child<QLabel>(&widget, QStringLiteral("pausedLabel"));
    widget.show();
    model.append(uitest::messages(3));
    QTRY_COMPARE(widget.proxy()->rowCount(), 3);
    pause->trigger();
    QVERIFY(model.isPaused());
    model.append(uitest::messages(4));
    QTRY_VERIFY(paused->isVisible());
    QTRY_COMPARE(paused->text(), MessageStreamWidget::tr("Paused: %n new message(s) while paused", nullptr, 4));
    QCOMPARE(widget.proxy()->rowCount(), 3);
    pause->trigger();
    QVERIFY(!model.isPaused());
    QCOMPARE(widget.proxy()->rowCount(), 7);
    QVERIFY(!paused->isVisible());
    child<QAction>(&widget, QStringLiteral("clearAction"))->trigger();
    QCOMPARE(widget.proxy()->rowCount(), 0);
}

void TestMessageStreamWidget::filterFromTheBar()
{
    MessageModel model;
    MessageStreamWidget widget(&model);
    auto *slotFilter = child<QLineEdit>(&widget, QStringLiteral("slotFilter"));
    auto *textFilter = child<QLineEdit>(&widget, QStringLiteral("textFilter"));
    model.append({uitest::message(QStringLiteral("\\\\.\\mailslot\\a"), "apple"),
                  uitest::message(QStringLiteral("\\\\.\\mailslot\\b"), "banana"),
                  uitest::message(QStringLiteral("\\\\.\\mailslot\\a"), "cherry")});
    model.flush();
    QTest::keyClicks(slotFilter, QStringLiteral("mailslot\\a"));
    QCOMPARE(widget.proxy()->rowCount(), 2);
    QTest::keyClicks(textFilter, QStringLiteral("^ch"));
    QCOMPARE(widget.proxy()->rowCount(), 0);
    child<QCheckBox>(&widget, QStringLiteral("regexFilter"))->setChecked(true);
    QCOMPARE(widget.proxy()->rowCount(), 1);
    slotFilter->clear();
    textFilter->clear();
    QCOMPARE(widget.proxy()->rowCount(), 3);
    QCOMPARE(model.rowCount(), 3);
}

void TestMessageStreamWidget::autoScrollOnlyAtTheBottom()
{
    MessageModel model;
    MessageStreamWidget widget(&model);
    QTableView *view = child<QTableView>(&widget, QStringLiteral("messageView"));
    showAt(widget, QSize(800, 300));
    model.append(uitest::messages(200));
    model.flush();
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum()); // followed the tail
    bar->setValue(10); // the reader scrolls up
    model.append(uitest::messages(50));
    model.flush();
    QApplication::processEvents();
    QCOMPARE(bar->value(), 10);
    QVERIFY(!widget.isFollowingTail());
    bar->setValue(bar->maximum()); // back at the bottom: follows again
    model.append(uitest::messages(50));
    model.flush();
    // Auto-scroll runs at most once a frame: the scroll may come at the end of this one.
    QTRY_VERIFY(view->rowAt(view->viewport()->height() - 2) >= 280);
    QCOMPARE(bar->value(), bar->maximum());
}

void TestMessageStreamWidget::selectionEmitsMessage()
{
    MessageModel model;
    MessageStreamWidget widget(&model);
    QTableView *view = child<QTableView>(&widget, QStringLiteral("messageView"));
    QSignalSpy current(&widget, &MessageStreamWidget::currentMessageChanged);
    model.append({uitest::message(QStringLiteral("\\\\.\\mailslot\\a"), "first"),
                  uitest::message(QStringLiteral("\\\\.\\mailslot\\a"), "second")});
    model.flush();
    view->setCurrentIndex(widget.proxy()->index(1, 0));
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.at(0).at(0).value<StreamRow>().payload, QByteArray("second"));
}

void TestMessageStreamWidget::clearForgetsTheCurrentMessage()
{
    MessageModel model;
    MessageStreamWidget widget(&model);
    QTableView *view = child<QTableView>(&widget, QStringLiteral("messageView"));
    model.append(uitest::messages(3));
    model.flush();
    view->setCurrentIndex(widget.proxy()->index(1, 0));
    QSignalSpy cleared(&widget, &MessageStreamWidget::currentMessageCleared);
    child<QAction>(&widget, QStringLiteral("clearAction"))->trigger();
    QCOMPARE(cleared.count(), 1);
    // A new message with the same look is a new selection (nothing stale is remembered).
    QSignalSpy current(&widget, &MessageStreamWidget::currentMessageChanged);
    model.append(uitest::messages(1));
    model.flush();
    view->setCurrentIndex(widget.proxy()->index(0, 0));
    QCOMPARE(current.count(), 1);
}

void TestMessageStreamWidget::noticesDoNotMoveTheTable()
{
    // The regular-expression error and the Paused line appear above the table without pushing
    // it down.
    MessageModel model;
    MessageStreamWidget widget(&model);
    QTableView *view = child<QTableView>(&widget, QStringLiteral("messageView"));
    showAt(widget, QSize(800, 400));
    const QRect table = view->geometry();
    widget.setFilter({}, {}, QStringLiteral("(unclosed"), true);
    QVERIFY(child<QLabel>(&widget, QStringLiteral("filterError"))->isVisible());
    QApplication::processEvents();
    QCOMPARE(view->geometry(), table);
    child<QAction>(&widget, QStringLiteral("pauseAction"))->trigger();
    QVERIFY(child<QLabel>(&widget, QStringLiteral("pausedLabel"))->isVisible());
    QApplication::processEvents();
    QCOMPARE(view->geometry(), table);
    widget.setFilter({}, {}, {}, false);
    child<QAction>(&widget, QStringLiteral("pauseAction"))->trigger();
    QApplication::processEvents();
    QCOMPARE(view->geometry(), table);
}

void TestMessageStreamWidget::filterChangeKeepsTheSelection()
{
    MessageModel model;
    MessageStreamWidget widget(&model);
    QTableView *view = child<QTableView>(&widget, QStringLiteral("messageView"));
    model.append({uitest::message(QStringLiteral("\\\\.\\mailslot\\a"), "apple"),
                  uitest::message(QStringLiteral("\\\\.\\mailslot\\b"), "banana"),
                  uitest::message(QStringLiteral("\\\\.\\mailslot\\a"), "cherry")});
    model.flush();
    view->setCurrentIndex(widget.proxy()->index(2, 0));
    QSignalSpy changed(&widget, &MessageStreamWidget::currentMessageChanged);
    QSignalSpy cleared(&widget, &MessageStreamWidget::currentMessageCleared);
    const auto selectedPayload = [&] {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        return rows.size() == 1 ? model.row(widget.proxy()->mapToSource(rows.first()).row()).payload : QByteArray();
    };
    // Still shown: still selected and current.
    widget.setFilter(QStringLiteral("mailslot\\a"), {}, {}, false);
    QCOMPARE(widget.proxy()->rowCount(), 2);
    QCOMPARE(selectedPayload(), QByteArray("cherry"));
    QCOMPARE(model.row(widget.proxy()->mapToSource(view->currentIndex()).row()).payload, QByteArray("cherry"));
    // Hidden: no other row takes its place, the detail keeps it...
    widget.setFilter({}, {}, QStringLiteral("apple"), false);
    QCOMPARE(selectedPayload(), QByteArray());
    QVERIFY(!view->currentIndex().isValid());
    // ...and it is selected again when a filter shows it.
    widget.setFilter({}, {}, {}, false);
    QCOMPARE(selectedPayload(), QByteArray("cherry"));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(cleared.count(), 0);
}

void TestMessageStreamWidget::followSlotOrSender_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("row");
    QTest::addColumn<QList<QByteArray>>("shown");
    // Exactly that slot (not \\.\mailslot\ab) or sender (not 10.0.0.10).
    QTest::newRow("slot") << QStringLiteral("followSlotAction") << 0 << QList<QByteArray>{"a1", "a2"};
    QTest::newRow("network slot") << QStringLiteral("followSlotAction") << 2 << QList<QByteArray>{"n1", "n2", "n10"};
    QTest::newRow("sender") << QStringLiteral("followSourceAction") << 2 << QList<QByteArray>{"n1"};
    QTest::newRow("local sender") << QStringLiteral("followSourceAction") << 1 << QList<QByteArray>{"a1", "b1", "a2", "ab1"};
}

void TestMessageStreamWidget::followSlotOrSender()
{
    // One click in the row's context menu filters to its slot or its sender; Show All undoes it.
    QFETCH(QString, action);
    QFETCH(int, row);
    QFETCH(QList<QByteArray>, shown);
    MessageModel model;
    MessageStreamWidget widget(&model);
    const QByteArray browse = "\\MAILSLOT\\BROWSE";
    model.append({uitest::message(QStringLiteral("\\\\.\\mailslot\\a"), "a1"),
                  uitest::message(QStringLiteral("\\\\.\\mailslot\\b"), "b1"),
                  uitest::datagramRow(uitest::mailslotDatagram(browse, "n1"), 0x0A000001),
                  uitest::message(QStringLiteral("\\\\.\\mailslot\\a"), "a2"),
                  uitest::datagramRow(uitest::mailslotDatagram(browse, "n2"), 0x0A000002),
                  uitest::message(QStringLiteral("\\\\.\\mailslot\\ab"), "ab1"),
                  uitest::datagramRow(uitest::mailslotDatagram(browse, "n10"), 0x0A00000A)});
    model.flush();
    widget.setFilter({}, {}, QStringLiteral("1"), false); // replaced by following
    widget.view()->setCurrentIndex(widget.proxy()->index(row, 0));
    child<QAction>(&widget, action)->trigger();
    QList<QByteArray> payloads;
    for (int r = 0; r < widget.proxy()->rowCount(); ++r)
        payloads.append(model.row(widget.proxy()->mapToSource(widget.proxy()->index(r, 0)).row()).payload);
    QCOMPARE(payloads, shown);
    child<QAction>(&widget, QStringLiteral("showAllAction"))->trigger();
    QCOMPARE(widget.proxy()->rowCount(), 7);
}

void TestMessageStreamWidget::sizeColumnFitsAMegabyte_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en") << QStringLiteral("en_US");
    QTest::newRow("es") << QStringLiteral("es_ES");
    QTest::newRow("it") << QStringLiteral("it_IT");
}

void TestMessageStreamWidget::sizeColumnFitsAMegabyte()
{
    QFETCH(QString, locale);
    QLocale::setDefault(QLocale(locale));
    MessageModel model;
    MessageStreamWidget widget(&model);
    QTableView *view = child<QTableView>(&widget, QStringLiteral("messageView"));
    model.append({uitest::message(QStringLiteral("\\\\.\\mailslot\\big"), QByteArray(1024 * 1024, 'x'))});
    model.flush();
    const QString shown = widget.proxy()->index(0, MessageModel::SizeColumn).data().toString();
    QCOMPARE(shown, QLocale().toString(1024 * 1024)); // "1.048.576" in Spanish
    const int needed = view->fontMetrics().horizontalAdvance(shown);
    QVERIFY2(view->columnWidth(MessageModel::SizeColumn) > needed + 4,
             qPrintable(QStringLiteral("%1 px for %2 px").arg(view->columnWidth(MessageModel::SizeColumn)).arg(needed)));
    QLocale::setDefault(QLocale::c());
}

void TestMessageStreamWidget::longSlotNamesShowTheirEnd()
{
    // The end of a slot name tells slots apart: a long name is clipped at its start, whole in
    // the tooltip.
    MessageModel model;
    MessageStreamWidget widget(&model);
    QTableView *view = child<QTableView>(&widget, QStringLiteral("messageView"));
    const QString name = QStringLiteral("\\\\.\\mailslot\\company\\department\\application\\subsystem\\status");
    model.append({uitest::message(name, "x")});
    model.flush();
    const QModelIndex cell = widget.proxy()->index(0, MessageModel::SlotColumn);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), PlainToolTip::fromText(name)); // plain text, all of it
    QAbstractItemDelegate *delegate = view->itemDelegateForColumn(MessageModel::SlotColumn);
    QVERIFY(qobject_cast<CellTextDelegate *>(delegate));
    struct Probe : CellTextDelegate
    {
        using CellTextDelegate::CellTextDelegate;
        using CellTextDelegate::initStyleOption;
    };
    const Probe probe(nullptr, Qt::ElideLeft);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    const int narrow = view->fontMetrics().horizontalAdvance(QStringLiteral("subsystem\\status")) + 20;
    option.rect = QRect(0, 0, narrow, 20); // the text is cut to the cell as it is painted
    probe.initStyleOption(&option, cell);
    const QString shown = option.fontMetrics.elidedText(option.text, option.textElideMode, narrow);
    QVERIFY2(shown.endsWith(QStringLiteral("\\status")) && shown.startsWith(QChar(0x2026)), qPrintable(shown));
    QVERIFY2(shown.size() < name.size(), qPrintable(shown));
}

void TestMessageStreamWidget::snapshotOfAllOrShownRows_data()
{
    QTest::addColumn<QString>("slotFilter");
    QTest::addColumn<bool>("onlyShown");
    QTest::addColumn<QStringList>("payloads");
    const QStringList all{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("a2"), QStringLiteral("queued b2")};
    QTest::newRow("every row, no filter") << QString() << false << all;
    QTest::newRow("shown rows, no filter") << QString() << true << all;
    QTest::newRow("every row, filtered") << QStringLiteral("\\b") << false << all;
    QTest::newRow("shown rows, filtered") << QStringLiteral("\\b") << true
                                          << QStringList{QStringLiteral("b1"), QStringLiteral("queued b2")};
}

void TestMessageStreamWidget::snapshotOfAllOrShownRows()
{
    // What an export gets: the rows (queued ones flushed first), or those the filter shows.
    QFETCH(QString, slotFilter);
    QFETCH(bool, onlyShown);
    QFETCH(QStringList, payloads);
    MessageModel model;
    MessageStreamWidget widget(&model);
    const QString a = QStringLiteral("\\\\.\\mailslot\\a");
    const QString b = QStringLiteral("\\\\.\\mailslot\\b");
    model.append({uitest::message(a, "a1"), uitest::message(b, "b1"), uitest::message(a, "a2")});
    model.flush();
    widget.setFilter(slotFilter, {}, {}, false);
    model.append({uitest::message(b, "queued b2")});
    const RowRing::Snapshot snapshot = widget.snapshot(onlyShown);
    QStringList seen;
    for (qsizetype i = 0; i < snapshot.count(); ++i)
        seen << QString::fromUtf8(snapshot.at(i).payload);
    QCOMPARE(seen, payloads);
    model.clear(); // the snapshot keeps its rows
    QCOMPARE(snapshot.count(), qsizetype(payloads.size()));
    QCOMPARE(QString::fromUtf8(snapshot.at(0).payload), payloads.first());
}

QTEST_MAIN(TestMessageStreamWidget)
#include "tst_messagestreamwidget.moc"
