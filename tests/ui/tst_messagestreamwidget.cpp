#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"
#include "ui/stream/messagestreamwidget.h"
#include "ui/common/slotnamedelegate.h"
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
    void sizeColumnFitsAMegabyte_data();
    void sizeColumnFitsAMegabyte();
    void longSlotNamesShowTheirEnd();

private:
    QTemporaryDir m_dir;
};

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
    widget.resize(800, 300);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
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
    QVERIFY(qobject_cast<SlotNameDelegate *>(delegate));
    struct Probe : SlotNameDelegate
    {
        using SlotNameDelegate::initStyleOption;
    } probe;
    QStyleOptionViewItem option;
    option.initFrom(view);
    probe.initStyleOption(&option, cell);
    const int narrow = view->fontMetrics().horizontalAdvance(QStringLiteral("subsystem\\status")) + 20;
    const QString shown = option.fontMetrics.elidedText(option.text, option.textElideMode, narrow);
    QVERIFY2(shown.endsWith(QStringLiteral("\\status")) && shown.startsWith(QChar(0x2026)), qPrintable(shown));
}

QTEST_MAIN(TestMessageStreamWidget)
#include "tst_messagestreamwidget.moc"
