#include "ui/stream/celltextdelegate.h"

#include <QFontMetrics>

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

void CellTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // (A size hint is asked for without a cell: its text stays whole.)
    if (option->rect.width() > 0 && option->textElideMode == Qt::ElideRight
        && (option->features & QStyleOptionViewItem::HasDisplay))
        option->text = clipped(option->text, option->rect.width(), option->fontMetrics);
}
