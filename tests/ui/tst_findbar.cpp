// FindBar (Ctrl+F in the stream): next and previous among the rows the filter shows, wrapping
// around and saying so; slot, source, text and decoded summary searched.
#include "ui/stream/findbar.h"
#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"
#include "ui/stream/messagestreamwidget.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QLineEdit>
#include <QTableView>

using uitest::child;

class TestFindBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void nextAndPreviousWrap();
    void searchesEveryColumn_data();
    void searchesEveryColumn();
    void onlyShownRows();
    void ctrlFOpensIt();

private:
    QString currentPayload(MessageStreamWidget &widget) const;
    QTemporaryDir m_dir;
};

QString TestFindBar::currentPayload(MessageStreamWidget &widget) const
{
    const QModelIndex current = widget.view()->currentIndex();
    if (!current.isValid())
        return {};
    const MessageModel *model = qobject_cast<MessageModel *>(widget.proxy()->sourceModel());
    return QString::fromUtf8(model->row(widget.proxy()->mapToSource(current).row()).payload);
}

void TestFindBar::nextAndPreviousWrap()
{
    MessageModel model;
    MessageStreamWidget widget(&model);
    const QString slot = QStringLiteral("\\\\.\\mailslot\\f");
    model.append({uitest::message(slot, "red one"), uitest::message(slot, "blue"), uitest::message(slot, "red two"),
                  uitest::message(slot, "green")});
    model.flush();
    FindBar *bar = widget.findBar();
    bar->setText(QStringLiteral("RED"));
    QVERIFY(bar->findNext());
    QCOMPARE(currentPayload(widget), QStringLiteral("red one"));
    QVERIFY(bar->statusText().isEmpty());
    QVERIFY(bar->findNext());
    QCOMPARE(currentPayload(widget), QStringLiteral("red two"));
    QVERIFY(bar->findNext());
    QCOMPARE(currentPayload(widget), QStringLiteral("red one"));
    QCOMPARE(bar->statusText(), FindBar::tr("Wrapped around to the top"));
    QVERIFY(bar->findPrevious());
    QCOMPARE(currentPayload(widget), QStringLiteral("red two"));
    QCOMPARE(bar->statusText(), FindBar::tr("Wrapped around to the bottom"));
    bar->setText(QStringLiteral("purple"));
    QVERIFY(!bar->findNext());
    QCOMPARE(bar->statusText(), FindBar::tr("Not found"));
    QCOMPARE(currentPayload(widget), QStringLiteral("red two")); // the selection stays
}

void TestFindBar::searchesEveryColumn_data()
{
    QTest::addColumn<QString>("needle");
    QTest::newRow("decoded summary") << QStringLiteral("host announcement");
    QTest::newRow("source") << QStringLiteral("192.0.2.7");
    QTest::newRow("slot") << QStringLiteral("mailslot\\browse");
}

void TestFindBar::searchesEveryColumn()
{
    QFETCH(QString, needle);
    MessageModel model;
    MessageStreamWidget widget(&model);
    model.append({uitest::message(QStringLiteral("\\\\.\\mailslot\\plain"), "nothing here"),
                  uitest::datagramRow(uitest::mailslotDatagram("\\MAILSLOT\\BROWSE", uitest::hostAnnouncement("PEER", "c")))});
    model.flush();
    widget.findBar()->setText(needle);
    QVERIFY(widget.findBar()->findNext());
    QCOMPARE(widget.view()->currentIndex().row(), 1);
}

void TestFindBar::onlyShownRows()
{
    MessageModel model;
    MessageStreamWidget widget(&model);
    model.append({uitest::message(QStringLiteral("\\\\.\\mailslot\\a"), "needle in a"),
                  uitest::message(QStringLiteral("\\\\.\\mailslot\\b"), "needle in b")});
    model.flush();
    widget.setFilter(QStringLiteral("mailslot\\b"), {}, {}, false);
    widget.findBar()->setText(QStringLiteral("needle"));
    QVERIFY(widget.findBar()->findNext());
    QCOMPARE(currentPayload(widget), QStringLiteral("needle in b"));
    QVERIFY(widget.findBar()->findNext()); // wraps onto itself: a is hidden
    QCOMPARE(currentPayload(widget), QStringLiteral("needle in b"));
}

void TestFindBar::ctrlFOpensIt()
{
    MessageModel model;
    MessageStreamWidget widget(&model);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(!widget.findBar()->isVisible());
    QCOMPARE(widget.findAction()->shortcut(), QKeySequence(QKeySequence::Find));
    widget.findAction()->trigger();
    QVERIFY(widget.findBar()->isVisible());
    auto *text = child<QLineEdit>(widget.findBar(), QStringLiteral("findText"));
    QTRY_VERIFY(text->hasFocus());
    QTest::keyClick(text, Qt::Key_Escape);
    QVERIFY(!widget.findBar()->isVisible());
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
