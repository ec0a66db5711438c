// FindBar (Ctrl+F in the stream): next and previous among the rows the filter shows, wrapping
// around and saying so; slot, source, text and decoded summary searched. A search over many rows
// runs in slices (counted, not timed) and follows the rows added and evicted meanwhile.
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
    void searchesInSlices_data();
    void searchesInSlices();
    void followsEvictionsWhileSearching();
    void newTextStopsTheSearch();

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

namespace {
// A stream of rows "message 0".. of which the one at needleRow (if any) says "the needle", and
// its find bar set to search for "needle" in slices of FindBar::kCheckRows rows.
struct SlicedSearch
{
    static constexpr int kRows = 20 * FindBar::kCheckRows;

    explicit SlicedSearch(int rows = kRows, int needleRow = kRows - 1)
    {
        model.setCapacity(rows);
        StreamRowList list = uitest::messages(rows);
        if (needleRow >= 0)
            list[needleRow].payload = "the needle";
        model.append(list);
        model.flush();
        bar->setSliceNs(0);
        bar->setText(QStringLiteral("NEEDLE"));
    }

    MessageModel model;
    MessageStreamWidget widget{&model};
    FindBar *bar = widget.findBar();
};
} // namespace

void TestFindBar::searchesInSlices_data()
{
    // With a zero slice time a slice tests kCheckRows rows: the slices are counted, not timed.
    constexpr int k = FindBar::kCheckRows;
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("needleRow");
    QTest::addColumn<bool>("forward");
    QTest::addColumn<int>("slices");
    QTest::addColumn<QString>("status");
    QTest::newRow("next, at the last row") << 20 * k << 20 * k - 1 << true << 20 << QString();
    QTest::newRow("next, in the middle") << 20 * k << 10 * k << true << 11 << QString();
    QTest::newRow("previous, at the first row") << 20 * k << 0 << false << 20 << QString();
    QTest::newRow("previous, at the last row") << 20 * k << 20 * k - 1 << false << 1 << QString();
    QTest::newRow("not found") << 20 * k + 7 << -1 << true << 21 << FindBar::tr("Not found");
    QTest::newRow("found in the first slice") << 20 * k << k - 1 << true << 1 << QString();
}

void TestFindBar::searchesInSlices()
{
    QFETCH(int, rows);
    QFETCH(int, needleRow);
    QFETCH(bool, forward);
    QFETCH(int, slices);
    QFETCH(QString, status);
    SlicedSearch search(rows, needleRow);
    FindBar *bar = search.bar;
    QSignalSpy finished(bar, &FindBar::finished);
    const bool atOnce = forward ? bar->findNext() : bar->findPrevious();
    if (slices > 1) {
        QVERIFY(!atOnce);
        QVERIFY(bar->isSearching());
        QCOMPARE(bar->statusText(), FindBar::tr("Searching..."));
        QVERIFY(finished.wait(30000));
    } else {
        QCOMPARE(atOnce, needleRow >= 0);
    }
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), needleRow >= 0);
    QVERIFY(!bar->isSearching());
    QCOMPARE(bar->lastSearchSlices(), slices);
    QCOMPARE(bar->statusText(), status);
    QCOMPARE(search.widget.view()->currentIndex().row(), needleRow);
}

void TestFindBar::followsEvictionsWhileSearching()
{
    // Rows evicted from the front and added at the end between two slices: the search goes on
    // from the same row and finds the needle where it is now.
    SlicedSearch search;
    QSignalSpy finished(search.bar, &FindBar::finished);
    QVERIFY(!search.bar->findNext());
    constexpr int more = SlicedSearch::kRows / 2; // as many evicted from the front
    search.model.append(uitest::messages(more));
    search.model.flush();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(currentPayload(search.widget), QStringLiteral("the needle"));
    QCOMPARE(search.widget.view()->currentIndex().row(), SlicedSearch::kRows - 1 - more);
    QVERIFY(search.bar->statusText().isEmpty()); // not wrapped
}

void TestFindBar::newTextStopsTheSearch()
{
    SlicedSearch search;
    QSignalSpy finished(search.bar, &FindBar::finished);
    QVERIFY(!search.bar->findNext());
    search.bar->setText(QStringLiteral("other"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!search.bar->isSearching());
    QVERIFY(search.bar->statusText().isEmpty());
    QVERIFY(!search.widget.view()->currentIndex().isValid());
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
