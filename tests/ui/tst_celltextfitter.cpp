// CellTextFitter cuts printable Latin, Greek, Cyrillic and symbol text so that it fits the cell with "…" after it: Qt then
// shapes only what shows and has nothing left to elide. What it shows is what Qt's own elision
// shows, give or take the last character; other text is left to Qt.
#include "ui/stream/celltextfitter.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTest>

class TestCellTextFitter : public QObject
{
    Q_OBJECT

private slots:
    void fitsAsQtElides_data();
    void fitsAsQtElides();
    void otherTextIsLeftToQt_data();
    void otherTextIsLeftToQt();
    void followsTheFont();
};

void TestCellTextFitter::fitsAsQtElides_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode");
    const QStringList texts = {
        QStringLiteral("hello"),
        QString(),
        QString(300, QLatin1Char('W')),
        QString(300, QLatin1Char('.')),
        QStringLiteral("w1 m123 t4567 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
        QStringLiteral("\\\\.\\mailslot\\bench\\gui"),
        QStringLiteral("127.0.0.1 BENCHSENDER<00>"),
        QStringLiteral("Host announcement: NMBDPEER, workgroup WG, server type 0x00051003 (Workstation, Server, "
                       "Print, NT Workstation)"),
        QStringLiteral("Te Wa AV Yo kerning pairs caf\u00e9 na\u00efve \u00c5ngstr\u00f6m \u00bf\u00a1 1,234,567"),
        QStringLiteral("de ad be ef \\x00A"),
        QStringLiteral("\\x01\\x00`\ufffd\\x00\\x00NMBDPEER\\x00\\x06\\x01\\x03\ufffd\ufffd\\x00\\x0f"),
        QStringLiteral("\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac \u041a\u0438\u0440\u0438\u043b\u043b\u0438\u0446\u0430 "
                       "\u2192 \u20ac 12 \u2122 \u00bd \u2014 \u201cquoted\u201d \u2026 \u0416\u0416\u0416\u0416\u0416\u0416\u0416"),
    };
    for (const QString &text : texts) {
        QTest::addRow("%s", qPrintable(text.left(24))) << text << int(Qt::ElideRight);
        QTest::addRow("keep the end: %s", qPrintable(text.left(24))) << text << int(Qt::ElideLeft);
    }
}

void TestCellTextFitter::fitsAsQtElides()
{
    QFETCH(QString, text);
    QFETCH(int, mode);
    const auto elide = Qt::TextElideMode(mode);
    const bool keepEnd = elide == Qt::ElideLeft;
    const QFont font = QApplication::font();
    const QFontMetrics metrics(font);
    CellTextFitter fitter;
    // Every width from nothing to more than the text: the borderline cases included. (Text in
    // Qt's own cut: its start, or its end, and "…".)
    for (int width = 0; width <= metrics.horizontalAdvance(text) + 20; ++width) {
        const std::optional<QString> fitted = fitter.fitted(text, width, font, elide);
        const QString qtElided = metrics.elidedText(text, elide, width);
        if (!fitted) {
            // Left to Qt only when kerning may make it fit: never far from fitting.
            QVERIFY2(metrics.horizontalAdvance(text) <= width * 1.12 + 6, qPrintable(QString::number(width)));
            continue;
        }
        if (*fitted == text) {
            QCOMPARE(qtElided, text); // shown whole only when Qt shows it whole
            continue;
        }
        QVERIFY2(keepEnd ? fitted->startsWith(QChar(0x2026)) : fitted->endsWith(QChar(0x2026)), qPrintable(*fitted));
        const QString kept = keepEnd ? fitted->mid(1) : fitted->chopped(1);
        QVERIFY(keepEnd ? text.endsWith(kept) : text.startsWith(kept));
        // Qt's own cut (near a fit, where kerning decides), or one that Qt has nothing left to cut
        // from (so it shapes the text once; it measures unrounded)...
        const bool qtsOwn = *fitted == QFontMetricsF(font).elidedText(text, elide, width);
        if (!kept.isEmpty() && !qtsOwn)
            QVERIFY2(QFontMetricsF(font).horizontalAdvance(*fitted) <= width, qPrintable(QStringLiteral("%1 at %2").arg(*fitted).arg(width)));
        // ...Qt would have cut it too, and what shows is Qt's own cut, or a little less (kerning
        // fits a character more in a long cut, and the slack kept for rounding one less).
        QVERIFY2(qtElided != text, qPrintable(QStringLiteral("cut at %1: %2").arg(width).arg(*fitted)));
        if (qtElided.contains(QChar(0x2026)))
            QVERIFY2(kept.size() >= qtElided.size() - 1 - 2 - qtElided.size() / 20,
                     qPrintable(QStringLiteral("at %1: %2 against Qt's %3").arg(width).arg(*fitted, qtElided)));
    }
}

void TestCellTextFitter::otherTextIsLeftToQt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("measured"); // true: cut before the character that is not measured
    QTest::newRow("Arabic") << QStringLiteral("\u0645\u0631\u062d\u0628\u0627 text") << false;
    QTest::newRow("a combining accent") << QStringLiteral("cafe\u0301") << false;
    QTest::newRow("Devanagari") << QStringLiteral("\u0928\u092e\u0938\u094d\u0924\u0947") << false;
    QTest::newRow("Hebrew, isolated") << QStringLiteral("\u2066\u05e9\u05dc\u05d5\u05dd\u2069") << false;
    QTest::newRow("a line break") << QStringLiteral("two\nlines") << false;
    QTest::newRow("a soft hyphen") << QStringLiteral("soft\u00adhyphen") << false;
    QTest::newRow("emoji") << QString::fromUcs4(U"\U0001F600 smile") << false;
    QTest::newRow("Arabic after the cut") << QString(200, QLatin1Char('x')) + QStringLiteral("\u0645") << true;
}

void TestCellTextFitter::otherTextIsLeftToQt()
{
    QFETCH(QString, text);
    QFETCH(bool, measured);
    CellTextFitter fitter;
    const std::optional<QString> fitted = fitter.fitted(text, 60, QApplication::font());
    QCOMPARE(bool(fitted), measured);
    if (measured)
        QVERIFY(fitted->endsWith(QChar(0x2026)) && !fitted->contains(QChar(0x0645)));
}

void TestCellTextFitter::followsTheFont()
{
    // The advances are kept per font: a bigger font fits fewer characters in the same width.
    CellTextFitter fitter;
    const QString text(100, QLatin1Char('m'));
    QFont small = QApplication::font();
    small.setPixelSize(10);
    QFont big = small;
    big.setPixelSize(30);
    const qsizetype smallKept = fitter.fitted(text, 200, small)->size();
    const qsizetype bigKept = fitter.fitted(text, 200, big)->size();
    QCOMPARE_LT(bigKept, smallKept);
    QCOMPARE(fitter.fitted(text, 200, small)->size(), smallKept);
    QVERIFY(QFontMetrics(big).horizontalAdvance(*fitter.fitted(text, 200, big)) <= 200);
}

QTEST_MAIN(TestCellTextFitter)
#include "tst_celltextfitter.moc"
