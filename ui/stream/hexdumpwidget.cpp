#include "ui/stream/hexdumpwidget.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>

namespace {
constexpr int kMargin = 4;
// 8 offset digits, 2 spaces, 16 * 3 hex (with a space after each), 1 space in the middle and 1 before
// the ASCII column, 2 bars around 16 characters.
constexpr int kAsciiStart = 8 + 2 + HexDumpWidget::kBytesPerLine * 3 + 1 + 1;
constexpr int kLineChars = kAsciiStart + 2 + HexDumpWidget::kBytesPerLine;

char hexDigit(int value)
{
    return "0123456789abcdef"[value & 0xF];
}
} // namespace

HexDumpWidget::HexDumpWidget(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    verticalScrollBar()->setSingleStep(1);
    updateScrollBars();
}

void HexDumpWidget::setData(const QByteArray &data)
{
    m_data = data;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

qsizetype HexDumpWidget::lineCount() const
{
    return (m_data.size() + kBytesPerLine - 1) / kBytesPerLine;
}

QString HexDumpWidget::lineText(qsizetype line) const
{
    const qsizetype offset = line * kBytesPerLine;
    if (line < 0 || offset >= m_data.size())
        return {};
    const qsizetype count = qMin<qsizetype>(kBytesPerLine, m_data.size() - offset);
    QByteArray text(kLineChars, ' ');
    const QByteArray offsetText = QByteArray::number(qulonglong(offset), 16).rightJustified(8, '0');
    memcpy(text.data(), offsetText.constData(), 8);
    const int asciiStart = kAsciiStart;
    text[asciiStart] = '|';
    for (qsizetype i = 0; i < count; ++i) {
        const auto byte = static_cast<unsigned char>(m_data[offset + i]);
        const int hexPos = 10 + int(i) * 3 + (i >= 8 ? 1 : 0);
        text[hexPos] = hexDigit(byte >> 4);
        text[hexPos + 1] = hexDigit(byte);
        text[asciiStart + 1 + int(i)] = byte >= 0x20 && byte < 0x7F ? char(byte) : '.';
    }
    text[asciiStart + 1 + int(count)] = '|';
    text.truncate(asciiStart + 2 + int(count));
    return QString::fromLatin1(text);
}

qsizetype HexDumpWidget::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

int HexDumpWidget::lineHeight() const
{
    return fontMetrics().lineSpacing();
}

int HexDumpWidget::visibleLines() const
{
    return qMax(1, (viewport()->height() - 2 * kMargin) / qMax(1, lineHeight()));
}

void HexDumpWidget::updateScrollBars()
{
    // Line counts fit an int scroll range up to 32 GiB of data.
    const qsizetype lines = lineCount();
    verticalScrollBar()->setRange(0, int(qMax<qsizetype>(0, lines - visibleLines())));
    verticalScrollBar()->setPageStep(visibleLines());
    const int width = fontMetrics().horizontalAdvance(QLatin1Char('0')) * kLineChars + 2 * kMargin;
    horizontalScrollBar()->setRange(0, qMax(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

QSize HexDumpWidget::sizeHint() const
{
    const int width = fontMetrics().horizontalAdvance(QLatin1Char('0')) * kLineChars + 2 * kMargin
        + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
    return {width, lineHeight() * 12};
}

void HexDumpWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::Text));
    const int height = lineHeight();
    const int x = kMargin - horizontalScrollBar()->value();
    int y = kMargin + fontMetrics().ascent();
    const qsizetype first = firstVisibleLine();
    const qsizetype last = qMin(lineCount(), first + visibleLines() + 1);
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const QColor offsetColor = palette().color(QPalette::PlaceholderText);
    int painted = 0;
    for (qsizetype line = first; line < last; ++line, y += height, ++painted) {
        const QString text = lineText(line);
        painter.setPen(offsetColor);
        painter.drawText(x, y, text.left(8));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(x + 10 * charWidth, y, text.mid(10));
    }
    m_lastPaintedLines = painted;
}

void HexDumpWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexDumpWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateScrollBars();
    QAbstractScrollArea::changeEvent(event);
}
