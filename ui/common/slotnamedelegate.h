// Draws slot names clipped at the start ("…\app\status"), not at the end: the end of a slot
// name is what tells slots apart; the whole name is in the cell's tooltip.
#pragma once

#include <QStyledItemDelegate>

class SlotNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
