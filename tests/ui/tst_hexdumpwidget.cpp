#include "ui/stream/hexdumpwidget.h"
#include "uitesthelpers.h"

#include <QScrollBar>

class TestHexDumpWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void lineText_data();
    void lineText();
    void megabyteIsLazy();

private:
    QTemporaryDir m_dir;
};

void TestHexDumpWidget::lineText_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("text");

    QTest::newRow("short") << QByteArray("Hi\n") << 0 << QStringLiteral("00000000  48 69 0a");
    QTest::newRow("full line")
        << QByteArray("0123456789abcdef") << 0
        << QStringLiteral("00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|");
    QTest::newRow("second line") << QByteArray(17, '\xff') << 1 << QStringLiteral("00000010  ff");
}

void TestHexDumpWidget::lineText()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, text);
    HexDumpWidget widget;
    widget.setData(data);
    QVERIFY(widget.lineText(line).startsWith(text));
    QVERIFY(widget.lineText(line).endsWith(QLatin1Char('|')));
}

void TestHexDumpWidget::megabyteIsLazy()
{
    HexDumpWidget widget;
    widget.resize(700, 400);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QByteArray data(1024 * 1024, '\0');
    for (int i = 0; i < data.size(); ++i)
        data[i] = char(i * 7);
    // Lazy, not timed (speed belongs to bench/): only the visible lines are laid out and painted.
    widget.setData(data);
    widget.repaint();
    QCOMPARE(widget.lineCount(), qsizetype(65536));
    QVERIFY(widget.lastPaintedLines() > 0);
    QVERIFY(widget.lastPaintedLines() < 100);
    widget.verticalScrollBar()->setValue(widget.verticalScrollBar()->maximum());
    widget.repaint();
    QCOMPARE(widget.firstVisibleLine() + widget.lastPaintedLines(), widget.lineCount());
    QVERIFY(widget.lineText(65535).startsWith(QStringLiteral("000ffff0")));
}

QTEST_MAIN(TestHexDumpWidget)
#include "tst_hexdumpwidget.moc"
