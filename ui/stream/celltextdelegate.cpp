#include "ui/stream/celltextdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QStyle>

#include <algorithm>

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
    // As QCommonStyle lays out an item's text: a margin of the focus frame's width plus one each side.
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    return option.rect.width() - 2 * margin;
}

void CellTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // (A size hint is asked for without a cell: its text stays whole.)
    if (option->rect.width() <= 0 || option->textElideMode != Qt::ElideRight
        || !(option->features & QStyleOptionViewItem::HasDisplay))
        return;
    // Only a cell with text alone on one line is measured here (an icon or a check box takes room).
    const auto others = QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator
                        | QStyleOptionViewItem::WrapText;
    if (!(option->features & others)) {
        if (std::optional<QString> fitted = m_fitter.fitted(option->text, textWidth(*option), option->font)) {
            option->text = std::move(*fitted);
            return;
        }
    }
    option->text = clipped(option->text, option->rect.width(), option->fontMetrics);
}
