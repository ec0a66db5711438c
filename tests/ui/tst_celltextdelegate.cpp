#include "ui/stream/celltextdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QtMath>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTest>

namespace {

// What the delegate gives the style when the style draws the whole cell.
class ProbeDelegate : public CellTextDelegate
{
public:
    using CellTextDelegate::CellTextDelegate;
    using CellTextDelegate::initStyleOption;
};

QImage blank(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

} // namespace

class TestCellTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void clipped_data();
    void clipped();
    void paintsAsTheStyle_data();
    void paintsAsTheStyle();
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

void TestCellTextDelegate::paintsAsTheStyle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("state"); // QStyle::State flags beside Enabled
    QTest::addColumn<bool>("bold");
    QTest::addColumn<int>("alignment");
    QTest::addColumn<bool>("wholeCellSelected"); // as a table view draws its cells
    QTest::addColumn<int>("elide");

    const QString summary = QStringLiteral("Host announcement: NMBDPEER, workgroup WG, server type 0x00051003");
    const int left = Qt::AlignLeft | Qt::AlignVCenter;
    const int right = Qt::ElideRight;
    const int active = QStyle::State_Active;
    const int selected = QStyle::State_Active | QStyle::State_Selected;
    QTest::newRow("fits") << QStringLiteral("\\\\.\\mailslot\\gui") << 300 << 22 << active << false << left << true << right;
    QTest::newRow("cut") << summary << 140 << 22 << active << false << left << true << right;
    QTest::newRow("cut, selected") << summary << 140 << 22 << selected << false << left << true << right;
    QTest::newRow("cut, selected, window inactive") << summary << 140 << 22 << int(QStyle::State_Selected) << false << left << true << right;
    QTest::newRow("bold, taller row") << summary << 200 << 31 << active << true << left << true << right;
    QTest::newRow("odd height") << QStringLiteral("Tjg,Wq_|") << 90 << 17 << active << false << left << true << right;
    QTest::newRow("Greek, Cyrillic, symbols") << QStringLiteral("\u03b1\u03b2\u03b3 \u0416\u0438 \u2192 \ufffd\ufffd NMBDPEER")
                                              << 150 << 22 << active << false << left << true << right;
    QTest::newRow("coloured by a rule") << QStringLiteral("colour") << 120 << 22 << active << false << left << true << right;
    QTest::newRow("a slot name, its end kept") << QStringLiteral("\\\\.\\mailslot\\company\\application\\status")
                                               << 110 << 22 << selected << false << left << true << int(Qt::ElideLeft);
    // Cells about as wide as their text (0: as wide; -1: a pixel short): kerning may decide.
    const QString kerned = QStringLiteral("AVAWAYA Te Yo \\\\.\\mailslot\\bench\\text");
    QTest::newRow("as wide as the text") << kerned << 0 << 22 << active << false << left << true << right;
    QTest::newRow("a pixel short") << kerned << -1 << 22 << active << false << left << true << right;
    QTest::newRow("a pixel short, its end kept") << kerned << -1 << 22 << active << false << left << true
                                                 << int(Qt::ElideLeft);
    QTest::newRow("narrow") << summary << 12 << 22 << active << false << left << true << right;
    // Left to the style whole: another script, the focused cell, another alignment.
    QTest::newRow("other script") << QStringLiteral("\u05e9\u05dc\u05d5\u05dd abc") << 200 << 22 << active << false << left << true << right;
    QTest::newRow("focus") << summary << 140 << 22 << int(QStyle::State_Active | QStyle::State_HasFocus) << false << left << true << right;
    const int numeric = Qt::AlignRight | Qt::AlignVCenter;
    QTest::newRow("right aligned") << QStringLiteral("1,234") << 120 << 22 << active << false << numeric << true << right;
    QTest::newRow("right aligned, selected") << QStringLiteral("9876543") << 61 << 21 << selected << false << numeric
                                             << true << right;
    QTest::newRow("right aligned, cut") << QStringLiteral("123,456,789,012") << 40 << 22 << active << false << numeric
                                        << true << right;
    QTest::newRow("right aligned, a trailing space") << QStringLiteral("12 ") << 80 << 22 << active << false << numeric
                                                     << true << right;
    QTest::newRow("centred") << QStringLiteral("mid") << 80 << 22 << active << false << int(Qt::AlignCenter) << true << right;
    QTest::newRow("selection behind the text only") << summary << 140 << 22 << selected << false << left << false << right;
}

void TestCellTextDelegate::paintsAsTheStyle()
{
    // The delegate draws a fitted cell's text itself; the pixels are those of the style drawing
    // the same cell (background, selection, pen, margins, baseline), for the platform's style.
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, state);
    QFETCH(bool, bold);
    QFETCH(int, alignment);
    QFETCH(bool, wholeCellSelected);
    QFETCH(int, elide);
    if (width <= 0) { // as wide as the text's cell, or less
        const int margins = 2 * (QApplication::style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        width += qCeil(QFontMetricsF(QApplication::font()).horizontalAdvance(text)) + margins;
    }
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), text);
    model.setData(model.index(0, 0), alignment, Qt::TextAlignmentRole);
    QFont font = QApplication::font();
    font.setBold(bold);
    model.setData(model.index(0, 0), font, Qt::FontRole);
    if (text == QLatin1String("colour")) { // as a colouring rule gives them
        model.setData(model.index(0, 0), QColor(0xee, 0xff, 0xcc), Qt::BackgroundRole);
        model.setData(model.index(0, 0), QColor(0x80, 0x00, 0x40), Qt::ForegroundRole);
    }
    QTableView view;
    view.setModel(&model);
    ProbeDelegate delegate(&view, Qt::TextElideMode(elide));
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.rect = QRect(3, 2, width, height); // not at the origin
    option.state = QStyle::State_Enabled | QStyle::State(state);
    option.textElideMode = Qt::ElideRight;
    option.showDecorationSelected = wholeCellSelected;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.palette.setColor(QPalette::All, QPalette::Text, QColor(0x12, 0x34, 0x56));
    option.palette.setColor(QPalette::All, QPalette::HighlightedText, QColor(0xfe, 0xdc, 0xba));
    const QSize canvas(width + 6, height + 4);

    QImage styled = blank(canvas);
    {
        QPainter painter(&styled);
        QStyleOptionViewItem cell = option;
        delegate.initStyleOption(&cell, model.index(0, 0));
        view.style()->drawControl(QStyle::CE_ItemViewItem, &cell, &painter, &view);
    }
    QImage ours = blank(canvas);
    {
        QPainter painter(&ours);
        delegate.paint(&painter, option, model.index(0, 0));
    }
    QCOMPARE(ours, styled);
    // Not two blank cells: the text was drawn.
    QImage bare = blank(canvas);
    {
        QPainter painter(&bare);
        QStyleOptionViewItem cell = option;
        delegate.initStyleOption(&cell, model.index(0, 0));
        cell.text.clear();
        view.style()->drawControl(QStyle::CE_ItemViewItem, &cell, &painter, &view);
    }
    QVERIFY(ours != bare);
}

QTEST_MAIN(TestCellTextDelegate)
#include "tst_celltextdelegate.moc"
