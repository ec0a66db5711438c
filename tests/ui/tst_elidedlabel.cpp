// ElidedLabel: the text cut in the middle to the label's width, whole in the tooltip, again
// whole when there is room.
#include "ui/compose/elidedlabel.h"
#include "ui/common/plaintooltip.h"
#include "uitesthelpers.h"

class TestElidedLabel : public QObject
{
    Q_OBJECT

private slots:
    void elidesToItsWidth_data();
    void elidesToItsWidth();
    void asksForNoWidth();
};

void TestElidedLabel::elidesToItsWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("elided");
    const QString longName = QStringLiteral("\\\\.\\mailslot\\") + QString(100, QLatin1Char('m')) + QStringLiteral("\\end");
    QTest::newRow("long, narrow") << longName << 150 << true;
    QTest::newRow("long, wide enough") << longName << 2000 << false;
    QTest::newRow("short") << QStringLiteral("\\\\.\\mailslot\\x") << 150 << false;
    QTest::newRow("rich-looking text") << QStringLiteral("<b>x</b> & y") << 150 << false;
}

void TestElidedLabel::elidesToItsWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(bool, elided);
    ElidedLabel label;
    label.setFullText(text);
    label.show(); // (a hidden widget gets its resize events when shown)
    label.resize(width, label.sizeHint().height());
    QCOMPARE(label.fullText(), text);
    QCOMPARE(label.toolTip(), PlainToolTip::fromText(text));
    QVERIFY(label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width());
    if (elided) {
        QVERIFY2(label.text().contains(QChar(0x2026)) && label.text().startsWith(text.left(4))
                     && label.text().endsWith(QStringLiteral("\\end")),
                 qPrintable(label.text()));
    } else {
        QCOMPARE(label.text(), text);
    }
    // Wider again: the whole text.
    label.resize(4000, label.height());
    QCOMPARE(label.text(), text);
}

void TestElidedLabel::asksForNoWidth()
{
    ElidedLabel label;
    label.setFullText(QString(500, QLatin1Char('w')));
    QCOMPARE(label.minimumSizeHint().width(), 0);
    QCOMPARE(label.sizePolicy().horizontalPolicy(), QSizePolicy::Ignored);
}

QTEST_MAIN(TestElidedLabel)
#include "tst_elidedlabel.moc"
