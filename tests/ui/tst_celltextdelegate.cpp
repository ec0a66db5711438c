#include "ui/stream/celltextdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTest>

class TestCellTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void clipped_data();
    void clipped();
};

void TestCellTextDelegate::clipped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("cut");

    const QString wide = QString(300, QLatin1Char('W'));
    const QString narrow = QString(300, QLatin1Char('.'));
    QTest::newRow("fits") << QStringLiteral("hello") << 200 << false;
    QTest::newRow("empty") << QString() << 100 << false;
    QTest::newRow("wide glyphs") << wide << 150 << true;
    QTest::newRow("narrowest glyphs") << narrow << 150 << true;
    QTest::newRow("mixed") << QStringLiteral("w1 m123 t4567 ") + wide << 120 << true;
    QTest::newRow("a cell wider than the text") << wide << 100000 << false;
    // A character outside the BMP (two UTF-16 units) is never cut in half.
    QString emoji;
    for (int i = 0; i < 200; ++i)
        emoji += QString::fromUcs4(U"\U0001F600");
    QTest::newRow("surrogate pairs") << emoji << 90 << true;
}

void TestCellTextDelegate::clipped()
{
    // The cut text is shorter, yet still fills the cell: Qt's elision at the exact width then
    // shows what it would have shown with the whole text.
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(bool, cut);
    const QFontMetrics metrics(QApplication::font());
    const QString clipped = CellTextDelegate::clipped(text, width, metrics);
    if (!cut) {
        QCOMPARE(clipped, text);
        return;
    }
    QVERIFY(clipped.size() < text.size());
    QVERIFY(clipped.endsWith(QChar(0x2026)));
    const QString kept = clipped.chopped(1);
    QVERIFY(text.startsWith(kept));
    QVERIFY(!kept.back().isHighSurrogate());
    QVERIFY(metrics.horizontalAdvance(kept) > width);
}

QTEST_MAIN(TestCellTextDelegate)
#include "tst_celltextdelegate.moc"
