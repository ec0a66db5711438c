#include "ui/window/streamstatusbar.h"
#include "uitesthelpers.h"

#include <QEvent>
#include <QProgressBar>
#include <QTest>

class TestStreamStatusBar : public QObject
{
    Q_OBJECT

private slots:
    void captureProgressIsThrottled();
};

namespace {
// Counts the paints a widget gets.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};
} // namespace

void TestStreamStatusBar::captureProgressIsThrottled()
{
    // A capture read in many batches moves the bar about ten times a second, not at every batch:
    // QProgressBar repaints at once (the whole window's dirty region with it) when its figure changes.
    StreamStatusBar bar;
    bar.resize(800, 30);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    bar.captureStarted(QStringLiteral("big.pcapng"));
    auto *progress = bar.findChild<QProgressBar *>(QStringLiteral("captureProgress"));
    QVERIFY(progress);
    PaintCounter counter;
    progress->installEventFilter(&counter);
    for (int batch = 1; batch <= 500; ++batch)
        bar.captureProgress(batch * 1000, 500 * 1000);
    QVERIFY2(counter.paints <= 2, qPrintable(QString::number(counter.paints)));
    QTRY_COMPARE(progress->value(), progress->maximum()); // the last figure is shown
}

QTEST_MAIN(TestStreamStatusBar)
#include "tst_streamstatusbar.moc"
