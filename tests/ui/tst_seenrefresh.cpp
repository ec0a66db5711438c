// SeenRefresh: a widget's labels are set while it is seen; refreshes skipped while it is hidden
// are made up for once, as it shows.
#include "ui/common/seenrefresh.h"

#include <QTest>
#include <QWidget>

class TestSeenRefresh : public QObject
{
    Q_OBJECT

private slots:
    void catchesUpOnceWhenShown();
};

void TestSeenRefresh::catchesUpOnceWhenShown()
{
    QWidget widget;
    int catchUps = 0;
    auto *seen = new SeenRefresh(&widget, [&] { ++catchUps; });
    // Shown with nothing skipped: no catch-up.
    widget.show();
    QCOMPARE(catchUps, 0);
    QVERIFY(seen->seen());
    // Hidden: refreshes are skipped, and made up for once as it shows.
    widget.hide();
    QVERIFY(!seen->seen());
    QVERIFY(!seen->seen());
    QCOMPARE(catchUps, 0);
    widget.show();
    QCOMPARE(catchUps, 1);
    QVERIFY(seen->seen());
    // Hidden and shown again without a skipped refresh: nothing to make up for.
    widget.hide();
    widget.show();
    QCOMPARE(catchUps, 1);
}

QTEST_MAIN(TestSeenRefresh)
#include "tst_seenrefresh.moc"
