#include "ui/stream/celltextdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <utility>

namespace {

const QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// As QCommonStyle lays out an item's text: a margin of the focus frame's width plus one each side.
int textMargin(const QStyleOptionViewItem &option)
{
    return styleOf(option)->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
}

} // namespace

CellTextDelegate::CellTextDelegate(QObject *parent, Qt::TextElideMode elideMode)
    : QStyledItemDelegate(parent), m_elideMode(elideMode)
{
}

QString CellTextDelegate::clipped(const QString &text, int width, const QFontMetrics &metrics)
{
    const int narrowest = std::max(1, std::min({metrics.horizontalAdvance(QLatin1Char(' ')),
                                                metrics.horizontalAdvance(QLatin1Char('.')),
                                                metrics.horizontalAdvance(QLatin1Char('i'))}));
    qsizetype fit = qsizetype(std::max(width, 0) / narrowest) + 2;
    if (text.size() <= fit)
        return text;
    if (text.at(fit - 1).isHighSurrogate())
        --fit; // never half a character
    return text.left(fit) + QChar(0x2026);
}

int CellTextDelegate::textWidth(const QStyleOptionViewItem &option)
{
    return option.rect.width() - 2 * textMargin(option);
}

void CellTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    cutText(option);
}

bool CellTextDelegate::cutText(QStyleOptionViewItem *option) const
{
    option->textElideMode = m_elideMode;
    // (A size hint is asked for without a cell: its text stays whole.)
    if (option->rect.width() <= 0 || !(option->features & QStyleOptionViewItem::HasDisplay))
        return false;
    // Only a cell with text alone on one line is measured here (an icon or a check box takes room).
    const auto others = QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator
                        | QStyleOptionViewItem::WrapText;
    if (!(option->features & others)) {
        if (std::optional<QString> fitted
            = m_fitter.fitted(option->text, textWidth(*option), option->font, m_elideMode)) {
            option->text = std::move(*fitted);
            return true;
        }
    }
    if (m_elideMode == Qt::ElideRight) // (other text in a cell that keeps its end is short: a slot's name)
        option->text = clipped(option->text, option->rect.width(), option->fontMetrics);
    return false;
}

bool CellTextDelegate::drawsTextItself(const QStyleOptionViewItem &option)
{
    // A table's cells only: styles draw other views' items their own way (the Windows Vista style
    // recolours a list's selected text). The focused or edited cell keeps the style's drawing
    // whole (its focus frame is laid out around the text), as does a cell selected behind its
    // text only; so does a line that is not left-to-right and centred, at the left or the right
    // (the right only without trailing spaces, which a line leaves out when it aligns).
    const Qt::Alignment alignment = QStyle::visualAlignment(option.direction, option.displayAlignment);
    const Qt::Alignment horizontal = alignment & (Qt::AlignHorizontal_Mask & ~Qt::AlignAbsolute);
    return qobject_cast<const QTableView *>(option.widget) && option.showDecorationSelected
           && option.direction == Qt::LeftToRight && !(option.state & (QStyle::State_HasFocus | QStyle::State_Editing))
           && (alignment & Qt::AlignVertical_Mask) == Qt::AlignVCenter
           && (horizontal == Qt::AlignLeft
               || (horizontal == Qt::AlignRight && (option.text.isEmpty() || !option.text.back().isSpace())));
}

void CellTextDelegate::drawLine(QPainter *painter, const QStyleOptionViewItem &option, const QString &text)
{
    QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QPalette::ColorRole role = option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    const int margin = textMargin(option);
    const QRect textRect = option.rect.adjusted(margin, 0, -margin, 0);
    // One line's box, centred as QStyle::alignedRect centres it; the baseline is its top plus
    // the font's ascent, as QTextLayout places its first line.
    const QFontMetricsF metrics(option.font);
    const int lineHeight = qRound(metrics.ascent() + metrics.descent());
    const int top = textRect.y() + (textRect.height() - lineHeight) / 2;
    qreal left = textRect.x();
    if (QStyle::visualAlignment(option.direction, option.displayAlignment) & Qt::AlignRight)
        left += textRect.width() - metrics.horizontalAdvance(text);
    painter->save();
    painter->setClipRect(option.rect);
    painter->setPen(option.palette.color(group, role));
    painter->setFont(option.font);
    painter->drawText(QPointF(left, top + metrics.ascent()), text);
    painter->restore();
}

void CellTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    QStyledItemDelegate::initStyleOption(&cell, index);
    const QStyle *style = styleOf(cell);
    if (!cutText(&cell) || !drawsTextItself(cell)) {
        style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);
        return;
    }
    // The style draws all but the text; without text to place, it lays none out.
    const QString text = std::exchange(cell.text, QString());
    cell.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);
    if (!text.isEmpty())
        drawLine(painter, cell, text);
}
